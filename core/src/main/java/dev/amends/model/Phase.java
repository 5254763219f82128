package dev.amends.model;

/** The phases of a recovery plan, in the order a plan runs through them. */
public enum Phase {
    PREPARE,
    CONTACT,
    ACKNOWLEDGE,
    APOLOGIZE,
    REMEDY,
    CONTAIN,
    ESCALATE,
    INVESTIGATE,
    EXPLAIN,
    PREVENT,
    RECONCILE,
    CLOSE,
    FOLLOW_UP
}
