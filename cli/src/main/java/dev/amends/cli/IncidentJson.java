package dev.amends.cli;

import dev.amends.model.CustomerMood;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.amends.model.DetectedBy;
import dev.amends.model.FaultOwner;
import dev.amends.model.Incident;
import dev.amends.model.InvalidIncidentException;
import dev.amends.model.Mistake;
import dev.amends.model.DeviceKind;
import dev.amends.model.OtherKind;
import dev.amends.model.Relationship;
import dev.amends.model.Severity;
import dev.amends.model.Vocabulary;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The JSON form of an incident, field names as in the playbook. Reading checks every field by hand,
 * so that each problem is reported as one precise sentence naming the field; a JSON {@code null}
 * counts as a field not given.
 */
final class IncidentJson {

    static final List<String> FIELDS = List.of(
            "id", "mistake", "faultOwner", "severity", "relationship", "detectedBy", "customerMood",
            "priorOccurrences", "patientImpact", "spreadBeyondContact", "publicComplaint", "referralsLost",
            "installedEquipment", "saidAloud", "deviceKind", "otherKind", "account", "contact", "rep", "product", "salutation", "contactRole", "facts", "reportedAt", "timeZone", "events");

    private static final java.util.regex.Pattern PLAIN_NAME = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private IncidentJson() {
    }

    /**
     * The incident in a file, or on standard input when the file is {@code -}.
     *
     * @throws BadInputException if the file cannot be read, or naming the first field at fault
     */
    static Incident fromFile(String file, InputStream stdin) {
        return read(IncidentFile.read(file, stdin), IncidentFile.displayName(file));
    }

    /**
     * The incident written in {@code json}.
     *
     * @param source how messages name the input, such as its file name
     * @throws BadInputException naming the first field (or the place in the text) at fault
     */
    static Incident read(byte[] json, String source) {
        JsonNode root = JsonFields.read(Utf8Text.decode(json, source), source).orElseThrow(() ->
                new BadInputException(source, "is empty; expected a JSON object with the incident's facts"));
        if (!root.isObject()) {
            throw new BadInputException(source, "expected a JSON object with the incident's facts, found " + describe(root));
        }
        checkFieldNames(root);
        Incident.Builder incident = Incident.builder()
                .id(name(root, "id"))
                .mistake(required(root, "mistake", Mistake.class))
                .faultOwner(required(root, "faultOwner", FaultOwner.class))
                .severity(required(root, "severity", Severity.class))
                .relationship(required(root, "relationship", Relationship.class));
        optional(root, "detectedBy", DetectedBy.class).ifPresent(incident::detectedBy);
        optional(root, "customerMood", CustomerMood.class).ifPresent(incident::customerMood);
        count(root, "priorOccurrences").ifPresent(incident::priorOccurrences);
        flag(root, "patientImpact").ifPresent(incident::patientImpact);
        flag(root, "spreadBeyondContact").ifPresent(incident::spreadBeyondContact);
        flag(root, "publicComplaint").ifPresent(incident::publicComplaint);
        flag(root, "referralsLost").ifPresent(incident::referralsLost);
        flag(root, "installedEquipment").ifPresent(incident::installedEquipment);
        flag(root, "saidAloud").ifPresent(incident::saidAloud);
        optional(root, "deviceKind", DeviceKind.class).ifPresent(incident::deviceKind);
        optional(root, "otherKind", OtherKind.class).ifPresent(incident::otherKind);
        incident.account(name(root, "account"))
                .contact(name(root, "contact"))
                .rep(name(root, "rep"))
                .product(name(root, "product"))
                .salutation(name(root, "salutation"))
                .contactRole(name(root, "contactRole"));
        declaredFacts(root, incident);
        reportedAt(root).ifPresent(incident::reportedAt);
        List<dev.amends.model.Event> events = EventJson.read(root.get("events"));
        try {
            incident.timeZone(name(root, "timeZone"));
            incident.events(events);
            return incident.build();
        } catch (InvalidIncidentException e) {
            throw new BadInputException(e.field(), e.getMessage().substring(e.field().length() + 2));
        }
    }

