package dev.amends.playbook;

import dev.amends.model.Action;
import dev.amends.model.CustomerMood;
import dev.amends.model.Mistake;
import dev.amends.model.RecoveryPlan;
import dev.amends.model.Timing;
import org.junit.jupiter.api.Test;

import static dev.amends.playbook.DefaultPlaybook.incident;
import static dev.amends.playbook.DefaultPlaybook.plan;
import static dev.amends.playbook.DefaultPlaybook.position;
import static dev.amends.playbook.DefaultPlaybook.step;
import static org.assertj.core.api.Assertions.assertThat;

class RelationshipRulesTest {

    @Test
    void lostReferralsMeanAskingForAnotherChanceAndRevisitingQuarterly() {
        RecoveryPlan plan = plan(incident().referralsLost(true));

        assertThat(plan.actions()).contains(Action.ASK_FOR_ANOTHER_CHANCE, Action.REVISIT_QUARTERLY);
        assertThat(step(plan, Action.REVISIT_QUARTERLY).timing()).isEqualTo(Timing.EVERY_QUARTER);
    }

    @Test
    void askingForAnotherChanceComesLateAfterTheFixAndPrevention() {
        RecoveryPlan plan = plan(incident().referralsLost(true));

        assertThat(position(plan, Action.ASK_FOR_ANOTHER_CHANCE)).isGreaterThan(position(plan, Action.DOUBLE_CHECK_PLAN));
    }

    @Test
    void noPleadingForAnotherChanceWhenTheAccountIsStillOrdering() {
        RecoveryPlan plan = plan(incident().referralsLost(false));

        assertThat(plan.actions()).doesNotContain(Action.ASK_FOR_ANOTHER_CHANCE, Action.REVISIT_QUARTERLY);
    }

    @Test
    void rapportIsRebuiltAfterAnger() {
        assertThat(plan(incident().customerMood(CustomerMood.ANGRY)).has(Action.REBUILD_RAPPORT)).isTrue();
    }

    @Test
    void rapportIsRebuiltAfterLostReferrals() {
        assertThat(plan(incident().referralsLost(true)).has(Action.REBUILD_RAPPORT)).isTrue();
    }

    @Test
    void rapportIsRebuiltWithAnOverlookedDecisionMaker() {
        assertThat(plan(incident().mistake(Mistake.OVERLOOKED_DECISION_MAKER)).has(Action.REBUILD_RAPPORT)).isTrue();
    }

    @Test
    void noRapportCampaignForACalmCustomerStillOrdering() {
        assertThat(plan(incident()).has(Action.REBUILD_RAPPORT)).isFalse();
    }
}
