package dev.amends.testing.space;

import dev.amends.api.RecoveryAdvisor;
import dev.amends.model.Incident;
import dev.amends.api.RecoveryPlan;

import java.util.Map;
import java.util.Objects;

/**
 * What a whole-space check or diff asks for each class of combinations: the plan for one
 * combination, given as its incident and the values of its dimensions of other fact types (an
 * organisation's declared facts, by name).
 */
@FunctionalInterface
public interface Planner {

    /** The plan for this combination. */
    RecoveryPlan plan(Incident incident, Map<String, Object> facts);

    /**
     * An advisor's plans. The incident carries the built-in facts and the declared ones; a declared
     * fact the advisor's playbook does not declare, or a value its declaration does not take (when a
     * diff compares playbooks of different vocabularies), is left out, so that it has its default.
     */
    static Planner of(RecoveryAdvisor advisor) {
        Objects.requireNonNull(advisor, "advisor");
        return (incident, facts) -> advisor.recommend(ownFacts(advisor, incident));
    }

    private static Incident ownFacts(RecoveryAdvisor advisor, Incident incident) {
        if (incident.facts().isEmpty()) {
            return incident;
        }
        Map<String, Object> own = new java.util.TreeMap<>();
        incident.facts().forEach((name, value) -> advisor.vocabulary().fact(name)
                .filter(fact -> fact.fits(value)).ifPresent(fact -> own.put(name, value)));
        return own.equals(incident.facts()) ? incident : incident.withFacts(own);
    }
}