    /**
     * The facts a playbook's vocabulary declares, under {@code "facts"}: text for a fact of listed
     * values, true or false, or a whole number. Whether the playbook declares them is for the
     * advisor to say; here only their form is checked.
     */
    private static void declaredFacts(JsonNode root, Incident.Builder incident) {
        JsonNode facts = root.get("facts");
        if (facts == null || facts.isNull()) {
            return;
        }
        if (!facts.isObject()) {
            throw new BadInputException("facts", "expected an object of the facts the playbook declares, such as "
                    + "{\"accountTier\": \"KEY\"}, got " + describe(facts));
        }
        for (Iterator<Map.Entry<String, JsonNode>> entries = facts.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String name = entry.getKey();
            if (!PLAIN_NAME.matcher(name).matches()) {
                throw new BadInputException("facts." + escape(name), "a declared fact is named with letters and digits, "
                        + "such as accountTier");
            }
            String field = "facts." + name;
            JsonNode value = entry.getValue();
            if (value.isTextual()) {
                // What the fact allows is for the advisor to say, which knows the playbook; here only text that cannot be shown is refused.
                String text = value.textValue();
                if (text.codePoints().anyMatch(TerminalText::hidden)) {
                    throw new BadInputException(field, "holds a control or invisible character: " + describe(value)
                            + "; a declared fact's value is a name such as KEY");
                }
                incident.fact(name, text);
            } else if (value.isBoolean()) {
                incident.fact(name, value.booleanValue());
            } else if (value.isNumber()) {
                incident.fact(name, count(facts, name, field).orElseThrow());
            } else {
                throw new BadInputException(field, "expected one of the fact's values (text), true or false, or a whole "
                        + "number, got " + describe(value));
            }
        }
    }

    /**
     * When the incident was reported: an ISO-8601 date and time with its offset from UTC, such as
     * {@code 2026-11-27T17:30:00+01:00}; one without an offset is refused, as it could be any of 26 moments.
     */
    private static Optional<OffsetDateTime> reportedAt(JsonNode root) {
        String text = name(root, "reportedAt");
        return text == null ? Optional.empty() : Optional.of(time(text, "reportedAt"));
    }

    /**
     * A moment written as an ISO-8601 date and time with its offset from UTC.
     *
     * @throws BadInputException naming {@code field}, if the text is not one, or has no offset
     */
    static OffsetDateTime time(String text, String field) {
        String example = "; write it as an ISO-8601 date and time with its offset from UTC, such as 2026-11-27T17:30:00+01:00 "
                + "or 2026-11-27T16:30:00Z";
        try {
            return OffsetDateTime.parse(text.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            try {
                LocalDateTime.parse(text.strip());
                throw new BadInputException(field, quote(text) + " has no offset from UTC, so it could be any of many "
                        + "moments" + example);
            } catch (DateTimeParseException notLocalEither) {
                throw new BadInputException(field, quote(text) + " is not a date and time" + example);
            }
        }
    }

    /**
     * The incident's facts as understood: defaults filled in, enums by name, names only where given;
     * {@code installedEquipment} and {@code saidAloud} only when true and {@code deviceKind} and {@code otherKind} only when said, so that the JSON of an incident
     * without them reads as it did before they existed.
     */
    static ObjectNode toTree(Incident incident) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        incident.id().ifPresent(v -> node.put("id", v));
        node.put("mistake", incident.mistake().name());
        node.put("faultOwner", incident.faultOwner().name());
        node.put("severity", incident.severity().name());
        node.put("relationship", incident.relationship().name());
        node.put("detectedBy", incident.detectedBy().name());
        node.put("customerMood", incident.customerMood().name());
        node.put("priorOccurrences", incident.priorOccurrences());
        node.put("patientImpact", incident.patientImpact());
        node.put("spreadBeyondContact", incident.spreadBeyondContact());
        node.put("publicComplaint", incident.publicComplaint());
        node.put("referralsLost", incident.referralsLost());
        if (incident.installedEquipment()) {
            node.put("installedEquipment", true);
        }
        if (incident.saidAloud()) {
            node.put("saidAloud", true);
        }
        if (incident.deviceKind() != DeviceKind.NOT_SAID) {
            node.put("deviceKind", incident.deviceKind().name());
        }
        if (incident.otherKind() != OtherKind.NOT_SAID) {
            node.put("otherKind", incident.otherKind().name());
        }
        incident.account().ifPresent(v -> node.put("account", v));
        incident.contact().ifPresent(v -> node.put("contact", v));
        incident.rep().ifPresent(v -> node.put("rep", v));
        incident.product().ifPresent(v -> node.put("product", v));
        incident.salutation().ifPresent(v -> node.put("salutation", v));
        incident.contactRole().ifPresent(v -> node.put("contactRole", v));
        if (!incident.facts().isEmpty()) {
            ObjectNode facts = node.putObject("facts");
            incident.facts().forEach((name, value) -> {
                if (value instanceof Boolean flag) {
                    facts.put(name, flag);
                } else if (value instanceof Integer number) {
                    facts.put(name, number);
                } else {
                    facts.put(name, String.valueOf(value));
                }
            });
        }
        incident.reportedAt().ifPresent(at -> node.put("reportedAt", at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
        incident.timeZone().ifPresent(zone -> node.put("timeZone", zone.getId()));
        if (!incident.events().isEmpty()) {
            node.set("events", EventJson.toTree(incident.events()));
        }
        return node;
    }

    private static void checkFieldNames(JsonNode root) {
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                String hint = Vocabulary.closest(name, FIELDS).map(f -> " (did you mean \"" + f + "\"?)").orElse("");
                throw new BadInputException(escape(name), "unknown field" + hint + "; known fields: " + String.join(", ", FIELDS)
                        + " (a fact a playbook declares in its vocabulary.yaml goes under \"facts\")");
            }
        }
    }

