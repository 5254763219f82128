package dev.amends.model;

/** How the rep talks to the customer, from the lightest touch to the most personal. */
public enum Channel {
    /** In writing. */
    EMAIL,
    /** A call. */
    PHONE,
    /** Face to face. */
    IN_PERSON
}
