package dev.amends.model;

import java.time.OffsetDateTime;

/** The investigation of the cause closed, and {@code finding} is what it found. */
public record InvestigationClosed(OffsetDateTime at, Finding finding) implements Event {

    /** Checks that each field is given. */
    public InvestigationClosed {
        Events.required("at", at);
        Events.required("finding", finding, Finding.class);
    }

    @Override
    public EventType type() {
        return EventType.INVESTIGATION_CLOSED;
    }
}
