package dev.amends.model;

/** A kind of step a plan can contain; each belongs to exactly one {@link Phase}. */
public enum Action {
    SEE_CUSTOMER_VIEW(Phase.PREPARE),
    REACH_OUT_FIRST(Phase.CONTACT),
    THANK_FOR_RAISING(Phase.ACKNOWLEDGE),
    TAKE_OWNERSHIP(Phase.ACKNOWLEDGE),
    /** A personal apology, for when the rep erred. */
    APOLOGIZE(Phase.APOLOGIZE),
    /** Regret without claiming the fault. */
    EXPRESS_REGRET(Phase.APOLOGIZE),
    FIX(Phase.REMEDY),
    /** A refund, credit or replacement at no cost. */
    OFFER_REMEDY(Phase.REMEDY),
    /** The product or patient issue goes into the company's complaint handling. */
    ROUTE_COMPLAINT(Phase.CONTAIN),
    CHECK_SPREAD(Phase.CONTAIN),
    ESCALATE_TO_LEADERSHIP(Phase.ESCALATE),
    FIND_ROOT_CAUSE(Phase.INVESTIGATE),
    EXPLAIN_CAUSE(Phase.EXPLAIN),
    SHARE_PREVENTION(Phase.EXPLAIN),
    DOUBLE_CHECK_PLAN(Phase.PREVENT),
    ASK_FOR_ANOTHER_CHANCE(Phase.RECONCILE),
    THANK_FOR_UNDERSTANDING(Phase.CLOSE),
    FOLLOW_UP(Phase.FOLLOW_UP),
    REVISIT_QUARTERLY(Phase.FOLLOW_UP),
    REBUILD_RAPPORT(Phase.FOLLOW_UP);

    private final Phase phase;

    Action(Phase phase) {
        this.phase = phase;
    }

    /** The phase this action belongs to. */
    public Phase phase() {
        return phase;
    }
}
