package dev.amends.testing.scenario;

import dev.amends.api.PlaybookRule;

import java.util.List;

/**
 * Which rules of a playbook a suite of scenarios made fire, and how often.
 *
 * @param rules every rule of the playbook, in name order, with its counts
 */
public record RuleCoverage(List<RuleCount> rules) {

    public RuleCoverage {
        rules = List.copyOf(rules);
    }

    /** The rules no scenario made fire. */
    public List<PlaybookRule> uncovered() {
        return rules.stream().filter(r -> r.scenarios() == 0).map(RuleCount::rule).toList();
    }

    /**
     * The coverage of some of the rules only, such as those of a folder layered on the default
     * playbook, whose own rules its own suite covers.
     */
    public RuleCoverage of(java.util.function.Predicate<PlaybookRule> which) {
        return new RuleCoverage(rules.stream().filter(r -> which.test(r.rule())).toList());
    }

    /** How many rules fired in at least one scenario. */
    public int covered() {
        return rules.size() - uncovered().size();
    }

    /**
     * One rule's counts.
     *
     * @param scenarios in how many scenarios it fired
     * @param firings   how often it fired in all
     */
    public record RuleCount(PlaybookRule rule, int scenarios, int firings) {
    }
}
