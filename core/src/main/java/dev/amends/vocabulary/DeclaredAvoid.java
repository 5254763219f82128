package dev.amends.vocabulary;

import dev.amends.model.*;

/** Something to avoid that a playbook folder declares; {@code position} is its place among the declared items. */
record DeclaredAvoid(String name, String title, int position) implements AvoidKind {

    /** Its name, as an enum constant of the built-in vocabulary prints. */
    @Override
    public String toString() {
        return name;
    }
}
