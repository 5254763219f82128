package dev.amends.model;

import java.time.OffsetDateTime;

/** The customer answered, and {@code mood} is how they are reacting now. */
public record CustomerReplied(OffsetDateTime at, CustomerMood mood) implements Event {

    /** Checks that each field is given. */
    public CustomerReplied {
        Events.required("at", at);
        Events.required("mood", mood, CustomerMood.class);
    }

    @Override
    public EventType type() {
        return EventType.CUSTOMER_REPLIED;
    }
}
