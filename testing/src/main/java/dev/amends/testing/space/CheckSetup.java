package dev.amends.testing.space;

import java.util.Objects;
import java.util.stream.Stream;

/** The two mistakes a caller can make setting up a check, with the words that tell them what to do instead. */
final class CheckSetup {

    private CheckSetup() {
    }

    /** The space a check covers, refused when a space was already given. */
    static InputSpace onlySpace(InputSpace space, boolean alreadyGiven) {
        Objects.requireNonNull(space, "space");
        if (alreadyGiven) {
            throw new IllegalStateException("over(space) was already called; a check covers one space, so give it once");
        }
        return space;
    }

    /** The name of an invariant to add, refused when a checked invariant has it already. */
    static String newName(String name, Stream<String> checked) {
        Objects.requireNonNull(name, "invariant.name()");
        if (checked.anyMatch(name::equals)) {
            throw new IllegalArgumentException("an invariant named \"" + name
                    + "\" is already checked; give each invariant its own name, so that the report can tell them apart");
        }
        return name;
    }
}
