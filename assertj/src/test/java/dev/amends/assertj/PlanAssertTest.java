package dev.amends.assertj;

import dev.amends.api.RecoveryAdvisor;
import dev.amends.model.Action;
import dev.amends.model.Avoid;
import dev.amends.model.FaultOwner;
import dev.amends.model.Incident;
import dev.amends.model.Mistake;
import dev.amends.model.Owner;
import dev.amends.model.Phase;
import dev.amends.api.RecoveryPlan;
import dev.amends.model.Relationship;
import dev.amends.model.Severity;
import dev.amends.model.Timing;
import org.junit.jupiter.api.Test;

import static dev.amends.assertj.AmendsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanAssertTest {

    /** Four steps, one of them only when the rep slipped, and one thing to avoid: enough for every assertion. */
    private static final RecoveryAdvisor ADVISOR = RecoveryAdvisor.builder().rules("assertions.drl", """
            package test.assertions;
            import dev.amends.model.*;
            global dev.amends.dsl.PlanDraft plan;

            rule "Own it"
            when Incident() then plan.step(Action.TAKE_OWNERSHIP, "I will fix it, {contact}.").because("ownership"); end
            rule "Fix it"
            when Incident() then plan.step(Action.FIX, "Fix the {product}.").because("fix"); end
            rule "Follow up"
            when Incident() then plan.step(Action.FOLLOW_UP, "Call back.").within(Timing.AFTER_A_WEEK).because("follow-up"); end
            rule "Say sorry when it was us"
            when Incident(faultOwner == FaultOwner.REP) then plan.step(Action.APOLOGIZE, "Sorry.").because("ours"); end
            rule "No jokes"
            when Incident() then plan.avoid(Avoid.JOKE_ABOUT_IT, "never"); end
            """).build();

    private static final RecoveryPlan PLAN = ADVISOR.recommend(incident(FaultOwner.REP));

    private static Incident incident(FaultOwner faultOwner) {
        return Incident.builder().mistake(Mistake.WRONG_PRODUCT).faultOwner(faultOwner)
                .severity(Severity.MEDIUM).relationship(Relationship.ESTABLISHED).contact("Dr. Lee").build();
    }

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
        RecoveryPlan companysFault = ADVISOR.recommend(incident(FaultOwner.COMPANY));

        assertThat(companysFault).doesNotHaveSteps(Action.APOLOGIZE);
    }
}
