package dev.amends.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a rule that takes an incident's names into its own hands: a consequence that reads
 * {@code $i.contact()}, or a condition that binds {@code $c : contact}. A name concatenated into a
 * wording would be read again as a template, so a contact called {@code {rep}} would be expanded
 * and one called {@code {nope}} would fail the plan; placeholders insert names as written.
 */
final class NameUseCheck {

    private static final String NAMES = "contact|rep|account|product|id";
    private static final Pattern READ = Pattern.compile("\\.\\s*(" + NAMES + ")\\s*\\(\\s*\\)");
    private static final Pattern BOUND = Pattern.compile("(\\$\\w+)\\s*:\\s*(" + NAMES + ")\\b(?!\\s*\\()");

    private NameUseCheck() {
    }

    static List<PlaybookProblem> check(RuleFile file, RuleFileOutline outline) {
        String code = outline.code();
        List<PlaybookProblem> problems = new ArrayList<>();
        for (RuleFileOutline.RuleOutline rule : outline.rules) {
            int[] conditions = outline.conditionsSpan(rule);
            Matcher bound = BOUND.matcher(code).region(conditions[0], conditions[1]);
            while (bound.find()) {
                problems.add(problem(file, outline, rule, bound.start(2),
                        "binds the incident's " + bound.group(2) + " to " + bound.group(1) + "; " + advice(bound.group(2))));
            }
            if (rule.consequenceLine() > 0) {
                Matcher read = READ.matcher(code).region(outline.offsetOf(rule.consequenceLine()), outline.offsetOf(rule.endLine() + 1));
                while (read.find()) {
                    problems.add(problem(file, outline, rule, read.start(1),
                            "reads the incident's " + read.group(1) + "() in a consequence; " + advice(read.group(1))));
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
