package dev.amends.assertj;

import dev.amends.model.Owner;
import dev.amends.model.Phase;
import dev.amends.api.RecoveryPlan;
import dev.amends.api.Step;
import dev.amends.model.Timing;
import dev.amends.testing.PlanListing;
import org.assertj.core.api.AbstractAssert;

/** AssertJ assertions on one step of a plan; failures show the whole plan. */
public final class StepAssert extends AbstractAssert<StepAssert, Step> {

    private final RecoveryPlan plan;

    StepAssert(RecoveryPlan plan, Step actual) {
        super(actual, StepAssert.class);
        this.plan = plan;
    }

    /**
     * The step belongs to this phase.
     *
     * @param phase the phase expected
     * @return this, for more assertions on the step
     */
    public StepAssert isInPhase(Phase phase) {
        return check(actual.phase() == phase, "to be in phase " + phase + ", but it is in " + actual.phase());
    }

    /**
     * The step is due within this time.
     *
     * @param timing the timing expected
     * @return this, for more assertions on the step
     */
    public StepAssert hasTiming(Timing timing) {
        return check(actual.timing() == timing, "to have timing " + timing + ", but it is " + actual.timing());
    }

    /**
     * This person or team carries the step out.
     *
     * @param owner the owner expected
     * @return this, for more assertions on the step
     */
    public StepAssert isOwnedBy(Owner owner) {
        return check(actual.owner() == owner, "to be owned by " + owner + ", but it is owned by " + actual.owner());
    }

    /**
     * The step's wording contains this text (case-sensitive).
     *
     * @param text the text the wording must contain
     * @return this, for more assertions on the step
     */
    public StepAssert wordingContains(String text) {
        return check(actual.wording().contains(text), "to say \"" + text + "\", but its wording is: " + actual.wording());
    }

    /**
     * The step's wording does not contain this text (case-sensitive).
     *
     * @param text the text the wording must not contain
     * @return this, for more assertions on the step
     */
    public StepAssert wordingDoesNotContain(String text) {
        return check(!actual.wording().contains(text), "not to say \"" + text + "\", but its wording is: " + actual.wording());
    }

    /**
     * The step was recommended by the rule of this name.
     *
     * @param rule the name of the rule expected
     * @return this, for more assertions on the step
     */
    public StepAssert wasAddedBy(String rule) {
        return check(actual.rule().equals(rule), "to come from rule \"" + rule + "\", but it comes from \"" + actual.rule() + "\"");
    }

    /**
     * Back to assertions on the whole plan.
     *
     * @return assertions on the plan this step belongs to
     */
    public PlanAssert andPlan() {
        return new PlanAssert(plan);
    }

    private StepAssert check(boolean holds, String expectation) {
        if (!holds) {
            failWithMessage("Expected the %s step (step %d) %s%nThe plan:%n%s",
                    actual.action(), actual.order(), expectation, PlanListing.of(plan));
        }
        return this;
    }
}