    private static <E extends Enum<E>> E required(JsonNode root, String field, Class<E> type) {
        return optional(root, field, type).orElseThrow(() -> new BadInputException(field,
                (root.has(field) ? "is required, but null" : "required field is missing") + "; allowed: " + allowed(type)));
    }

    private static <E extends Enum<E>> Optional<E> optional(JsonNode root, String field, Class<E> type) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new BadInputException(field, "expected a string, got " + describe(value) + "; allowed: " + allowed(type));
        }
        return Optional.of(Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(value.textValue()))
                .findFirst()
                .orElseThrow(() -> new BadInputException(field,
                        "unknown value " + quote(value.textValue()) + "; allowed: " + allowed(type))));
    }

    private static Optional<Integer> count(JsonNode root, String field) {
        return count(root, field, field);
    }

    private static Optional<Integer> count(JsonNode root, String key, String field) {
        JsonNode value = root.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isNumber() || !whole(value.decimalValue())) {
            throw new BadInputException(field, "expected a whole number, 0 or more, got " + describe(value));
        }
        BigDecimal number = value.decimalValue();
        if (number.signum() < 0) {
            throw new BadInputException(field, "must be 0 or more, got " + value.asText());
        }
        if (number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw new BadInputException(field, "must be at most " + Integer.MAX_VALUE + ", got " + value.asText());
        }
        return Optional.of(number.intValueExact());
    }

    /** Whether the number, read exactly, has no fraction: {@code 2}, {@code 2.0} and {@code 2e0} do, {@code 1e-400} does not. */
    private static boolean whole(BigDecimal number) {
        return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
    }

    private static Optional<Boolean> flag(JsonNode root, String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            throw new BadInputException(field, "expected true or false, got " + describe(value));
        }
        return Optional.of(value.booleanValue());
    }

    private static String name(JsonNode root, String field) {
        return text(root.get(field), field);
    }

    /**
     * The text of a JSON string, null when absent or null.
     *
     * @throws BadInputException naming {@code field}, if the value is not a string or holds half a character
     */
    static String text(JsonNode value, String field) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new BadInputException(field, "expected a string, got " + describe(value));
        }
        String text = value.textValue();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i)) && !Character.isSurrogatePair(text.charAt(i),
                    i + 1 < text.length() ? text.charAt(i + 1) : 0)) {
                throw new BadInputException(field, "holds " + TerminalText.name(text.substring(i, i + 1))
                        + ", half of a character (an unpaired surrogate); give the whole character, or remove it");
            }
            if (Character.isHighSurrogate(text.charAt(i))) {
                i++;
            }
        }
        return text;
    }

    static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    static String describe(JsonNode value) {
        return switch (value.getNodeType()) {
            case STRING -> "string " + quote(value.textValue());
            case NUMBER -> "number " + value.asText();
            case BOOLEAN -> value.asText();
            case NULL -> "null";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> value.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    /** A user's text in double quotes, escaped as in JSON and cut short, so a message stays on one line. */
    static String quote(String text) {
        String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
        return "\"" + escape(shown) + "\"";
    }

    static String escape(String text) {
        return new String(JsonStringEncoder.getInstance().quoteAsString(text));
    }
}
