package dev.amends.vocabulary;

import dev.amends.model.*;

/** An action a playbook folder declares; {@code position} is its place among the declared actions. */
record DeclaredAction(String name, Phase phase, boolean inHouse, String title, OwnerKind defaultOwner, int position)
        implements ActionKind {

    /** Its name, as an enum constant of the built-in vocabulary prints. */
    @Override
    public String toString() {
        return name;
    }
}
