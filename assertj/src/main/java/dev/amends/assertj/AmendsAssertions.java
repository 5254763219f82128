package dev.amends.assertj;

import dev.amends.api.RecoveryPlan;
import dev.amends.testing.space.CheckReport;

/**
 * The entry point for assertions on plans and whole-space checks, in AssertJ style:
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

    /**
     * Assertions on this plan.
     *
     * @param plan the plan to check
     * @return assertions on the plan
     */
    public static PlanAssert assertThat(RecoveryPlan plan) {
        return new PlanAssert(plan);
    }

    /**
     * Assertions on this whole-space check, such as {@code assertThat(report).holdsEverywhere()}.
     *
     * @param report the report of a whole-space check
     * @return assertions on the report
     */
    public static CheckReportAssert assertThat(CheckReport report) {
        return new CheckReportAssert(report);
    }
}
