package dev.amends.playbook;

import dev.amends.model.Action;
import dev.amends.model.CustomerMood;
import dev.amends.model.FaultOwner;
import dev.amends.model.Mistake;
import dev.amends.api.RecoveryPlan;
import dev.amends.model.Timing;
import org.junit.jupiter.api.Test;

import static dev.amends.playbook.DefaultPlaybook.assertThatPlan;
import static dev.amends.playbook.DefaultPlaybook.incident;
import static dev.amends.playbook.DefaultPlaybook.plan;

/** Winning the relationship back once it is put right (relationship.drl). */
class RelationshipRulesTest {

    @Test
    void whereReferralsStoppedTheRepAsksForAnotherChanceOnceItIsPutRight() {
        RecoveryPlan plan = plan(incident().faultOwner(FaultOwner.UNKNOWN).referralsLost(true));

        assertThatPlan(plan).hasStepsInOrder(Action.FIX, Action.SHARE_PREVENTION, Action.ASK_FOR_ANOTHER_CHANCE)
                .step(Action.ASK_FOR_ANOTHER_CHANCE).wasAddedBy("Ask for another chance where referrals stopped")
                .hasTiming(Timing.WITHIN_TWO_WEEKS).wordingContains("another chance");
    }

    @Test
    void whereOurOwnSlipCostReferralsTheReportBackCallAsksForAnotherChance() {
        RecoveryPlan plan = plan(incident().referralsLost(true));

        assertThatPlan(plan).doesNotHaveSteps(Action.ASK_FOR_ANOTHER_CHANCE)
                .step(Action.SHARE_PREVENTION).wordingContains("ask them directly for another chance");
    }

    @Test
    void whileAnInvestigationIsOpenTheRepAsksForAnotherChanceOnlyOnceTheFindingsAreShared() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.DEFECTIVE_PRODUCT).faultOwner(FaultOwner.UNKNOWN).referralsLost(true));

        assertThatPlan(plan).hasStepsInOrder(Action.EXPLAIN_CAUSE, Action.ASK_FOR_ANOTHER_CHANCE)
                .step(Action.ASK_FOR_ANOTHER_CHANCE).wasAddedBy("Ask for another chance once the investigation is closed")
                .hasTiming(Timing.WHEN_INVESTIGATION_CLOSES).wordingContains("findings");
    }

    @Test
    void aLostAccountIsRevisitedEveryQuarterWithSomethingUsefulNeverAGift() {
        assertThatPlan(plan(incident().referralsLost(true))).step(Action.REVISIT_QUARTERLY)
                .wasAddedBy("Revisit a lost account every quarter").hasTiming(Timing.EVERY_QUARTER).wordingContains("never a gift");
    }

    @Test
    void anAccountThatStillRefersIsNotPutOnQuarterlyVisits() {
        assertThatPlan(plan(incident())).doesNotHaveSteps(Action.REVISIT_QUARTERLY, Action.ASK_FOR_ANOTHER_CHANCE);
    }

    @Test
    void afterAngerRapportIsRebuiltAMonthLaterPersonFirst() {
        assertThatPlan(plan(incident().customerMood(CustomerMood.ANGRY))).step(Action.REBUILD_RAPPORT)
                .wasAddedBy("Rebuild rapport after anger").hasTiming(Timing.AFTER_A_MONTH)
                .wordingContains("personal");
    }

    @Test
    void aLostAccountIsWonBackThroughTheQuarterlyVisitsPersonFirstNotASeparateRapportStep() {
        RecoveryPlan plan = plan(incident().customerMood(CustomerMood.ANGRY).referralsLost(true));

        assertThatPlan(plan).doesNotHaveSteps(Action.REBUILD_RAPPORT).step(Action.REVISIT_QUARTERLY).wordingContains("personal");
    }

    @Test
    void theOverlookedDecisionMakerIsKeptInEveryStepFromNowOn() {
        assertThatPlan(plan(incident().mistake(Mistake.OVERLOOKED_DECISION_MAKER))).step(Action.REBUILD_RAPPORT)
                .wasAddedBy("Build a relationship with the decision maker you overlooked").hasTiming(Timing.AFTER_A_MONTH)
                .wordingContains("decision maker you overlooked");
    }

    @Test
    void aCalmCustomerWhoStillRefersNeedsNoRapportRebuilt() {
        assertThatPlan(plan(incident())).doesNotHaveSteps(Action.REBUILD_RAPPORT);
    }
}
