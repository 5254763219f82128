package dev.amends.model;

import java.time.OffsetDateTime;

/** The same mistake happened again with this account, while the recovery was under way. */
public record Recurred(OffsetDateTime at) implements Event {

    /** Checks that the time is given. */
    public Recurred {
        Events.required("at", at);
    }

    @Override
    public EventType type() {
        return EventType.RECURRED;
    }
}
