package dev.amends.testing.space;

/** The kinds of change a playbook edit can make to a plan. */
public enum ChangeKind {
    /** The plan gained a step. */
    STEP_ADDED,
    /** The plan lost a step. */
    STEP_REMOVED,
    /** Steps both plans have now come in a different order. */
    STEP_MOVED,
    /** A step both plans have says something different. */
    WORDING_CHANGED,
    /** A step both plans have changed its timing, owner or rule. */
    STEP_DETAILS_CHANGED,
    /** The list of things to avoid changed. */
    AVOID_CHANGED,
    /** The first-contact window or the channel changed. */
    PACE_CHANGED
}
