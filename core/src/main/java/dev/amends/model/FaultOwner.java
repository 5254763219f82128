package dev.amends.model;

/** Who caused the mistake. */
public enum FaultOwner {
    /** The rep personally. */
    REP,
    /** Someone or something else in the rep's company. */
    COMPANY,
    /** A carrier, distributor or other partner. */
    THIRD_PARTY,
    /** The customer's own side. */
    CUSTOMER,
    /** Not known yet. */
    UNKNOWN
}
