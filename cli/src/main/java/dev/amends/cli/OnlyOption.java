package dev.amends.cli;

import dev.amends.model.Vocabulary;
import dev.amends.testing.space.InputSpace;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --only FACT=VALUE[,VALUE...]} option of {@code check} and {@code diff}: a corner of the
 * space instead of all of it, such as the incidents of the one mistake an edit is about. Each fact
 * given keeps only the values listed; the facts not given keep all theirs.
 */
final class OnlyOption {

    static final String NAME = "--only";

    @Option(names = NAME, paramLabel = "FACT=VALUES",
            description = "Only the combinations where FACT takes one of VALUES (comma-separated); repeat it for "
                    + "more facts, such as --only mistake=OTHER --only otherKind=DISCLOSURE.")
    List<String> corners = new ArrayList<>();

    /** Whether a corner was asked for, rather than the whole space. */
    boolean given() {
        return !corners.isEmpty();
    }

    /**
     * The corner of {@code space} the option asks for ({@code space} itself without it).
     *
     * @throws BadInputException naming {@value #NAME} if a fact or value is not in the space, a fact is
     *                           given twice, or no combination is left
     */
    InputSpace of(InputSpace space) {
        Map<String, Set<Object>> kept = kept(space);
        InputSpace corner = space;
        for (Map.Entry<String, Set<Object>> fact : kept.entrySet()) {
            corner = corner.restrictedTo(fact.getKey(), fact.getValue());
        }
        return corner;
    }

    /** The corner as the user gave it, for the report's first line: {@code mistake=OTHER, otherKind=DISCLOSURE}. */
    String describe() {
        return TerminalText.name(String.join(", ", corners));
    }

    private Map<String, Set<Object>> kept(InputSpace space) {
        Map<String, InputSpace.Dimension> dimensionOf = new LinkedHashMap<>();
        space.dimensions().forEach(d -> d.fields().forEach(field -> dimensionOf.put(field, d)));
        Map<String, Set<Object>> kept = new LinkedHashMap<>();
        for (String corner : corners) {
            int equals = corner.indexOf('=');
            if (equals <= 0 || equals == corner.length() - 1) {
                throw new BadInputException(NAME, "\"" + corner + "\" is not FACT=VALUE[,VALUE...], such as severity=HIGH "
                        + "or mistake=WRONG_PRODUCT,LATE_DELIVERY");
            }
            String fact = corner.substring(0, equals).strip();
            InputSpace.Dimension dimension = dimensionOf.get(fact);
            if (dimension == null) {
                String hint = Vocabulary.closest(fact, dimensionOf.keySet()).map(f -> " (did you mean " + f + "?)").orElse("");
                throw new BadInputException(NAME, "no fact \"" + fact + "\"" + hint + "; the facts: "
                        + String.join(", ", dimensionOf.keySet()));
            }
            if (kept.containsKey(fact)) {
                throw new BadInputException(NAME, fact + " is given twice; list its values once, comma-separated");
            }
            List<Object> takes = dimension.values().stream().map(v -> valueOf(v, fact)).distinct().toList();
            Set<Object> values = new LinkedHashSet<>();
            for (String typed : corner.substring(equals + 1).split(",", -1)) {
                String wanted = typed.strip();
                Object value = takes.stream().filter(v -> String.valueOf(v).equalsIgnoreCase(wanted)).findFirst()
                        .orElseThrow(() -> new BadInputException(NAME, fact + " takes no value \"" + wanted + "\" here; it takes "
                                + String.join(", ", takes.stream().map(String::valueOf).toList())));
                values.add(value);
            }
            kept.put(fact, values);
        }
        // Facts carried by one dimension (the mistake and what an OTHER mistake was) may leave nothing between them.
        for (InputSpace.Dimension dimension : space.dimensions()) {
            boolean anyLeft = dimension.values().stream().anyMatch(v -> dimension.fields().stream()
                    .allMatch(field -> !kept.containsKey(field) || kept.get(field).contains(valueOf(v, field))));
            if (!anyLeft) {
                throw new BadInputException(NAME, "no combination has " + String.join(" and ", dimension.fields().stream()
                        .filter(kept::containsKey).map(field -> field + "=" + joined(kept.get(field))).toList())
                        + " (what an OTHER mistake was is said only of the mistake OTHER)");
            }
        }
        return kept;
    }

    private static Object valueOf(Object value, String fact) {
        return value instanceof Map<?, ?> fields ? fields.get(fact) : value;
    }

    private static String joined(Set<Object> values) {
        return String.join(",", values.stream().map(String::valueOf).toList());
    }
}
