package dev.amends.model;

/**
 * What an {@link Mistake#OTHER} mistake was, in the words a rep would use: it decides the check
 * that stops it from happening again and how it is put right. {@link #NOT_SAID} when the incident
 * does not tell; only an {@code OTHER} mistake may say.
 */
public enum OtherKind {
    /** Not told: the wording fits any other mistake. */
    NOT_SAID,
    /** Something of the customer's reached someone it should not have: an email, figures, a remark. */
    DISCLOSURE,
    /** Something of value offered to a healthcare professional or a referral source: a dinner, a trip, a gift. */
    INDUCEMENT,
    /** Access or conduct: credentials lapsed, behaviour, being where one should not be. */
    ACCESS_OR_CONDUCT
}
