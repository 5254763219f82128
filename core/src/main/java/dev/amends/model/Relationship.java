package dev.amends.model;

/** How strong the relationship with the customer was before the mistake. */
public enum Relationship {
    /** A first order, meeting or trial. */
    NEW,
    /** A customer still forming a view of us. */
    DEVELOPING,
    /** A regular customer. */
    ESTABLISHED,
    /** A long-standing customer who trusts us. */
    STRONG
}
