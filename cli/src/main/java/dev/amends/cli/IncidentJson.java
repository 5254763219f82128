package dev.amends.cli;

import dev.amends.model.CustomerMood;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.amends.model.DetectedBy;
import dev.amends.model.FaultOwner;
import dev.amends.model.Incident;
import dev.amends.model.InvalidIncidentException;
import dev.amends.model.Mistake;
import dev.amends.model.Relationship;
import dev.amends.model.Severity;
import dev.amends.model.Vocabulary;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
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
            "account", "contact", "rep", "product", "salutation", "contactRole");

    /** Builds the JSON the command line writes; reading goes through {@link JsonFields}. */
    static final ObjectMapper MAPPER = new ObjectMapper();

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
        incident.account(name(root, "account"))
                .contact(name(root, "contact"))
                .rep(name(root, "rep"))
                .product(name(root, "product"))
                .salutation(name(root, "salutation"))
                .contactRole(name(root, "contactRole"));
        try {
            return incident.build();
        } catch (InvalidIncidentException e) {
            throw new BadInputException(e.field(), e.getMessage().substring(e.field().length() + 2));
        }
    }

    /** The incident's facts as understood: defaults filled in, enums by name, names only where given. */
    static ObjectNode toTree(Incident incident) {
        ObjectNode node = MAPPER.createObjectNode();
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
        incident.account().ifPresent(v -> node.put("account", v));
        incident.contact().ifPresent(v -> node.put("contact", v));
        incident.rep().ifPresent(v -> node.put("rep", v));
        incident.product().ifPresent(v -> node.put("product", v));
        incident.salutation().ifPresent(v -> node.put("salutation", v));
        incident.contactRole().ifPresent(v -> node.put("contactRole", v));
        return node;
    }

    private static void checkFieldNames(JsonNode root) {
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                String hint = Vocabulary.closest(name, FIELDS).map(f -> " (did you mean \"" + f + "\"?)").orElse("");
                throw new BadInputException(escape(name), "unknown field" + hint + "; known fields: " + String.join(", ", FIELDS));
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
        JsonNode value = root.get(field);
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
        JsonNode value = root.get(field);
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

    private static String describe(JsonNode value) {
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

    private static String escape(String text) {
        return new String(JsonStringEncoder.getInstance().quoteAsString(text));
    }
}
