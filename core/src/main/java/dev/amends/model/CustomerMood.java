package dev.amends.model;

/** How the customer is reacting. */
public enum CustomerMood {
    /** Calm, ready to talk it through. */
    CALM,
    /** Upset, but still talking. */
    UPSET,
    /** Angry: needs to be heard before anything else. */
    ANGRY
}
