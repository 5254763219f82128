package dev.amends.model;

/** Who noticed the mistake first. {@code REP} and {@code COMPANY} mean we can reach out before the customer does. */
public enum DetectedBy {
    REP,
    COMPANY,
    CUSTOMER,
    THIRD_PARTY;

    /** Whether our side noticed first. */
    public boolean isUs() {
        return this == REP || this == COMPANY;
    }
}
