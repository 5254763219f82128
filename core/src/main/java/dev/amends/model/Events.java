package dev.amends.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/** The checks every event's fields and an incident's list of events go through. */
final class Events {

    private Events() {
    }

    static void required(String field, OffsetDateTime at) {
        if (at == null) {
            throw new InvalidIncidentException(field, "is required: when it happened, in ISO-8601 with its offset, "
                    + "such as 2026-11-23T09:30:00+01:00");
        }
    }

    static void required(String field, ActionKind action) {
        if (action == null) {
            throw new InvalidIncidentException(field, "is required: the step's action, such as FIX or OFFER_REMEDY");
        }
    }

    static <E extends Enum<E>> void required(String field, E value, Class<E> type) {
        if (value == null) {
            throw new InvalidIncidentException(field, "is required; allowed values: " + Incident.allowed(type));
        }
    }

    /**
     * The events as given, checked: each present, in time order, none before the report.
     *
     * @throws InvalidIncidentException naming the event ({@code events[2].at}) that breaks the order
     */
    static List<Event> inOrder(List<Event> events, java.util.Optional<OffsetDateTime> reportedAt) {
        if (events == null || events.isEmpty()) {
            return List.of();
        }
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            if (event == null) {
                throw new InvalidIncidentException("events[" + i + "]", "is missing: give each event its type and time");
            }
            if (reportedAt.isPresent() && event.at().isBefore(reportedAt.get())) {
                throw new InvalidIncidentException("events[" + i + "].at", "is " + event.at() + ", before the incident was "
                        + "reported (" + reportedAt.get() + "); an event is what happened since");
            }
            if (i > 0 && event.at().isBefore(events.get(i - 1).at())) {
                throw new InvalidIncidentException("events[" + i + "].at", "is " + event.at() + ", before the event listed "
                        + "above it (" + events.get(i - 1).at() + "); list events in the order they happened");
            }
        }
        return List.copyOf(events);
    }

}
