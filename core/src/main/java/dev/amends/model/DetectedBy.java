package dev.amends.model;

/** Who noticed the mistake first. {@code REP} and {@code COMPANY} mean we can reach out before the customer does. */
public enum DetectedBy {
    /** The rep noticed it first. */
    REP,
    /** Someone else in the company noticed it first. */
    COMPANY,
    /** The customer raised it. */
    CUSTOMER,
    /** Someone outside both sides noticed it: another vendor, an auditor, a patient. */
    THIRD_PARTY;

    /** Whether our side noticed first. */
    public boolean isUs() {
        return this == REP || this == COMPANY;
    }
}
