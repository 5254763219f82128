package dev.amends.testing.space;

import dev.amends.model.Action;
import dev.amends.api.RecoveryPlan;
import dev.amends.testing.SmallPlaybook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InvariantTest {

    private static final RecoveryPlan PLAN = SmallPlaybook.advisor().recommend(SmallPlaybook.incident().build());

    @Test
    void aPredicateThatHoldsReportsNoProblem() {
        Invariant fixed = Invariant.of("every plan has a fix", (incident, plan) -> plan.has(Action.FIX));

        assertThat(fixed.violation(PLAN.incident(), PLAN)).isEmpty();
    }

    @Test
    void aBrokenPredicateReportsThePlanItFailedFor() {
        Invariant remedied = Invariant.of("every plan has a remedy", (incident, plan) -> plan.has(Action.OFFER_REMEDY));

        assertThat(remedied.violation(PLAN.incident(), PLAN)).contains("the plan is APOLOGIZE, TAKE_OWNERSHIP, FIX, FOLLOW_UP; "
                + "first contact " + PLAN.respondWithin() + " by " + PLAN.channel());
    }

    @Test
    void anExplainedInvariantReportsTheProblemInItsOwnWords() {
        Invariant remedied = Invariant.explained("every plan has a remedy",
                (incident, plan) -> plan.has(Action.OFFER_REMEDY) ? null : "no OFFER_REMEDY after " + plan.actions().size() + " steps");

        assertThat(remedied.violation(PLAN.incident(), PLAN)).contains("no OFFER_REMEDY after 4 steps");
    }
}
