package dev.amends.model;

/**
 * What a step does: one of the built-in {@link Action}s, or an action a playbook folder declares
 * in its {@code vocabulary.yaml}. Compare a step's action with a built-in one by identity
 * ({@code step.action() == Action.FIX}); a declared one by {@link #name()}.
 */
public interface ActionKind {

    /** The name rules and files use, such as {@code FIX} or {@code SEND_LOANER_KIT}. */
    String name();

    /** The phase of the recovery the action belongs to. */
    Phase phase();

    /** Whether the action is done inside the company rather than with the customer. */
    boolean inHouse();

    /** A short title a rep reads at a glance, such as "Fix it". */
    String title();

    /** Who does the step unless its rule says otherwise. */
    OwnerKind defaultOwner();
}
