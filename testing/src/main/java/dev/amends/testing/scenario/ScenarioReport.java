package dev.amends.testing.scenario;

import java.util.List;

/** The results of running a suite of scenarios, and the rule coverage they reached. */
public record ScenarioReport(List<ScenarioResult> results, RuleCoverage coverage) {

    public ScenarioReport {
        results = List.copyOf(results);
    }

    /** How many scenarios passed. */
    public int passed() {
        return (int) results.stream().filter(ScenarioResult::passed).count();
    }

    /** How many scenarios failed. */
    public int failed() {
        return results.size() - passed();
    }

    /** The failed scenarios' results. */
    public List<ScenarioResult> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }
}
