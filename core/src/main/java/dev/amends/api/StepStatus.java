package dev.amends.api;

/** Where a step stands, by the incident's events. */
public enum StepStatus {
    /** Still to do. */
    OPEN,
    /** Done: an event says so ({@link Step#done()}). */
    DONE,
    /**
     * Waiting on the customer: a {@code NO_REPLY} event says they did not answer it by its due time
     * ({@link Step#unanswered()}). It is neither open nor overdue; what to do about the silence is a
     * step of its own, which the playbook adds.
     */
    UNANSWERED
}
