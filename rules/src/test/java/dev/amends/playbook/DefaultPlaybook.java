package dev.amends.playbook;

import dev.amends.engine.RecoveryAdvisor;
import dev.amends.model.Action;
import dev.amends.model.CustomerMood;
import dev.amends.model.DetectedBy;
import dev.amends.model.FaultOwner;
import dev.amends.model.Incident;
import dev.amends.model.Mistake;
import dev.amends.model.RecoveryPlan;
import dev.amends.model.Relationship;
import dev.amends.model.Severity;
import dev.amends.model.Step;

import java.util.List;

/** The default playbook, built once for all rule tests, and a plain incident to vary. */
final class DefaultPlaybook {

    static final RecoveryAdvisor ADVISOR = RecoveryAdvisor.withDefaultPlaybook();

    private DefaultPlaybook() {
    }

    /** A missed appointment by the rep, of medium severity, with an established, calm customer who noticed it. */
    static Incident.Builder incident() {
        return Incident.builder()
                .mistake(Mistake.MISSED_APPOINTMENT)
                .faultOwner(FaultOwner.REP)
                .severity(Severity.MEDIUM)
                .relationship(Relationship.ESTABLISHED)
                .detectedBy(DetectedBy.CUSTOMER)
                .customerMood(CustomerMood.CALM);
    }

    static RecoveryPlan plan(Incident.Builder incident) {
        return ADVISOR.recommend(incident.build());
    }

    static Step step(RecoveryPlan plan, Action action) {
        return plan.step(action).orElseThrow(() -> new AssertionError(action + " missing from plan:\n" + describe(plan)));
    }

    static int position(RecoveryPlan plan, Action action) {
        return step(plan, action).order();
    }

    static String describe(RecoveryPlan plan) {
        StringBuilder out = new StringBuilder();
        for (Step s : plan.steps()) {
            out.append(s.order()).append(". ").append(s.action()).append(" (").append(s.timing()).append(", ")
                    .append(s.owner()).append(") by \"").append(s.rule()).append("\"\n");
        }
        out.append("avoid: ").append(plan.avoid().stream().map(a -> a.what().name()).toList());
        return out.toString();
    }

    static List<Action> actions(RecoveryPlan plan) {
        return plan.actions();
    }
}
