package dev.amends.playbook;

import dev.amends.model.Action;
import dev.amends.model.Avoid;
import dev.amends.model.Channel;
import dev.amends.model.CustomerMood;
import dev.amends.model.DetectedBy;
import dev.amends.model.FaultOwner;
import dev.amends.model.RecoveryPlan;
import dev.amends.model.Severity;
import dev.amends.model.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Set;

import static dev.amends.playbook.DefaultPlaybook.incident;
import static dev.amends.playbook.DefaultPlaybook.plan;
import static dev.amends.playbook.DefaultPlaybook.position;
import static dev.amends.playbook.DefaultPlaybook.step;
import static org.assertj.core.api.Assertions.assertThat;

class AcknowledgementRulesTest {

    private static final Set<Action> SPOKEN_ACKNOWLEDGEMENTS =
            Set.of(Action.THANK_FOR_RAISING, Action.TAKE_OWNERSHIP, Action.APOLOGIZE, Action.EXPRESS_REGRET);

    @ParameterizedTest
    @EnumSource(FaultOwner.class)
    void anAngryCustomerHearsThanksBeforeAnythingElse(FaultOwner faultOwner) {
        RecoveryPlan plan = plan(incident().faultOwner(faultOwner).customerMood(CustomerMood.ANGRY));

        Step first = plan.steps().stream().filter(s -> SPOKEN_ACKNOWLEDGEMENTS.contains(s.action())).findFirst().orElseThrow();
        assertThat(first.action()).isEqualTo(Action.THANK_FOR_RAISING);
        assertThat(first.rule()).isEqualTo("Thank an angry customer before anything else");
        assertThat(first.wording()).startsWith("Open with thanks").contains("Thank you");
    }

    @Test
    void anAngryCustomerStillGetsThePersonalApologyAfterTheThanks() {
        RecoveryPlan plan = plan(incident().faultOwner(FaultOwner.REP).customerMood(CustomerMood.ANGRY));

        assertThat(position(plan, Action.THANK_FOR_RAISING)).isLessThan(position(plan, Action.APOLOGIZE));
    }

    @Test
    void anAngryCustomerIsNotToldSorryFirst() {
        assertThat(plan(incident().customerMood(CustomerMood.ANGRY)).avoids(Avoid.SORRY_FIRST_TO_ANGRY_CUSTOMER)).isTrue();
        assertThat(plan(incident().customerMood(CustomerMood.UPSET)).avoids(Avoid.SORRY_FIRST_TO_ANGRY_CUSTOMER)).isFalse();
    }

    @Test
    void anAngryCustomerIsMetInPersonWithinFourHours() {
        RecoveryPlan plan = plan(incident().severity(Severity.LOW).customerMood(CustomerMood.ANGRY));

        assertThat(plan.channel()).isEqualTo(Channel.IN_PERSON);
        assertThat(plan.respondWithin()).isEqualTo(dev.amends.model.Timing.WITHIN_FOUR_HOURS);
    }

    @Test
    void aCalmCustomerWhoRaisedItIsThankedForIt() {
        RecoveryPlan plan = plan(incident().detectedBy(DetectedBy.CUSTOMER).customerMood(CustomerMood.CALM));

        assertThat(step(plan, Action.THANK_FOR_RAISING).rule()).isEqualTo("Thank the customer for raising it");
    }

    @ParameterizedTest
    @EnumSource(value = DetectedBy.class, names = {"REP", "COMPANY", "THIRD_PARTY"})
    void noThanksForRaisingWhatTheCustomerDidNotRaise(DetectedBy detectedBy) {
        assertThat(plan(incident().detectedBy(detectedBy)).has(Action.THANK_FOR_RAISING)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = DetectedBy.class, names = {"REP", "COMPANY"})
    void whenWeCatchItWeReachOutFirstWithTheResolution(DetectedBy detectedBy) {
        RecoveryPlan plan = plan(incident().detectedBy(detectedBy));

        Step reachOut = step(plan, Action.REACH_OUT_FIRST);
        assertThat(reachOut.wording()).contains("before they discover it").contains("resolution");
        assertThat(reachOut.order()).as("the first step after preparing").isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(value = DetectedBy.class, names = {"CUSTOMER", "THIRD_PARTY"})
    void noReachingOutFirstWhenTheCustomerAlreadyKnows(DetectedBy detectedBy) {
        assertThat(plan(incident().detectedBy(detectedBy)).has(Action.REACH_OUT_FIRST)).isFalse();
    }

    @Test
    void whenWeCatchItWeRespondTheSameDayEvenIfItIsMinor() {
        RecoveryPlan plan = plan(incident().severity(Severity.LOW).detectedBy(DetectedBy.COMPANY));

        assertThat(plan.respondWithin()).isEqualTo(dev.amends.model.Timing.TODAY);
        assertThat(step(plan, Action.REACH_OUT_FIRST).timing()).isEqualTo(dev.amends.model.Timing.TODAY);
    }
}
