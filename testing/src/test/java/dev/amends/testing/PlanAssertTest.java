package dev.amends.testing;

import dev.amends.model.Action;
import dev.amends.model.Avoid;
import dev.amends.model.FaultOwner;
import dev.amends.model.Owner;
import dev.amends.model.Phase;
import dev.amends.model.RecoveryPlan;
import dev.amends.model.Timing;
import org.junit.jupiter.api.Test;

import static dev.amends.testing.AmendsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanAssertTest {

    private static final RecoveryPlan PLAN = SmallPlaybook.advisor().recommend(SmallPlaybook.incident().contact("Dr. Lee").build());

    @Test
    void passesWhenThePlanMatches() {
        assertThat(PLAN)
                .hasSteps(Action.FIX, Action.APOLOGIZE)
                .doesNotHaveSteps(Action.EXPRESS_REGRET)
                .hasStepsInOrder(Action.APOLOGIZE, Action.TAKE_OWNERSHIP, Action.FIX, Action.FOLLOW_UP)
                .hasExactlySteps(Action.APOLOGIZE, Action.TAKE_OWNERSHIP, Action.FIX, Action.FOLLOW_UP)
                .avoids(Avoid.JOKE_ABOUT_IT)
                .doesNotAvoid(Avoid.BLAME_OTHERS);
        assertThat(PLAN).step(Action.TAKE_OWNERSHIP)
                .isInPhase(Phase.ACKNOWLEDGE)
                .isOwnedBy(Owner.REP)
                .wordingContains("Dr. Lee")
                .wordingDoesNotContain("{contact}")
                .wasAddedBy("Own it");
        assertThat(PLAN).step(Action.FOLLOW_UP).hasTiming(Timing.AFTER_A_WEEK);
    }

    @Test
    void aMissingStepFailsAndShowsTheWholePlan() {
        assertThatThrownBy(() -> assertThat(PLAN).hasSteps(Action.OFFER_REMEDY))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected the plan to have a OFFER_REMEDY step, but it has none")
                .hasMessageContaining("The plan:")
                .hasMessageContaining("TAKE_OWNERSHIP")
                .hasMessageContaining("[Fix it]");
    }

    @Test
    void anUnwantedStepFailsNamingItsRule() {
        assertThatThrownBy(() -> assertThat(PLAN).doesNotHaveSteps(Action.APOLOGIZE))
                .hasMessageContaining("step 1 is one (rule \"Say sorry when it was us\")");
    }

    @Test
    void aWrongOrderFailsNamingBothPositions() {
        assertThatThrownBy(() -> assertThat(PLAN).hasStepsInOrder(Action.FIX, Action.TAKE_OWNERSHIP))
                .hasMessageContaining("Expected FIX before TAKE_OWNERSHIP, but it is step 3 and TAKE_OWNERSHIP is step 2");
    }

    @Test
    void aWordingMismatchFailsQuotingTheWording() {
        assertThatThrownBy(() -> assertThat(PLAN).step(Action.TAKE_OWNERSHIP).wordingContains("sorry"))
                .hasMessageContaining("to say \"sorry\", but its wording is: I will fix it, Dr. Lee.");
    }

    @Test
    void aStepDetailMismatchFails() {
        assertThatThrownBy(() -> assertThat(PLAN).step(Action.FIX).isOwnedBy(Owner.LEADERSHIP))
                .hasMessageContaining("to be owned by LEADERSHIP, but it is owned by REP");
        assertThatThrownBy(() -> assertThat(PLAN).step(Action.FIX).wasAddedBy("Own it"))
                .hasMessageContaining("to come from rule \"Own it\", but it comes from \"Fix it\"");
    }

    @Test
    void avoidListMismatchesFail() {
        assertThatThrownBy(() -> assertThat(PLAN).avoids(Avoid.OVERPROMISE)).hasMessageContaining("OVERPROMISE");
        assertThatThrownBy(() -> assertThat(PLAN).doesNotAvoid(Avoid.JOKE_ABOUT_IT)).hasMessageContaining("JOKE_ABOUT_IT");
    }

    @Test
    void anotherIncidentGivesAnotherPlan() {
        RecoveryPlan companysFault = SmallPlaybook.advisor().recommend(SmallPlaybook.incident().faultOwner(FaultOwner.COMPANY).build());

        assertThat(companysFault).doesNotHaveSteps(Action.APOLOGIZE);
    }
}
