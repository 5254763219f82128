package dev.amends.model;

/** How the customer is reacting. */
public enum CustomerMood {
    CALM,
    UPSET,
    ANGRY
}
