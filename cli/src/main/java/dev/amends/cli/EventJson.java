package dev.amends.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.amends.model.CustomerMood;
import dev.amends.model.CustomerReplied;
import dev.amends.model.Event;
import dev.amends.model.EventType;
import dev.amends.model.Finding;
import dev.amends.model.InvestigationClosed;
import dev.amends.model.NoReply;
import dev.amends.model.Outcome;
import dev.amends.model.StepDone;
import dev.amends.model.Vocabulary;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The JSON form of an incident's {@code events}: an array of objects, each with its {@code at} and
 * {@code type} and the fields its type takes. Each problem is reported naming the event and field,
 * such as {@code events[2].outcome}; whether an action is one the playbook has, and whether the
 * events are in time order, is checked by the incident and the advisor, in the same words.
 */
final class EventJson {

    /** The fields each type of event takes, in the order the command line writes them. */
    private static final Map<EventType, List<String>> FIELDS = Map.of(
            EventType.STEP_DONE, List.of("at", "type", "action", "outcome"),
            EventType.CUSTOMER_REPLIED, List.of("at", "type", "mood"),
            EventType.NO_REPLY, List.of("at", "type", "action"),
            EventType.INVESTIGATION_CLOSED, List.of("at", "type", "finding"),
            EventType.RECURRED, List.of("at", "type"));

    private static final Pattern ACTION_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private static final String EXAMPLE = "[{\"at\": \"2026-11-24T10:00:00+01:00\", \"type\": \"STEP_DONE\", "
            + "\"action\": \"OFFER_REMEDY\", \"outcome\": \"DECLINED\"}]";

    private EventJson() {
    }

