package dev.amends.model;

/** What happened since the incident was reported: the kind of an {@link Event}. */
public enum EventType {
    /** A step of the plan was done, with its outcome ({@link StepDone}). */
    STEP_DONE,
    /** The customer answered, in the mood they are in now ({@link CustomerReplied}). */
    CUSTOMER_REPLIED,
    /** The customer did not answer a step by its due time ({@link NoReply}). */
    NO_REPLY,
    /** The investigation of the cause closed, with its finding ({@link InvestigationClosed}). */
    INVESTIGATION_CLOSED,
    /** The same mistake happened again ({@link Recurred}). */
    RECURRED
}
