package dev.amends.vocabulary;

import dev.amends.model.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A fact a playbook folder declares in its {@code vocabulary.yaml}, beside the incident's built-in
 * ones: its name, what it holds, and what an incident may give for it. Rules read it from the
 * {@code Facts} pattern, as in {@code Facts( accountTier == AccountTier.STRATEGIC )}.
 */
public final class DeclaredFact {

    /** What a declared fact holds. */
    public enum Kind {
        /** One of a list of values, named in upper case; rules compare it with {@code Type.VALUE}. */
        VALUES,
        /** Yes or no; an incident gives {@code true} or {@code false}. */
        YES_NO,
        /** A whole number, 0 or more, that rules may only test at the edges of its declared bands. */
        WHOLE_NUMBER
    }

    private final String name;
    private final Kind kind;
    private final List<String> values;
    private final List<Integer> bands;
    private final Optional<Object> defaultValue;
    private final String about;
    private final String declaredAt;

    DeclaredFact(String name, Kind kind, List<String> values, List<Integer> bands, Optional<Object> defaultValue,
                 String about, String declaredAt) {
        this.name = name;
        this.kind = kind;
        this.values = List.copyOf(values);
        this.bands = List.copyOf(bands);
        this.defaultValue = defaultValue;
        this.about = about;
        this.declaredAt = declaredAt;
    }

    /** Its name, as incidents and rules write it, such as {@code accountTier}. */
    public String name() {
        return name;
    }

    /** What it holds. */
    public Kind kind() {
        return kind;
    }

    /** The values it may take, for a fact of {@link Kind#VALUES}; empty otherwise. */
    public List<String> values() {
        return values;
    }

    /**
     * Where its bands start, for a {@link Kind#WHOLE_NUMBER}: 0 and then each declared edge, so
     * {@code [0, 1, 10]} stands for 0, 1 to 9, and 10 or more. Empty for the other kinds.
     */
    public List<Integer> bands() {
        return bands;
    }

    /** The value an incident that does not give the fact has; empty when every incident must give it. */
    public Optional<Object> defaultValue() {
        return defaultValue;
    }

    /** What it means, as the vocabulary says; empty when it says nothing. */
    public String about() {
        return about;
    }

    /** Where it is declared, as {@code file:line}. */
    public String declaredAt() {
        return declaredAt;
    }

    /** The name of the Drools type that holds its values, for a fact of {@link Kind#VALUES}: {@code AccountTier} for {@code accountTier}. */
    public String typeName() {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * One value for each thing its rules can tell apart at most: every listed value, no and yes, or
     * the first number of each band. A whole-space check goes through these.
     */
    public List<Object> representatives() {
        return switch (kind) {
            case VALUES -> List.copyOf(values);
            case YES_NO -> List.of(false, true);
            case WHOLE_NUMBER -> List.copyOf(bands);
        };
    }

    /** What an incident may give for it, in words: "one of STRATEGIC, KEY, STANDARD". */
    public String allowed() {
        return switch (kind) {
            case VALUES -> "one of " + String.join(", ", values);
            case YES_NO -> "true or false";
            case WHOLE_NUMBER -> "a whole number, 0 or more";
        };
    }

    /** The bands in words: "0, 1 to 9, 10 or more". */
    public String bandsInWords() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            int from = bands.get(i);
            if (i + 1 == bands.size()) {
                words.add(from + " or more");
            } else {
                int to = bands.get(i + 1) - 1;
                words.add(from == to ? String.valueOf(from) : from + " to " + to);
            }
        }
        return String.join(", ", words);
    }

    /** Whether an incident may give this value for the fact. */
    public boolean fits(Object value) {
        return misfit(value).isEmpty();
    }

    /** Why an incident's value does not fit the fact; empty when it fits. */
    Optional<String> misfit(Object value) {
        return switch (kind) {
            case VALUES -> value instanceof String text && values.contains(text) ? Optional.empty()
                    : Optional.of("has no value " + shown(value) + (value instanceof String text
                    ? Vocabulary.hint(text, values) : "; allowed: " + String.join(", ", values)));
            case YES_NO -> value instanceof Boolean ? Optional.empty()
                    : Optional.of("is a yes/no fact: give true or false" + (value instanceof String ? " (not as text)" : "")
                    + ", not " + shown(value));
            case WHOLE_NUMBER -> value instanceof Integer number && number >= 0 ? Optional.empty()
                    : Optional.of("is a whole number, 0 or more" + (value instanceof String ? ", given as a number, not as text" : "")
                    + ": " + shown(value) + " does not fit");
        };
    }

    /** A value for a message: text quoted, escaped and cut short, so that the message stays one readable line. */
    private static String shown(Object value) {
        if (!(value instanceof String text)) {
            return String.valueOf(value);
        }
        String cut = text.length() > 60 ? text.substring(0, 60) + "..." : text;
        return "\"" + cut.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Override
    public String toString() {
        return name + " (" + allowed() + ")";
    }
}