    /**
     * The events under {@code "events"}, in the order given; none when absent or null.
     *
     * @throws BadInputException naming the event and field at fault, such as {@code events[2].outcome}
     */
    static List<Event> read(JsonNode events) {
        if (events == null || events.isNull()) {
            return List.of();
        }
        if (!events.isArray()) {
            throw new BadInputException("events", "expected an array of what happened since the report, such as "
                    + EXAMPLE + ", got " + IncidentJson.describe(events));
        }
        List<Event> read = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            read.add(event(events.get(i), "events[" + i + "]"));
        }
        return read;
    }

    private static Event event(JsonNode node, String name) {
        if (!node.isObject()) {
            throw new BadInputException(name, "expected an object with the event's at and type, such as "
                    + EXAMPLE.substring(1, EXAMPLE.length() - 1) + ", got " + IncidentJson.describe(node));
        }
        EventType type = type(node, name);
        checkFieldNames(node, name, type);
        OffsetDateTime at = at(node, name);
        return switch (type) {
            case STEP_DONE -> Event.stepDone(at, action(node, name), value(node, name, "outcome", Outcome.class));
            case CUSTOMER_REPLIED -> Event.customerReplied(at, value(node, name, "mood", CustomerMood.class));
            case NO_REPLY -> Event.noReply(at, action(node, name));
            case INVESTIGATION_CLOSED -> Event.investigationClosed(at, value(node, name, "finding", Finding.class));
            case RECURRED -> Event.recurred(at);
        };
    }

    private static EventType type(JsonNode node, String name) {
        String field = name + ".type";
        String text = IncidentJson.text(node.get("type"), field);
        List<String> types = Arrays.stream(EventType.values()).map(Enum::name).toList();
        if (text == null) {
            throw new BadInputException(field, (node.has("type") ? "is required, but null" : "required field is missing")
                    + "; allowed: " + String.join(", ", types));
        }
        return Arrays.stream(EventType.values()).filter(t -> t.name().equals(text)).findFirst().orElseThrow(() ->
                new BadInputException(field, "unknown event type " + IncidentJson.quote(text)
                        + Vocabulary.closest(text, types).map(t -> " (did you mean " + t + "?)").orElse("")
                        + "; allowed: " + String.join(", ", types)));
    }

    /** Every field of the event is one its type takes; a field of another type is named as such. */
    private static void checkFieldNames(JsonNode node, String name, EventType type) {
        List<String> takes = FIELDS.get(type);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (takes.contains(field)) {
                continue;
            }
            String takesText = type + " takes " + String.join(", ", takes);
            String subject = name + "." + IncidentJson.escape(field);
            if (allFields().contains(field)) {
                throw new BadInputException(subject, "a " + type + " event does not take " + field + "; " + takesText);
            }
            String hint = Vocabulary.closest(field, takes).map(f -> " (did you mean \"" + f + "\"?)").orElse("");
            throw new BadInputException(subject, "unknown field" + hint + "; " + takesText);
        }
    }

    private static Set<String> allFields() {
        Set<String> all = new LinkedHashSet<>();
        for (EventType type : EventType.values()) {
            all.addAll(FIELDS.get(type));
        }
        return all;
    }

    private static OffsetDateTime at(JsonNode node, String name) {
        String text = requiredText(node, name, "at",
                "give when it happened, in ISO-8601 with its offset from UTC, such as 2026-11-24T10:00:00+01:00");
        return IncidentJson.time(text, name + ".at");
    }

    /** The name of the step's action; whether the playbook has it is for the advisor to say. */
    private static String action(JsonNode node, String name) {
        String field = name + ".action";
        String text = requiredText(node, name, "action", "name the step by its action, such as FIX or OFFER_REMEDY");
        if (!ACTION_NAME.matcher(text).matches()) {
            throw new BadInputException(field, IncidentJson.quote(text) + " is not an action's name; name the step by its "
                    + "action, in letters, digits and underscores, such as FIX or OFFER_REMEDY");
        }
        return text;
    }

    /** The text of a field the event must have; {@code hint} says what to give when it is missing. */
    private static String requiredText(JsonNode node, String name, String key, String hint) {
        String field = name + "." + key;
        String text = IncidentJson.text(node.get(key), field);
        if (text == null) {
            throw new BadInputException(field, (node.has(key) ? "is required, but null" : "required field is missing") + "; " + hint);
        }
        return text;
    }

    private static <E extends Enum<E>> E value(JsonNode node, String name, String key, Class<E> type) {
        String field = name + "." + key;
        JsonNode value = node.get(key);
        String allowed = "; allowed: " + IncidentJson.allowed(type);
        if (value == null || value.isNull()) {
            throw new BadInputException(field, (value == null ? "required field is missing" : "is required, but null") + allowed);
        }
        if (!value.isTextual()) {
            throw new BadInputException(field, "expected a string, got " + IncidentJson.describe(value) + allowed);
        }
        String text = value.textValue();
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(text)).findFirst()
                .orElseThrow(() -> new BadInputException(field, "unknown value " + IncidentJson.quote(text) + allowed));
    }

    /** How explain names an event: {@code events[1]}, its place in the incident's list. */
    static String name(List<Event> events, Event event) {
        return "events[" + events.indexOf(event) + "]";
    }

    /** An event on one line, its fields by their values: {@code STEP_DONE OFFER_REMEDY DECLINED at 2026-11-24T15:00:00+01:00}. */
    static String oneLine(Event event) {
        StringBuilder line = new StringBuilder(event.type().name());
        toTree(List.of(event)).get(0).fields().forEachRemaining(field -> {
            if (!field.getKey().equals("at") && !field.getKey().equals("type")) {
                line.append(' ').append(field.getValue().asText());
            }
        });
        return line.append(" at ").append(event.at().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).toString();
    }

    /** The events as the command line writes them back: each with its at, type and fields, in the order read. */
    static ArrayNode toTree(List<Event> events) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (Event event : events) {
            ObjectNode node = array.addObject()
                    .put("at", event.at().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                    .put("type", event.type().name());
            if (event instanceof StepDone done) {
                node.put("action", done.action().name()).put("outcome", done.outcome().name());
            } else if (event instanceof CustomerReplied replied) {
                node.put("mood", replied.mood().name());
            } else if (event instanceof NoReply noReply) {
                node.put("action", noReply.action().name());
            } else if (event instanceof InvestigationClosed closed) {
                node.put("finding", closed.finding().name());
            }
        }
        return array;
    }
}
