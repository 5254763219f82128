package dev.amends.model;

/**
 * What a step is for. The first conversation opens (the news, thanks, listening), apologises, then
 * acknowledges what happens now (ownership, what is known). Inside the first conversation with the customer, steps are spoken in this
 * order; elsewhere a plan follows the clock, and the phase only breaks ties.
 */
public enum Phase {
    PREPARE,
    CONTACT,
    APOLOGIZE,
    ACKNOWLEDGE,
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
