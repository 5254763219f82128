package dev.amends.engine;

import dev.amends.model.Vocabulary;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.parser.antlr4.JavaLexer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds what an analyst most often gets wrong in the vocabulary, beyond what Drools reports: a
 * misspelled name ({@code Action.APOLOGISE}), and a condition comparing a fact with a value it
 * can never hold ({@code severity == "SEVERE"}), which Drools accepts and which never matches.
 */
final class VocabularyCheck {

    private static final Pattern CONSTANT_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern FACT_NAME = Pattern.compile("[a-z][A-Za-z0-9_]*");
    private static final List<String> FACTS = facts();

    /** A misspelled name found, so that Drools' own report of it can be left out. */
    record Unknown(PlaybookProblem problem, String name) {
    }

    private VocabularyCheck() {
    }

    static List<Unknown> check(RuleFile file, RuleFileOutline outline) {
        List<Unknown> found = new ArrayList<>();
        for (RuleFileOutline.RuleOutline rule : outline.rules) {
            for (RuleFileOutline.PatternOutline pattern : outline.patterns(rule)) {
                for (RuleFileOutline.Constraint constraint : pattern.constraints()) {
                    constants(file, outline, constraint.tokens().tokens, found);
                    if (pattern.isIncident()) {
                        incidentConstraint(file, outline, constraint, found);
                    }
                }
            }
            constants(file, outline, outline.consequence(rule), found);
        }
        return found;
    }

    /** Every {@code Type.NAME} of the vocabulary among the tokens whose {@code NAME} the type does not have. */
    private static void constants(RuleFile file, RuleFileOutline outline, List<JavaTokens.Token> tokens, List<Unknown> found) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            JavaTokens.Token type = tokens.get(i);
            JavaTokens.Token name = tokens.get(i + 2);
            Class<? extends Enum<?>> vocabulary = Vocabulary.TYPES.get(type.text());
            boolean member = i > 0 && tokens.get(i - 1).is(JavaLexer.DOT);
            if (vocabulary == null || member || !type.is(JavaLexer.IDENTIFIER) || !tokens.get(i + 1).is(JavaLexer.DOT)
                    || !name.is(JavaLexer.IDENTIFIER) || !CONSTANT_NAME.matcher(name.text()).matches()) {
                continue;
            }
            List<String> names = Vocabulary.names(vocabulary);
            if (!names.contains(name.text())) {
                found.add(new Unknown(problem(file, outline, name.offset(), "unknown " + describe(vocabulary) + " "
                        + vocabulary.getSimpleName() + "." + name.text() + Vocabulary.hint(name.text(), names)), name.text()));
            }
        }
    }

    /**
     * A constraint on an incident, as Drools' expression parser takes it apart: each field it
     * reads must be a fact of an incident, and each value it compares a field with must be one
     * the field can hold.
     */
    private static void incidentConstraint(RuleFile file, RuleFileOutline outline, RuleFileOutline.Constraint constraint,
                                           List<Unknown> found) {
        int[] cursor = {0};
        for (BaseDescr part : constraint.parts()) {
            String read = part instanceof RelationalExprDescr r ? String.valueOf(r.getLeft())
                    : part instanceof BindingDescr b ? b.getExpression() : String.valueOf(part);
            String fact = leadingName(read);
            boolean called = read.strip().startsWith(fact + "(");
            if (FACT_NAME.matcher(fact).matches() && !FACTS.contains(fact) && !fact.equals("this") && !called) {
                found.add(new Unknown(problem(file, outline, constraint.offsetOf(fact, cursor), "an incident has no fact \"" + fact
                        + "\"" + Vocabulary.hint(fact, FACTS)), fact));
                continue;
            }
            if (!(part instanceof RelationalExprDescr relation) || !fact.equals(read)) {
                continue;
            }
            String operator = relation.getOperator();
            String value = String.valueOf(relation.getRight()).strip();
            Class<? extends Enum<?>> type = Vocabulary.INCIDENT_ENUM_FIELDS.get(fact);
            if (type != null && (operator.equals("==") || operator.equals("!=")) && isStringLiteral(value)) {
                String unquoted = value.substring(1, value.length() - 1);
                int at = constraint.offsetOf(value, cursor);
                neverMatching(file, outline, fact, type, unquoted, at).ifPresent(found::add);
            } else if (fact.equals("priorOccurrences") && value.matches("-?\\d+")) {
                long bound = Long.parseLong(value);
                boolean never = switch (operator) {
                    case "<" -> bound <= 0;
                    case "==", "<=" -> bound < 0;
                    default -> false;
                };
                if (never) {
                    found.add(new Unknown(problem(file, outline, constraint.offsetOf(fact, cursor), "priorOccurrences " + operator + " "
                            + bound + " can never match: priorOccurrences is 0 or more"), "priorOccurrences"));
                }
            }
        }
    }

    /** The name an expression starts with: {@code contact} of {@code contact.orElse("")}. */
    private static String leadingName(String expression) {
        String e = expression.strip();
        int end = 0;
        while (end < e.length() && Character.isJavaIdentifierPart(e.charAt(end))) {
            end++;
        }
        return e.substring(0, end);
    }

    private static boolean isStringLiteral(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"");
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

    private static Optional<Unknown> neverMatching(RuleFile file, RuleFileOutline outline, String field,
                                                   Class<? extends Enum<?>> type, String value, int offset) {
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
}
