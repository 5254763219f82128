package dev.amends.api;

/** Where a step stands, by the incident's events. */
public enum StepStatus {
    /** Still to do. */
    OPEN,
    /** Done: an event says so ({@link Step#done()}). */
    DONE
}
