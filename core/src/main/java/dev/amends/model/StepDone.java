package dev.amends.model;

import java.time.OffsetDateTime;

/**
 * A step of the plan was done: the step is named by its action, and {@code outcome} says how it
 * went (a remedy {@code ACCEPTED} or {@code DECLINED}, a fix {@code SUCCEEDED} or {@code FAILED}).
 * Rules match it as {@code StepDone( action == Action.OFFER_REMEDY, outcome == Outcome.DECLINED )}.
 */
public record StepDone(OffsetDateTime at, ActionKind action, Outcome outcome) implements Event {

    /** Checks that each field is given. */
    public StepDone {
        Events.required("at", at);
        Events.required("action", action);
        Events.required("outcome", outcome, Outcome.class);
    }

    @Override
    public EventType type() {
        return EventType.STEP_DONE;
    }
}
