package dev.amends.model;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The playbook's vocabulary as names: the enum types rules and files may name, the incident
 * fields that hold them, and a "did you mean" guess for a misspelled name.
 */
public final class Vocabulary {

    /** Every enum type of the vocabulary, by its simple name as DRL writes it ({@code Action}, {@code Severity}...). */
    public static final Map<String, Class<? extends Enum<?>>> TYPES = types(Mistake.class, FaultOwner.class,
            Severity.class, Relationship.class, DetectedBy.class, CustomerMood.class, DeviceKind.class, OtherKind.class, Phase.class, Action.class,
            Avoid.class, Timing.class, Owner.class, Channel.class, EventType.class, Outcome.class, Finding.class);

    /** The incident fields that hold an enum value, by field name, with their type. */
    public static final Map<String, Class<? extends Enum<?>>> INCIDENT_ENUM_FIELDS = fields();

    private static final int MOST_EDITS = 2;

    private static final List<String> INCIDENT_FACTS = incidentFactNames();

    private Vocabulary() {
    }

    /**
     * The names a condition on an incident may read: its fields (the declared {@code facts} map
     * aside, which rules read through the {@code Facts} pattern) and {@code repeat}.
     */
    public static List<String> incidentFacts() {
        return INCIDENT_FACTS;
    }

    private static List<String> incidentFactNames() {
        List<String> names = new java.util.ArrayList<>();
        for (java.lang.reflect.RecordComponent c : Incident.class.getRecordComponents()) {
            if (!c.getName().equals("facts") && !c.getName().equals("events")) {
                names.add(c.getName());
            }
        }
        names.add("repeat");
        return List.copyOf(names);
    }

    /** The names of an enum type's values, in declaration order. */
    public static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    /**
     * The known name a mistyped one most likely meant: one that differs only in case, or else the
     * nearest within two edits, or a quarter of its length for longer names (the first on a tie).
     */
    public static Optional<String> closest(String typed, Collection<String> known) {
        return closest(typed, known, false);
    }

    /**
     * The known name within two edits of a typed one, the nearest first; for names as long as rule
     * names, where a quarter of the length would take in names that are merely alike.
     */
    public static Optional<String> typoOf(String typed, Collection<String> known) {
        return closest(typed, known, true);
    }

    private static Optional<String> closest(String typed, Collection<String> known, boolean typosOnly) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = typed.toLowerCase(Locale.ROOT);
        for (String name : known) {
            int distance = editDistance(name.toLowerCase(Locale.ROOT), lower);
            int most = typosOnly ? MOST_EDITS : Math.max(MOST_EDITS, name.length() / 4);
            if (distance <= most && distance < bestDistance) {
                best = name;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code "; did you mean X?"} when a close name exists, else {@code "; allowed: A, B, C"}. */
    public static String hint(String typed, Collection<String> known) {
        return closest(typed, known).map(c -> "; did you mean " + c + "?")
                .orElse("; allowed: " + String.join(", ", known));
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    @SafeVarargs
    private static Map<String, Class<? extends Enum<?>>> types(Class<? extends Enum<?>>... types) {
        Map<String, Class<? extends Enum<?>>> byName = new LinkedHashMap<>();
        for (Class<? extends Enum<?>> type : types) {
            byName.put(type.getSimpleName(), type);
        }
        return java.util.Collections.unmodifiableMap(byName);
    }

    private static Map<String, Class<? extends Enum<?>>> fields() {
        Map<String, Class<? extends Enum<?>>> byField = new LinkedHashMap<>();
        byField.put("mistake", Mistake.class);
        byField.put("faultOwner", FaultOwner.class);
        byField.put("severity", Severity.class);
        byField.put("relationship", Relationship.class);
        byField.put("detectedBy", DetectedBy.class);
        byField.put("customerMood", CustomerMood.class);
        byField.put("deviceKind", DeviceKind.class);
        byField.put("otherKind", OtherKind.class);
        return java.util.Collections.unmodifiableMap(byField);
    }
}
