package dev.amends.model;

/**
 * What a step is for. Inside the first conversation with the customer, steps are spoken in this
 * order; elsewhere a plan follows the clock, and the phase only breaks ties.
 */
public enum Phase {
    PREPARE,
    CONTACT,
    ACKNOWLEDGE,
    APOLOGIZE,
    CONTAIN,
    REMEDY,
    ESCALATE,
    INVESTIGATE,
    EXPLAIN,
    PREVENT,
    RECONCILE,
    CLOSE,
    FOLLOW_UP
}
