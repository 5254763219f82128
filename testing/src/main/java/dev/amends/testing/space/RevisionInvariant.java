package dev.amends.testing.space;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Something that must hold for every plan revised by an event ({@link Revision}). Write your own
 * with {@link #explained}, or check an {@link Invariant} of plans on revised plans with {@link #of(Invariant)}.
 */
public interface RevisionInvariant {

    /** What must hold, as a person would say it. */
    String name();

    /** Why this revision breaks the invariant, naming the step at fault, or empty when it holds. */
    Optional<String> violation(Revision revision);

    /** An invariant whose check answers null when it holds, and otherwise why not, naming the step. */
    static RevisionInvariant explained(String name, Function<Revision, String> problem) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(problem, "problem");
        return new RevisionInvariant() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<String> violation(Revision revision) {
                return Optional.ofNullable(problem.apply(revision));
            }
        };
    }

    /** An invariant of plans, asked about the revised plan (with the incident and its event). */
    static RevisionInvariant of(Invariant invariant) {
        Objects.requireNonNull(invariant, "invariant");
        return new RevisionInvariant() {
            @Override
            public String name() {
                return invariant.name();
            }

            @Override
            public Optional<String> violation(Revision revision) {
                return invariant.violation(revision.incident(), revision.after());
            }
        };
    }
}
