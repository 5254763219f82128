package dev.amends.model;

/** How a done step went. */
public enum Outcome {
    /** It did what it was for (the fix landed, the call took place). */
    SUCCEEDED,
    /** It was tried and did not work (the fix did not hold, the replacement was wrong again). */
    FAILED,
    /** The customer accepted what the step offered. */
    ACCEPTED,
    /** The customer declined what the step offered. */
    DECLINED
}
