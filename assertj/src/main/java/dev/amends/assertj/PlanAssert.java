package dev.amends.assertj;

import dev.amends.model.Action;
import dev.amends.model.Avoid;
import dev.amends.model.Channel;
import dev.amends.api.RecoveryPlan;
import dev.amends.api.Step;
import dev.amends.model.Timing;
import dev.amends.testing.PlanListing;
import org.assertj.core.api.AbstractAssert;

import java.util.Arrays;
import java.util.List;

/**
 * AssertJ assertions on a recovery plan. Every failure message shows the whole plan, so a failing
 * test explains itself. Start with {@link AmendsAssertions#assertThat(RecoveryPlan)}.
 */
public final class PlanAssert extends AbstractAssert<PlanAssert, RecoveryPlan> {

    PlanAssert(RecoveryPlan actual) {
        super(actual, PlanAssert.class);
    }

    /**
     * The plan contains a step for each of these actions.
     *
     * @param actions the actions that must each have a step
     * @return this, for more assertions on the plan
     */
    public PlanAssert hasSteps(Action... actions) {
        isNotNull();
        for (Action action : actions) {
            if (!actual.has(action)) {
                failBecause("Expected the plan to have a " + action + " step, but it has none");
            }
        }
        return this;
    }

    /**
     * The plan contains no step for any of these actions.
     *
     * @param actions the actions that must have no step
     * @return this, for more assertions on the plan
     */
    public PlanAssert doesNotHaveSteps(Action... actions) {
        isNotNull();
        for (Action action : actions) {
            actual.step(action).ifPresent(s -> failBecause("Expected the plan to have no " + action
                    + " step, but step " + s.order() + " is one (rule \"" + s.rule() + "\")"));
        }
        return this;
    }

    /**
     * Each of these actions is in the plan, and they come in this order (other steps may come between).
     *
     * @param actions the actions, in the order expected
     * @return this, for more assertions on the plan
     */
    public PlanAssert hasStepsInOrder(Action... actions) {
        hasSteps(actions);
        for (int i = 1; i < actions.length; i++) {
            Step earlier = actual.step(actions[i - 1]).orElseThrow();
            Step later = actual.step(actions[i]).orElseThrow();
            if (earlier.order() >= later.order()) {
                failBecause("Expected " + actions[i - 1] + " before " + actions[i] + ", but it is step " + earlier.order()
                        + " and " + actions[i] + " is step " + later.order());
            }
        }
        return this;
    }

    /**
     * The plan's steps are exactly these actions, in this order.
     *
     * @param actions every step's action, in order
     * @return this, for more assertions on the plan
     */
    public PlanAssert hasExactlySteps(Action... actions) {
        isNotNull();
        if (!actual.actions().equals(List.of(actions))) {
            failBecause("Expected exactly the steps " + Arrays.toString(actions) + ", but they are " + actual.actions());
        }
        return this;
    }

    /**
     * Assertions on the step for this action, which must be in the plan.
     *
     * @param action the action of the step
     * @return assertions on that step
     */
    public StepAssert step(Action action) {
        hasSteps(action);
        return new StepAssert(actual, actual.step(action).orElseThrow());
    }

    /**
     * The plan tells the rep to avoid each of these.
     *
     * @param things what the plan must tell the rep to avoid
     * @return this, for more assertions on the plan
     */
    public PlanAssert avoids(Avoid... things) {
        isNotNull();
        for (Avoid what : things) {
            if (!actual.avoids(what)) {
                failBecause("Expected the plan to avoid " + what + ", but its avoid list does not name it");
            }
        }
        return this;
    }

    /**
     * The plan does not list any of these as things to avoid.
     *
     * @param things what the plan must not list
     * @return this, for more assertions on the plan
     */
    public PlanAssert doesNotAvoid(Avoid... things) {
        isNotNull();
        for (Avoid what : things) {
            if (actual.avoids(what)) {
                failBecause("Expected the plan not to list " + what + " among the things to avoid, but it does");
            }
        }
        return this;
    }

    /**
     * The first contact is due within this time.
     *
     * @param timing the time expected for the first contact
     * @return this, for more assertions on the plan
     */
    public PlanAssert respondsWithin(Timing timing) {
        isNotNull();
        if (actual.respondWithin() != timing) {
            failBecause("Expected first contact " + timing + ", but it is " + actual.respondWithin());
        }
        return this;
    }

    /**
     * The rep talks to the customer through this channel.
     *
     * @param channel the channel expected
     * @return this, for more assertions on the plan
     */
    public PlanAssert usesChannel(Channel channel) {
        isNotNull();
        if (actual.channel() != channel) {
            failBecause("Expected the channel " + channel + ", but it is " + actual.channel());
        }
        return this;
    }

    private void failBecause(String problem) {
        failWithMessage("%s%nThe plan:%n%s", problem, PlanListing.of(actual));
    }
}
