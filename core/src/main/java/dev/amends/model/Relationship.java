package dev.amends.model;

/** How strong the relationship with the customer was before the mistake. */
public enum Relationship {
    NEW,
    DEVELOPING,
    ESTABLISHED,
    STRONG
}
