package dev.amends.cli;

import dev.amends.api.PlaybookRule;
import dev.amends.testing.scenario.RuleCoverage;
import dev.amends.testing.scenario.ScenarioReport;
import dev.amends.testing.scenario.ScenarioResult;

import java.util.List;

/**
 * Renders a scenario run: a {@code PASS} or {@code FAIL} line per scenario with where it is
 * written, each failure in full, the rule coverage, and a closing {@code N passed, M failed} line.
 */
final class ScenarioReportText {

    private ScenarioReportText() {
    }

    static String render(ScenarioReport report) {
        StringBuilder out = new StringBuilder();
        for (ScenarioResult result : report.results()) {
            out.append(result.passed() ? "PASS  " : "FAIL  ")
                    .append(TerminalText.name(result.scenario().file())).append(':').append(result.scenario().line())
                    .append("  ").append(TerminalText.name(result.scenario().name())).append('\n');
        }
        for (ScenarioResult failure : report.failures()) {
            out.append('\n').append(TerminalText.text(failure.describeFailure()));
            if (!failure.describeFailure().endsWith("\n")) {
                out.append('\n');
            }
        }
        coverage(report.coverage(), out);
        out.append('\n').append(report.passed()).append(" passed, ").append(report.failed()).append(" failed\n");
        return out.toString();
    }

    private static void coverage(RuleCoverage coverage, StringBuilder out) {
        List<RuleCoverage.RuleCount> rules = coverage.rules();
        out.append("\nRule coverage: ").append(coverage.covered()).append(" of ")
                .append(Amounts.count(rules.size(), "rule", "rules")).append(" fired in at least one scenario.\n");
        if (rules.isEmpty()) {
            return;
        }
        out.append("  scenarios  rule\n");
        for (RuleCoverage.RuleCount rule : rules) {
            out.append(String.format("  %9d  %s\n", rule.scenarios(), TerminalText.name(rule.rule().name())));
        }
        List<PlaybookRule> uncovered = coverage.uncovered();
        if (uncovered.isEmpty()) {
            out.append("Every rule fired in at least one scenario.\n");
            return;
        }
        out.append("Never fired (").append(uncovered.size()).append("):\n");
        for (PlaybookRule rule : uncovered) {
            out.append("  \"").append(TerminalText.name(rule.name())).append("\" (").append(TerminalText.name(rule.location())).append(")\n");
        }
    }
}
