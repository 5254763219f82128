package dev.amends.engine;

import dev.amends.model.Vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what an analyst most often gets wrong in the vocabulary, beyond what Drools reports: a
 * misspelled name ({@code Action.APOLOGISE}), and a condition comparing a fact with a value it
 * can never hold ({@code severity == "SEVERE"}), which Drools accepts and which never matches.
 */
final class VocabularyCheck {

    private static final Pattern CONSTANT = Pattern.compile(
            "\\b(" + String.join("|", Vocabulary.TYPES.keySet()) + ")\\s*\\.\\s*([A-Z][A-Z0-9_]*)\\b");
    private static final Pattern COMPARED = Pattern.compile(
            "\\b(" + String.join("|", Vocabulary.INCIDENT_ENUM_FIELDS.keySet()) + ")\\s*(?:==|!=)\\s*\"([^\"]*)\"");
    private static final Pattern LISTED = Pattern.compile(
            "\\b(" + String.join("|", Vocabulary.INCIDENT_ENUM_FIELDS.keySet()) + ")\\s+(?:not\\s+)?in\\s*\\(([^)]*)\\)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern INCIDENT_PATTERN = Pattern.compile("\\bIncident\\s*\\(");
    private static final Pattern COMPARED_NAME = Pattern.compile(
            "(?<![.\\w$])([a-z][A-Za-z0-9_]*)\\s*(?:==|!=|<=|>=|<|>|\\s(?:not\\s+)?in\\b|\\smatches\\b)");
    private static final Pattern NEGATIVE_COUNT = Pattern.compile(
            "(?<![.\\w$])priorOccurrences\\s*(==|<=|<)\\s*(-?\\d+)\\b");
    private static final List<String> FACTS = facts();

    /** A misspelled name found, so that Drools' own report of it can be left out. */
    record Unknown(PlaybookProblem problem, String name) {
    }

    private VocabularyCheck() {
    }

    static List<Unknown> check(RuleFile file, RuleFileOutline outline) {
        String code = withoutComments(file.text());
        List<Unknown> found = new ArrayList<>();
        Matcher constant = CONSTANT.matcher(outline.code());
        while (constant.find()) {
            Class<? extends Enum<?>> type = Vocabulary.TYPES.get(constant.group(1));
            List<String> names = Vocabulary.names(type);
            String name = constant.group(2);
            if (!names.contains(name)) {
                found.add(new Unknown(problem(file, outline, constant.start(2),
                        "unknown " + describe(type) + " " + type.getSimpleName() + "." + name + Vocabulary.hint(name, names)), name));
            }
        }
        for (RuleFileOutline.RuleOutline rule : outline.rules) {
            int[] span = outline.conditionsSpan(rule);
            int from = span[0];
            String conditions = code.substring(span[0], span[1]);
            Matcher compared = COMPARED.matcher(conditions);
            while (compared.find()) {
                neverMatching(file, outline, compared.group(1), compared.group(2), from + compared.start(2) - 1)
                        .ifPresent(found::add);
            }
            unknownFacts(file, outline, code, span).forEach(found::add);
            Matcher count = NEGATIVE_COUNT.matcher(conditions);
            while (count.find()) {
                long bound = Long.parseLong(count.group(2));
                boolean never = count.group(1).equals("<") ? bound <= 0 : bound < 0;
                if (never) {
                    found.add(new Unknown(problem(file, outline, from + count.start(), "priorOccurrences " + count.group(1) + " "
                            + bound + " can never match: priorOccurrences is 0 or more"), "priorOccurrences"));
                }
            }
            Matcher listed = LISTED.matcher(conditions);
            while (listed.find()) {
                Matcher value = QUOTED.matcher(listed.group(2));
                while (value.find()) {
                    neverMatching(file, outline, listed.group(1), value.group(1), from + listed.start(2) + value.start())
                            .ifPresent(found::add);
                }
            }
        }
        return found;
    }

    /** Names compared inside an {@code Incident( ... )} pattern that are not facts of an incident. */
    private static List<Unknown> unknownFacts(RuleFile file, RuleFileOutline outline, String code, int[] span) {
        List<Unknown> found = new ArrayList<>();
        String masked = outline.code();
        Matcher pattern = INCIDENT_PATTERN.matcher(masked).region(span[0], span[1]);
        while (pattern.find()) {
            int close = closingParenthesis(masked, pattern.end() - 1, span[1]);
            Matcher name = COMPARED_NAME.matcher(masked).region(pattern.end(), close);
            while (name.find()) {
                String fact = name.group(1);
                if (!FACTS.contains(fact) && !fact.equals("this")) {
                    found.add(new Unknown(problem(file, outline, name.start(1), "an incident has no fact \"" + fact + "\""
                            + Vocabulary.hint(fact, FACTS)), fact));
                }
            }
        }
        return found;
    }

    private static int closingParenthesis(String text, int open, int limit) {
        int depth = 0;
        for (int i = open; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return limit;
    }

    /** What a condition on an incident can read: its fields, and {@code repeat} from {@code isRepeat()}. */
    private static List<String> facts() {
        List<String> facts = new ArrayList<>();
        for (java.lang.reflect.RecordComponent c : dev.amends.model.Incident.class.getRecordComponents()) {
            facts.add(c.getName());
        }
        facts.add("repeat");
        return List.copyOf(facts);
    }

    private static Optional<Unknown> neverMatching(RuleFile file, RuleFileOutline outline, String field, String value, int offset) {
        Class<? extends Enum<?>> type = Vocabulary.INCIDENT_ENUM_FIELDS.get(field);
        List<String> names = Vocabulary.names(type);
        if (names.contains(value)) {
            return Optional.empty();
        }
        return Optional.of(new Unknown(problem(file, outline, offset, "this condition can never match: " + field
                + " has no value \"" + value + "\"" + Vocabulary.hint(value, names)), value));
    }

    private static PlaybookProblem problem(RuleFile file, RuleFileOutline outline, int offset, String message) {
        RuleFileOutline.Position at = outline.position(offset);
        return new PlaybookProblem(file.name(), at.line(), at.column(),
                outline.ruleAt(at.line()).map(RuleFileOutline.RuleOutline::name), message);
    }

    private static String describe(Class<? extends Enum<?>> type) {
        return switch (type.getSimpleName()) {
            case "Avoid" -> "avoid item";
            case "FaultOwner" -> "fault owner";
            case "CustomerMood" -> "customer mood";
            case "DetectedBy" -> "detectedBy value";
            default -> type.getSimpleName().toLowerCase(Locale.ROOT);
        };
    }

    /** The text with comments blanked out, line breaks and offsets kept. */
    static String withoutComments(String text) {
        return blank(text, true, false);
    }

    /** The text with comments and the insides of strings blanked out, line breaks and offsets kept. */
    static String withoutCommentsAndStrings(String text) {
        return blank(text, true, true);
    }

    private static String blank(String text, boolean comments, boolean strings) {
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != '"' && text.charAt(end) != '\n') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                if (strings) {
                    fill(out, i + 1, Math.min(end, text.length()));
                }
                i = end + 1;
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                int end = text.indexOf('\n', i);
                end = end < 0 ? text.length() : end;
                if (comments) {
                    fill(out, i, end);
                }
                i = end;
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
                if (comments) {
                    fill(out, i, end);
                }
                i = end;
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static void fill(StringBuilder out, int from, int to) {
        for (int k = from; k < to && k < out.length(); k++) {
            if (out.charAt(k) != '\n') {
                out.setCharAt(k, ' ');
            }
        }
    }
}
