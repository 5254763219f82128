package dev.amends.vocabulary;

import dev.amends.model.*;

/** A role a playbook folder declares as the owner of steps. */
record DeclaredOwner(String name, String title) implements OwnerKind {

    /** Its name, as an enum constant of the built-in vocabulary prints. */
    @Override
    public String toString() {
        return name;
    }
}
