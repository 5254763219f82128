package dev.amends.model;

/**
 * A kind of step a plan can contain. Each belongs to one {@link Phase}, which says what it is for,
 * and is either done in-house or with the customer: an in-house step due before the first contact
 * comes before it. The declaration order breaks ties between steps due at the same time, so it
 * follows the order in which one thing makes the next possible (the cause is found before it is
 * explained, the process is changed before the change is shared).
 */
public enum Action {
    SEE_CUSTOMER_VIEW(Phase.PREPARE, true),
    /** A product complaint (a device alleged deficient) goes into the company's complaint handling. */
    ROUTE_COMPLAINT(Phase.CONTAIN, true),
    /** Patient harm, or its possibility, reaches the company's quality and risk people. */
    NOTIFY_RISK_MANAGEMENT(Phase.CONTAIN, true),
    /** A labelling or field-action (correction or removal) question reaches regulatory affairs. */
    REFER_TO_REGULATORY(Phase.CONTAIN, true),
    /** The remedy is agreed with the person who may approve it before it is offered. */
    APPROVE_REMEDY(Phase.REMEDY, true),
    /**
     * The fix, or the part of it that can be done at once, is put in place in-house before the customer
     * is told (the corrected invoice issued, the shipment expedited, the cover arranged, the harm
     * stopped), so that the first contact brings it rather than promises it.
     */
    ARRANGE_FIX(Phase.REMEDY, true),
    ESCALATE_TO_LEADERSHIP(Phase.ESCALATE, true),
    /** The rep's sales manager hears of a rep's own repeated slip, and coaches. */
    INVOLVE_SALES_MANAGER(Phase.ESCALATE, true),
    REACH_OUT_FIRST(Phase.CONTACT, false),
    THANK_FOR_RAISING(Phase.CONTACT, false),
    /** Let the customer tell the whole story before answering. */
    LISTEN_FIRST(Phase.CONTACT, false),
    /**
     * Early disclosure to a customer who raised a possible patient issue: what is known, what is
     * not, what is being done, when they hear next.
     */
    DISCLOSE_WHAT_WE_KNOW(Phase.ACKNOWLEDGE, false),
    /** A personal apology, for when the rep erred. */
    APOLOGIZE(Phase.APOLOGIZE, false),
    /** Regret without claiming the fault. */
    EXPRESS_REGRET(Phase.APOLOGIZE, false),
    TAKE_OWNERSHIP(Phase.ACKNOWLEDGE, false),
    /** The device and its lot are kept out of use, and kept for the investigation. */
    QUARANTINE_PRODUCT(Phase.CONTAIN, false),
    CHECK_SPREAD(Phase.CONTAIN, false),
    FIX(Phase.REMEDY, false),
    /** A remedy that fits the mistake: a corrected invoice, a credit note, a replacement under warranty. */
    OFFER_REMEDY(Phase.REMEDY, false),
    FIND_ROOT_CAUSE(Phase.INVESTIGATE, true),
    DOUBLE_CHECK_PLAN(Phase.PREVENT, true),
    EXPLAIN_CAUSE(Phase.EXPLAIN, false),
    SHARE_PREVENTION(Phase.EXPLAIN, false),
    ASK_FOR_ANOTHER_CHANCE(Phase.RECONCILE, false),
    THANK_FOR_UNDERSTANDING(Phase.CLOSE, false),
    FOLLOW_UP(Phase.FOLLOW_UP, false),
    REBUILD_RAPPORT(Phase.FOLLOW_UP, false),
    REVISIT_QUARTERLY(Phase.FOLLOW_UP, false);

    private final Phase phase;
    private final boolean inHouse;

    Action(Phase phase, boolean inHouse) {
        this.phase = phase;
        this.inHouse = inHouse;
    }

    /** The phase this action belongs to. */
    public Phase phase() {
        return phase;
    }

    /** Whether the action is done inside the company rather than with the customer. */
    public boolean inHouse() {
        return inHouse;
    }
}
