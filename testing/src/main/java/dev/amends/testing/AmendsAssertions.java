package dev.amends.testing;

import dev.amends.model.RecoveryPlan;

/**
 * The entry point for assertions on plans, in AssertJ style:
 *
 * <pre>{@code
 * assertThat(advisor.recommend(incident))
 *         .hasStepsInOrder(Action.THANK_FOR_RAISING, Action.TAKE_OWNERSHIP)
 *         .avoids(Avoid.SORRY_FIRST_TO_ANGRY_CUSTOMER);
 * }</pre>
 */
public final class AmendsAssertions {

    private AmendsAssertions() {
    }

    /** Assertions on this plan. */
    public static PlanAssert assertThat(RecoveryPlan plan) {
        return new PlanAssert(plan);
    }
}
