package dev.amends.compile;

import dev.amends.vocabulary.DeclaredFact;
import dev.amends.vocabulary.DeclaredTypes;
import dev.amends.api.PlaybookProblem;
import dev.amends.vocabulary.PlaybookVocabulary;
import dev.amends.vocabulary.VocabularyFile;
import dev.amends.model.*;
import org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.PackageDescr;
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
        typesTaken(file, outline, vocabulary, found);
        for (RuleFileOutline.RuleOutline rule : outline.rules) {
            for (RuleFileOutline.PatternOutline pattern : outline.patterns(rule)) {
                if (pattern.isDeclaredFacts() && vocabulary.facts().isEmpty() && (vocabulary.unread() || !vocabulary.faultyNames().isEmpty())) {
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

    /**
     * Every type a rule file declares ({@code declare Facts ... end}) that would hide one the
     * vocabulary generates: {@code Facts}, a declared fact's type, or any type of the package
     * the generated ones live in. Each is reported at its declaration and left out of the package
     * Drools builds, so that Drools does not report every rule it would have confused.
     */
    private static void typesTaken(RuleFile file, RuleFileOutline outline, PlaybookVocabulary vocabulary, List<Unknown> found) {
        PackageDescr pkg = outline.packageDescr();
        if (pkg == null) {
            return;
        }
        List<AbstractClassTypeDeclarationDescr> declared = new ArrayList<>(pkg.getTypeDeclarations());
        declared.addAll(pkg.getEnumDeclarations());
        boolean inGenerated = DeclaredTypes.PACKAGE.equals(pkg.getNamespace());
        for (AbstractClassTypeDeclarationDescr type : declared) {
            String name = type.getTypeName();
            Optional<DeclaredFact> fact = vocabulary.facts().stream().filter(f -> f.typeName().equals(name)).findFirst();
            String message;
            if (name.equals(DeclaredTypes.FACTS_TYPE)) {
                message = "Facts is the type that carries the declared facts; a rule file may not declare it (declare facts in "
                        + VocabularyFile.NAME + ")";
            } else if (fact.isPresent()) {
                message = name + " is the type that holds the values of the declared fact " + fact.get().name()
                        + "; a rule file may not declare it";
            } else if (inGenerated) {
                message = "package " + DeclaredTypes.PACKAGE + " holds the types generated from " + VocabularyFile.NAME
                        + "; a rule file may not declare a type in it (use a package of your own)";
            } else {
                continue;
            }
            int offset = Math.max(0, type.getStartCharacter());
            found.add(new Unknown(problem(file, outline, offset, message), name));
            // Left out of what Drools builds, so that the rules are checked against the generated types instead.
            pkg.getTypeDeclarations().remove(type);
            pkg.getEnumDeclarations().remove(type);
        }
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
            String read = withoutThis(part instanceof RelationalExprDescr r ? String.valueOf(r.getLeft())
                    : part instanceof BindingDescr b ? b.getExpression() : String.valueOf(part));
            String name = leadingName(read);
            Optional<DeclaredFact> fact = vocabulary.fact(name);
            if (FACT_NAME.matcher(name).matches() && fact.isEmpty() && !name.equals("this") && !vocabulary.isFaulty(name)) {
                found.add(new Unknown(problem(file, outline, constraint.offsetOf(name, cursor), "no fact \"" + name
                        + "\" is declared" + Vocabulary.hint(name, names)), name));
                continue;
            }
            if (misusedFact(file, outline, constraint, part, vocabulary, cursor, found)) {
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

    private static final Pattern COMPARISON = Pattern.compile("<|<=|>|>=|==|!=");
    private static final Pattern WHOLE = Pattern.compile("-?\\d+");

    /**
     * Whether a part reads a yes/no fact or a whole number in any other way than the ones whose
     * meaning is plain (and, for a number, that the whole-space check can cover): a yes/no fact by
     * itself, negated, or compared with true or false; a whole number compared with a whole number.
     * Drools would take {@code refersPatients == "yes"} as false, and {@code unitsAffected * 2 >= 10}
     * tells apart numbers of one band. Each such part is reported, naming the form allowed.
     */
    private static boolean misusedFact(RuleFile file, RuleFileOutline outline, RuleFileOutline.Constraint constraint, BaseDescr part,
                                       PlaybookVocabulary vocabulary, int[] cursor, List<Unknown> found) {
        String left = part instanceof RelationalExprDescr r ? withoutThis(String.valueOf(r.getLeft())).strip() : null;
        String right = part instanceof RelationalExprDescr r ? withoutThis(String.valueOf(r.getRight())).strip() : null;
        String whole = part instanceof RelationalExprDescr ? left + " " + right
                : withoutThis(part instanceof BindingDescr b ? b.getExpression() : String.valueOf(part)).strip();
        for (DeclaredFact fact : vocabulary.facts()) {
            String name = fact.name();
            if (fact.kind() == DeclaredFact.Kind.VALUES || !Pattern.compile("(?<![\\w$.])" + name + "(?![\\w$])").matcher(whole).find()) {
                continue;
            }
            boolean plain;
            String allowed;
            if (fact.kind() == DeclaredFact.Kind.YES_NO) {
                plain = part instanceof RelationalExprDescr relation
                        ? name.equals(left) && (relation.getOperator().equals("==") || relation.getOperator().equals("!="))
                        && (right.equals("true") || right.equals("false"))
                        : whole.equals(name) || whole.replaceAll("\\s+", "").equals("!" + name);
                allowed = name + " is yes or no: write Facts( " + name + " ) or Facts( !" + name + " ), or compare it with true "
                        + "or false (" + name + " == true); Drools reads text such as \"yes\" as false, so the rule would match "
                        + "the opposite case";
            } else {
                plain = part instanceof RelationalExprDescr relation && name.equals(left)
                        && COMPARISON.matcher(relation.getOperator()).matches() && WHOLE.matcher(right).matches();
                allowed = name + " is a whole number, which a rule tests only as " + name + " followed by <, <=, >, >=, == or != "
                        + "and a whole number at its bands' edges (" + fact.bandsInWords() + "), such as " + name + " >= "
                        + fact.bands().get(1) + ", so that every band stays whole";
            }
            if (!plain) {
                found.add(new Unknown(problem(file, outline, constraint.offsetOf(name, cursor), allowed), name));
                return true;
            }
        }
        return false;
    }

    /** The expression with {@code this.} left out where it reads a field: {@code this.x} reads x. */
    private static String withoutThis(String expression) {
        return expression.replaceAll("(?<![\\w$.])this\\s*\\.\\s*", "");
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
        return new Problem(file.name(), at.line(), at.column(),
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
