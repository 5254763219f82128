package dev.amends.model;

/**
 * A kind of step a plan can contain. Each belongs to one {@link Phase}, which says what it is for,
 * and is either done in-house or with the customer: an in-house step due before the first contact
 * comes before it. The declaration order breaks ties between steps due at the same time, so it
 * follows the order in which one thing makes the next possible (the cause is found before it is
 * explained, the process is changed before the change is shared).
 */
public enum Action implements ActionKind {
    /** Before any contact, the rep works out what the mistake cost the customer. */
    SEE_CUSTOMER_VIEW(Phase.PREPARE, true, "See it from the customer's side"),
    /** A product complaint (a device alleged deficient) goes into the company's complaint handling. */
    ROUTE_COMPLAINT(Phase.CONTAIN, true, "Route the complaint"),
    /** Patient harm, or its possibility, reaches the company's quality and risk people. */
    NOTIFY_RISK_MANAGEMENT(Phase.CONTAIN, true, "Tell quality and risk management"),
    /** What may have been disclosed (said, shown or shared about a customer) reaches compliance and risk management. */
    NOTIFY_COMPLIANCE(Phase.CONTAIN, true, "Tell compliance and risk management"),
    /** A labelling or field-action (correction or removal) question reaches regulatory affairs. */
    REFER_TO_REGULATORY(Phase.CONTAIN, true, "Bring in regulatory affairs"),
    /** The remedy is agreed with the person who may approve it before it is offered. */
    APPROVE_REMEDY(Phase.REMEDY, true, "Get the remedy approved"),
    /**
     * The fix, or the part of it that can be done at once, is put in place in-house before the customer
     * is told (the corrected invoice issued, the shipment expedited, the cover arranged, the harm
     * stopped), so that the first contact brings it rather than promises it.
     */
    ARRANGE_FIX(Phase.REMEDY, true, "Put it right before you get in touch"),
    /** A leader is briefed and takes a part in the recovery. */
    ESCALATE_TO_LEADERSHIP(Phase.ESCALATE, true, "Escalate to leadership"),
    /** The rep's sales manager hears of a rep's own repeated slip, and coaches. */
    INVOLVE_SALES_MANAGER(Phase.ESCALATE, true, "Involve your sales manager"),
    /** We tell the customer before they find out. */
    REACH_OUT_FIRST(Phase.CONTACT, false, "Tell them first"),
    /** The customer told us: thank them for it. */
    THANK_FOR_RAISING(Phase.CONTACT, false, "Thank them for raising it"),
    /** Let the customer tell the whole story before answering. */
    LISTEN_FIRST(Phase.CONTACT, false, "Listen first"),
    /**
     * Early disclosure to a customer who raised a possible patient issue: what is known, what is
     * not, what is being done, when they hear next.
     */
    DISCLOSE_WHAT_WE_KNOW(Phase.ACKNOWLEDGE, false, "Say what is known and what is not"),
    /** A personal apology, for when the rep erred. */
    APOLOGIZE(Phase.APOLOGIZE, false, "Apologize"),
    /** Regret without claiming the fault. */
    EXPRESS_REGRET(Phase.APOLOGIZE, false, "Express regret"),
    /** Say who is putting it right, and by when. */
    TAKE_OWNERSHIP(Phase.ACKNOWLEDGE, false, "Take ownership"),
    /** The device and its lot are kept out of use, and kept for the investigation. */
    QUARANTINE_PRODUCT(Phase.CONTAIN, false, "Keep it out of use"),
    /** Find whether the mistake reached other people, orders or sites. */
    CHECK_SPREAD(Phase.CONTAIN, false, "Check how far it spread"),
    /** Put the mistake itself right with the customer. */
    FIX(Phase.REMEDY, false, "Fix it"),
    /** A remedy that fits the mistake: a corrected invoice, a credit note, a replacement under warranty. */
    OFFER_REMEDY(Phase.REMEDY, false, "Offer a remedy"),
    /** Trace why it happened. */
    FIND_ROOT_CAUSE(Phase.INVESTIGATE, true, "Find the root cause"),
    /** Change the process so the same slip is caught next time. */
    DOUBLE_CHECK_PLAN(Phase.PREVENT, true, "Put a double-check in place"),
    /** Tell the customer what happened, once it is known. */
    EXPLAIN_CAUSE(Phase.EXPLAIN, false, "Explain what happened"),
    /** Show the customer what changed so it does not happen again. */
    SHARE_PREVENTION(Phase.EXPLAIN, false, "Share how it is prevented"),
    /** Ask to keep or win back their business. */
    ASK_FOR_ANOTHER_CHANCE(Phase.RECONCILE, false, "Ask for another chance"),
    /** Close the recovery with thanks. */
    THANK_FOR_UNDERSTANDING(Phase.CLOSE, false, "Thank them for their understanding"),
    /**
     * A meeting face to face after a first conversation that had to be a call: an angry customer is met in
     * person, and where a patient may be affected the call within the hour cannot wait for a visit.
     */
    MEET_IN_PERSON(Phase.FOLLOW_UP, false, "Meet them in person"),
    /** Check after the fix that it held. */
    FOLLOW_UP(Phase.FOLLOW_UP, false, "Follow up"),
    /** Time with the customer beyond the mistake, to rebuild the relationship. */
    REBUILD_RAPPORT(Phase.FOLLOW_UP, false, "Rebuild rapport"),
    /** A recurring visit for the next year, for a customer hit more than once. */
    REVISIT_QUARTERLY(Phase.FOLLOW_UP, false, "Revisit every quarter");

    private final Phase phase;
    private final boolean inHouse;
    private final String title;

    Action(Phase phase, boolean inHouse, String title) {
        this.phase = phase;
        this.inHouse = inHouse;
        this.title = title;
    }

    @Override
    public Phase phase() {
        return phase;
    }

    @Override
    public boolean inHouse() {
        return inHouse;
    }

    @Override
    public String title() {
        return title;
    }

    /** The rep, for every built-in action; a rule names another owner with {@code by(...)}. */
    @Override
    public OwnerKind defaultOwner() {
        return Owner.REP;
    }
}
