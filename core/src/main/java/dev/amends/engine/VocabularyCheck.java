package dev.amends.engine;

import dev.amends.model.Vocabulary;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.parser.antlr4.JavaLexer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private static final List<String> FACTS = Vocabulary.incidentFacts();
    /** The incident's names, which rules never see (they are filled into wordings afterwards). */
    private static final java.util.Set<String> NAMES = java.util.Set.of("id", "account", "contact", "rep", "product",
            "salutation", "contactRole");

    /** A misspelled name found, so that Drools' own report of it can be left out. */
    record Unknown(PlaybookProblem problem, String name) {
    }

    private VocabularyCheck() {
    }

    static List<Unknown> check(RuleFile file, RuleFileOutline outline, PlaybookVocabulary vocabulary) {
        List<Unknown> found = new ArrayList<>();
        Map<String, DeclaredFact> declaredTypes = new HashMap<>();
        vocabulary.facts().stream().filter(f -> f.kind() == DeclaredFact.Kind.VALUES).forEach(f -> declaredTypes.put(f.typeName(), f));
        for (RuleFileOutline.RuleOutline rule : outline.rules) {
            for (RuleFileOutline.PatternOutline pattern : outline.patterns(rule)) {
                if (pattern.isDeclaredFacts() && vocabulary.facts().isEmpty() && !vocabulary.faultyNames().isEmpty()) {
                    continue;
                }
                if (pattern.isDeclaredFacts() && vocabulary.facts().isEmpty()) {
                    found.add(new Unknown(problem(file, outline, pattern.offset(), "Facts holds the facts a folder declares in its "
                            + VocabularyFile.NAME + ", and this playbook declares none; declare them there, beside the rule files"),
                            DeclaredTypes.FACTS_TYPE));
                    continue;
                }
                for (RuleFileOutline.Constraint constraint : pattern.constraints()) {
                    constants(file, outline, constraint.tokens().tokens, declaredTypes, found);
                    if (pattern.isIncident()) {
                        incidentConstraint(file, outline, constraint, found);
                    } else if (pattern.isDeclaredFacts()) {
                        declaredFactsConstraint(file, outline, constraint, vocabulary, found);
                    }
                }
            }
            List<JavaTokens.Token> consequence = outline.consequence(rule);
            constants(file, outline, consequence, declaredTypes, found);
            namedVocabulary(file, outline, consequence, vocabulary, found);
        }
        return found;
    }

    /** Every {@code Type.NAME} of the vocabulary among the tokens whose {@code NAME} the type does not have. */
    private static void constants(RuleFile file, RuleFileOutline outline, List<JavaTokens.Token> tokens,
                                  Map<String, DeclaredFact> declaredTypes, List<Unknown> found) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            JavaTokens.Token type = tokens.get(i);
            JavaTokens.Token name = tokens.get(i + 2);
            Class<? extends Enum<?>> vocabulary = Vocabulary.TYPES.get(type.text());
            DeclaredFact declared = declaredTypes.get(type.text());
            boolean member = i > 0 && tokens.get(i - 1).is(JavaLexer.DOT);
            if (vocabulary == null && declared == null || member || !type.is(JavaLexer.IDENTIFIER) || !tokens.get(i + 1).is(JavaLexer.DOT)
                    || !name.is(JavaLexer.IDENTIFIER) || !CONSTANT_NAME.matcher(name.text()).matches()) {
                continue;
            }
            List<String> names = vocabulary != null ? Vocabulary.names(vocabulary) : declared.values();
            String what = vocabulary != null ? describe(vocabulary) : "value of " + declared.name();
            if (!names.contains(name.text())) {
                found.add(new Unknown(problem(file, outline, name.offset(), "unknown " + what + " "
                        + type.text() + "." + name.text() + Vocabulary.hint(name.text(), names)), name.text()));
            }
        }
    }

    /**
     * Every action, owner or thing to avoid a consequence names as text ({@code plan.step("SEND_LOANER_KIT", ...)},
     * {@code .by("CLINICAL_SPECIALIST")}, {@code plan.avoid("DISCUSS_PRICE", ...)}) that the vocabulary does not have.
     */
    private static void namedVocabulary(RuleFile file, RuleFileOutline outline, List<JavaTokens.Token> tokens,
                                        PlaybookVocabulary vocabulary, List<Unknown> found) {
        for (int i = 0; i + 3 < tokens.size(); i++) {
            if (!tokens.get(i).is(JavaLexer.DOT) || !tokens.get(i + 1).is(JavaLexer.IDENTIFIER)
                    || !tokens.get(i + 2).is(JavaLexer.LPAREN) || !tokens.get(i + 3).is(JavaLexer.STRING_LITERAL)) {
                continue;
            }
            String method = tokens.get(i + 1).text();
            boolean onPlan = i > 0 && tokens.get(i - 1).isName(PlaybookCompiler.PLAN_GLOBAL);
            List<String> known;
            String what;
            if (onPlan && (method.equals("step") || method.equals("drop"))) {
                known = vocabulary.actionNames();
                what = "action";
            } else if (onPlan && method.equals("avoid")) {
                known = vocabulary.avoidNames();
                what = "thing to avoid";
            } else if (!onPlan && method.equals("by")) {
                known = vocabulary.ownerNames();
                what = "owner";
            } else {
                continue;
            }
            JavaTokens.Token literal = tokens.get(i + 3);
            String name = literal.text().substring(1, literal.text().length() - 1);
            if (!known.contains(name) && !vocabulary.isFaulty(name)) {
                List<String> candidates = new ArrayList<>(known);
                candidates.addAll(vocabulary.faultyNames());
                found.add(new Unknown(problem(file, outline, literal.offset(), "unknown " + what + " \"" + name + "\""
                        + Vocabulary.hint(name, candidates) + " (declare your own in " + VocabularyFile.NAME + ")"), name));
            }
        }
    }

    /**
     * A constraint on the declared facts: each field it reads must be a declared fact; a fact of
     * listed values is compared with its constants, never with text; a whole number only at its
     * bands' edges, so that a whole-space check can stand for each band by one number.
     */
    private static void declaredFactsConstraint(RuleFile file, RuleFileOutline outline, RuleFileOutline.Constraint constraint,
                                                PlaybookVocabulary vocabulary, List<Unknown> found) {
        int[] cursor = {0};
        List<String> names = vocabulary.facts().stream().map(DeclaredFact::name).toList();
        for (BaseDescr part : constraint.parts()) {
            String read = part instanceof RelationalExprDescr r ? String.valueOf(r.getLeft())
                    : part instanceof BindingDescr b ? b.getExpression() : String.valueOf(part);
            String name = leadingName(read);
            Optional<DeclaredFact> fact = vocabulary.fact(name);
            if (FACT_NAME.matcher(name).matches() && fact.isEmpty() && !name.equals("this") && !vocabulary.isFaulty(name)) {
                found.add(new Unknown(problem(file, outline, constraint.offsetOf(name, cursor), "no fact \"" + name
                        + "\" is declared" + Vocabulary.hint(name, names)), name));
                continue;
            }
            if (fact.isEmpty() || !(part instanceof RelationalExprDescr relation) || !name.equals(read.strip())) {
                continue;
            }
            String operator = relation.getOperator();
            String value = String.valueOf(relation.getRight()).strip();
            DeclaredFact declared = fact.get();
            if (declared.kind() == DeclaredFact.Kind.VALUES && isStringLiteral(value)) {
                String unquoted = value.substring(1, value.length() - 1);
                String suggestion = declared.values().contains(unquoted) ? unquoted
                        : Vocabulary.closest(unquoted, declared.values()).orElse(declared.values().get(0));
                found.add(new Unknown(problem(file, outline, constraint.offsetOf(value, cursor), "this condition can never match: "
                        + name + " holds a value of " + declared.typeName() + ", which text never equals; write "
                        + declared.typeName() + "." + suggestion), unquoted));
            } else if (declared.kind() == DeclaredFact.Kind.WHOLE_NUMBER && value.matches("-?\\d+")) {
                long bound = Long.parseLong(value);
                if (!alignsWithBands(operator, bound, declared.bands())) {
                    found.add(new Unknown(problem(file, outline, constraint.offsetOf(name, cursor), name + " " + operator + " " + bound
                            + " tells apart numbers of one band; a rule may test " + name + " only where its bands ("
                            + declared.bandsInWords() + ") meet, such as " + name + " >= " + declared.bands().get(1)
                            + ", or declare another band edge in " + VocabularyFile.NAME), name));
                }
            }
        }
    }

    /** Whether the numbers a comparison with a bound accepts are whole bands, never part of one. */
    static boolean alignsWithBands(String operator, long bound, List<Integer> bands) {
        return switch (operator) {
            case ">=", "<" -> bound <= 0 || bands.contains((int) Math.min(bound, Integer.MAX_VALUE));
            case ">", "<=" -> bound < 0 || bands.contains((int) Math.min(bound + 1, Integer.MAX_VALUE));
            case "==", "!=" -> bound < 0 || bands.contains((int) Math.min(bound, Integer.MAX_VALUE))
                    && bands.contains((int) Math.min(bound + 1, Integer.MAX_VALUE));
            default -> false;
        };
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
            if (NAMES.contains(fact)) {
                found.add(new Unknown(problem(file, outline, constraint.offsetOf(fact, cursor), "this condition cannot depend on "
                        + fact + ": rules see no names, so an incident's " + fact + " is always empty to them; names only fill "
                        + "in wordings, as {" + (fact.equals("contactRole") ? "role" : fact) + "}"), fact));
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
