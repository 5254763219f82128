package dev.amends.model;

import java.time.OffsetDateTime;

/** The customer did not answer the step with this action (a step with the customer) by its due time. */
public record NoReply(OffsetDateTime at, ActionKind action) implements Event {

    /** Checks that each field is given. */
    public NoReply {
        Events.required("at", at);
        Events.required("action", action);
    }

    @Override
    public EventType type() {
        return EventType.NO_REPLY;
    }
}
