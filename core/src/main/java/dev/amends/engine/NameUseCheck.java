package dev.amends.engine;

import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.parser.antlr4.JavaLexer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a rule that takes an incident's names into its own hands: a consequence that reads
 * {@code $i.contact()}, or a condition that binds {@code $c : contact}. A name concatenated into a
 * wording would be read again as a template, so a contact called {@code {rep}} would be expanded
 * and one called {@code {nope}} would fail the plan; placeholders insert names as written.
 */
final class NameUseCheck {

    private static final Set<String> NAMES = Set.of("contact", "rep", "account", "product", "id");

    private NameUseCheck() {
    }

    static List<PlaybookProblem> check(RuleFile file, RuleFileOutline outline) {
        List<PlaybookProblem> problems = new ArrayList<>();
        for (RuleFileOutline.RuleOutline rule : outline.rules) {
            for (RuleFileOutline.PatternOutline pattern : outline.patterns(rule)) {
                for (RuleFileOutline.Constraint constraint : pattern.constraints()) {
                    int[] cursor = {0};
                    for (BaseDescr part : constraint.parts()) {
                        if (part instanceof BindingDescr binding && NAMES.contains(binding.getExpression().strip())) {
                            String name = binding.getExpression().strip();
                            problems.add(problem(file, outline, rule, constraint.offsetOf(name, cursor),
                                    "binds the incident's " + name + " to " + binding.getVariable() + "; " + advice(name)));
                        }
                    }
                }
            }
            List<JavaTokens.Token> code = outline.consequence(rule);
            for (int i = 1; i + 2 < code.size(); i++) {
                JavaTokens.Token name = code.get(i);
                if (code.get(i - 1).is(JavaLexer.DOT) && name.is(JavaLexer.IDENTIFIER) && NAMES.contains(name.text())
                        && code.get(i + 1).is(JavaLexer.LPAREN) && code.get(i + 2).is(JavaLexer.RPAREN)) {
                    problems.add(problem(file, outline, rule, name.offset(),
                            "reads the incident's " + name.text() + "() in a consequence; " + advice(name.text())));
                }
            }
        }
        return problems;
    }

    private static String advice(String name) {
        return name.equals("id")
                ? "an id may hold any text and is not for wordings"
                : "write {" + name + "} in the wording instead, so the name is filled in as written";
    }

    private static PlaybookProblem problem(RuleFile file, RuleFileOutline outline, RuleFileOutline.RuleOutline rule,
                                           int offset, String message) {
        RuleFileOutline.Position at = outline.position(offset);
        return new PlaybookProblem(file.name(), at.line(), at.column(), Optional.of(rule.name()), message);
    }
}
