package dev.amends.testing.scenario;

import dev.amends.api.RecoveryPlan;
import dev.amends.testing.PlanListing;

import java.util.List;
import java.util.Map;

/**
 * What one scenario's plan was, which of its expectations failed, and which rules fired.
 *
 * @param failures one line per failed expectation: the expectation as written, its line, and why it failed
 * @param firings  how often each rule fired for this scenario's incident
 */
public record ScenarioResult(Scenario scenario, RecoveryPlan plan, List<String> failures, Map<String, Integer> firings) {

    public ScenarioResult {
        failures = List.copyOf(failures);
        firings = Map.copyOf(firings);
    }

    /** Whether every expectation held. */
    public boolean passed() {
        return failures.isEmpty();
    }

    /** A report of the failure for a person: each failed expectation, then the whole plan. */
    public String describeFailure() {
        StringBuilder out = new StringBuilder();
        out.append(scenario.file()).append(':').append(scenario.line()).append(": scenario \"")
                .append(scenario.name()).append("\" failed\n");
        failures.forEach(f -> out.append("  ").append(f).append('\n'));
        out.append("The plan:\n").append(PlanListing.of(plan));
        return out.toString();
    }
}
