package dev.amends.model;

/**
 * What a step is for. The first conversation opens (the news, thanks, listening), apologises, then
 * acknowledges what happens now (ownership, what is known). Inside the first conversation with the customer, steps are spoken in this
 * order; elsewhere a plan follows the clock, and the phase only breaks ties.
 */
public enum Phase {
    /** Getting ready before any contact. */
    PREPARE,
    /** Opening the first conversation: the news, thanks for raising it, or listening. */
    CONTACT,
    /** The apology, or regret where the fault is not ours. */
    APOLOGIZE,
    /** Owning it and saying what is known and what is not. */
    ACKNOWLEDGE,
    /** Stopping the harm from spreading, and the in-house notifications that must happen at once. */
    CONTAIN,
    /** Putting it right and making good what it cost the customer. */
    REMEDY,
    /** Bringing in the manager or leadership. */
    ESCALATE,
    /** Finding the cause. */
    INVESTIGATE,
    /** Telling the customer what happened and how it is prevented. */
    EXPLAIN,
    /** Changing the process so it does not happen again. */
    PREVENT,
    /** Asking to rebuild the relationship. */
    RECONCILE,
    /** Closing the recovery with the customer. */
    CLOSE,
    /** Checking back after the fix, and keeping the relationship. */
    FOLLOW_UP
}
