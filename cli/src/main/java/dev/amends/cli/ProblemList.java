package dev.amends.cli;

import dev.amends.api.PlaybookProblem;

import java.io.PrintWriter;
import java.util.List;

/** Prints the problems of rules that do not compile, one {@code file:line:column: message} line each. */
final class ProblemList {

    private ProblemList() {
    }

    /**
     * A heading saying which rules cannot be used and what to do, then each problem.
     *
     * @param rules what the heading calls the rules, such as "the rules" or "the AFTER rules (my-rules)"
     */
    static void printUnusable(PrintWriter out, String rules, List<PlaybookProblem> problems) {
        out.println("amends: " + rules + " cannot be used; fix "
                + (problems.size() == 1 ? "this problem" : "these " + problems.size() + " problems") + " and run again:");
        print(out, problems);
    }

    /** Each problem on a line of its own. */
    static void print(PrintWriter out, List<PlaybookProblem> problems) {
        problems.forEach(p -> out.println(describe(p)));
    }

    /** {@code file:line:column: rule "x": message} on one line; {@code file: message} where the line is not known. */
    static String describe(PlaybookProblem problem) {
        return Amounts.oneLine(problem.toString());
    }
}
