package dev.amends.testing.space;

import dev.amends.engine.RecoveryAdvisor;
import dev.amends.model.Incident;
import dev.amends.model.RecoveryPlan;

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
     * An advisor's plans. The incident carries the built-in facts; this version of the advisor
     * takes no other facts, so a space with other dimensions needs a planner of its own.
     */
    static Planner of(RecoveryAdvisor advisor) {
        Objects.requireNonNull(advisor, "advisor");
        return (incident, facts) -> {
            if (!facts.isEmpty()) {
                throw new IllegalStateException("the advisor takes no facts beyond the incident's, was given " + facts.keySet());
            }
            return advisor.recommend(incident);
        };
    }
}
