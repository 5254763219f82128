package dev.amends.model;

import java.util.Objects;

/**
 * An action named in an event before the advisor has looked it up: a built-in action is found at
 * once, a declared one stays a name until the advisor finds it in its playbook's vocabulary.
 */
record ActionName(String name) implements ActionKind {

    ActionName {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public Phase phase() {
        throw notLookedUp();
    }

    @Override
    public boolean inHouse() {
        throw notLookedUp();
    }

    @Override
    public String title() {
        throw notLookedUp();
    }

    @Override
    public OwnerKind defaultOwner() {
        throw notLookedUp();
    }

    private IllegalStateException notLookedUp() {
        return new IllegalStateException("the action " + name + " has not been looked up in a playbook's vocabulary yet");
    }

    static ActionKind of(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidIncidentException("action", "is required: the step's action, such as FIX or OFFER_REMEDY");
        }
        String stripped = name.strip();
        for (Action action : Action.values()) {
            if (action.name().equals(stripped)) {
                return action;
            }
        }
        return new ActionName(stripped);
    }
}
