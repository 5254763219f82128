package dev.amends.model;

/** What an investigation found the cause to be. */
public enum Finding {
    /** A process of ours failed. */
    OUR_PROCESS,
    /** A partner's process failed (a carrier, a distributor, a contractor). */
    PARTNER,
    /** The cause lay on the customer's side. */
    CUSTOMER_SIDE,
    /** No fault was found. */
    NO_FAULT_FOUND
}
