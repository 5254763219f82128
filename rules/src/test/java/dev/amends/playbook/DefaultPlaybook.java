package dev.amends.playbook;

import dev.amends.assertj.AmendsAssertions;
import dev.amends.assertj.PlanAssert;
import dev.amends.api.Explanation;
import dev.amends.api.RecoveryAdvisor;
import dev.amends.model.Action;
import dev.amends.model.Avoid;
import dev.amends.api.Avoidance;
import dev.amends.model.CustomerMood;
import dev.amends.model.DetectedBy;
import dev.amends.model.FaultOwner;
import dev.amends.model.Incident;
import dev.amends.model.Mistake;
import dev.amends.api.RecoveryPlan;
import dev.amends.model.Relationship;
import dev.amends.model.Severity;
import dev.amends.model.Stage;
import dev.amends.api.Step;

import java.util.List;

/** The default playbook, built once for all rule tests, a plain incident to vary, and ways to look at its plans. */
final class DefaultPlaybook {

    static final RecoveryAdvisor ADVISOR = RecoveryAdvisor.withDefaultPlaybook();

    private DefaultPlaybook() {
    }

    /**
     * A missed appointment by the rep, of medium severity, with an established, calm customer who noticed it:
     * nothing about it is a product complaint, a patient case, a repeat or a matter for leadership.
     */
    static Incident.Builder incident() {
        return Incident.builder()
                .mistake(Mistake.MISSED_APPOINTMENT)
                .faultOwner(FaultOwner.REP)
                .severity(Severity.MEDIUM)
                .relationship(Relationship.ESTABLISHED)
                .detectedBy(DetectedBy.CUSTOMER)
                .customerMood(CustomerMood.CALM);
    }

    /**
     * The same missed appointment, but word of it has reached others at the practice: no longer a
     * moderate mistake closed in one report-back call, so the whole backbone applies.
     */
    static Incident.Builder wider() {
        return incident().spreadBeyondContact(true);
    }

    static RecoveryPlan plan(Incident.Builder incident) {
        return ADVISOR.recommend(incident.build());
    }

    static Explanation explain(Incident.Builder incident) {
        return ADVISOR.explain(incident.build());
    }

    /** Assertions on a plan that print the whole plan, each step with its rule, when they fail. */
    static PlanAssert assertThatPlan(RecoveryPlan plan) {
        return AmendsAssertions.assertThat(plan);
    }

    static Step step(RecoveryPlan plan, Action action) {
        return plan.step(action).orElseThrow(() -> new AssertionError(action + " missing from plan:\n" + describe(plan)));
    }

    static int position(RecoveryPlan plan, Action action) {
        return step(plan, action).order();
    }

    /** The stage of the step for this action, which must be in the plan. */
    static Stage stage(RecoveryPlan plan, Action action) {
        return step(plan, action).stage();
    }

    /** The actions of one stage, in order. */
    static List<dev.amends.model.ActionKind> actions(RecoveryPlan plan, Stage stage) {
        return plan.steps(stage).stream().map(Step::action).toList();
    }

    /** The avoid entry for this item, which must be in the plan. */
    static Avoidance avoidance(RecoveryPlan plan, Avoid what) {
        return plan.avoid().stream().filter(a -> a.what() == what).findFirst()
                .orElseThrow(() -> new AssertionError(what + " missing from the avoid list:\n" + describe(plan)));
    }

    static String describe(RecoveryPlan plan) {
        StringBuilder out = new StringBuilder();
        out.append("respond ").append(plan.respondWithin()).append(" by ").append(plan.channel()).append('\n');
        for (Step s : plan.steps()) {
            out.append(s.order()).append(". ").append(s.stage()).append(' ').append(s.action()).append(" (")
                    .append(s.timing()).append(", ").append(s.owner()).append(") by \"").append(s.rule()).append("\"\n");
        }
        out.append("avoid: ").append(plan.avoid().stream().map(a -> a.what().name()).toList());
        return out.toString();
    }
}
