package dev.amends.playbook;

import dev.amends.model.Action;
import dev.amends.model.Avoid;
import dev.amends.model.CustomerMood;
import dev.amends.model.DetectedBy;
import dev.amends.model.FaultOwner;
import dev.amends.model.Mistake;
import dev.amends.api.RecoveryPlan;
import dev.amends.model.Severity;
import dev.amends.model.Stage;
import dev.amends.model.Timing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.amends.playbook.DefaultPlaybook.actions;
import static dev.amends.playbook.DefaultPlaybook.assertThatPlan;
import static dev.amends.playbook.DefaultPlaybook.incident;
import static dev.amends.playbook.DefaultPlaybook.plan;
import static dev.amends.playbook.DefaultPlaybook.stage;
import static dev.amends.playbook.DefaultPlaybook.step;
import static org.assertj.core.api.Assertions.assertThat;

/** How the first conversation opens (acknowledgement.drl). */
class AcknowledgementRulesTest {

    @ParameterizedTest(name = "caught by {0}: we open with the news")
    @EnumSource(value = DetectedBy.class, names = {"REP", "COMPANY"})
    void whenWeKnowFirstTheConversationOpensWithTheNews(DetectedBy detectedBy) {
        RecoveryPlan plan = plan(incident().mistake(Mistake.BILLING_ERROR).faultOwner(FaultOwner.COMPANY).detectedBy(detectedBy));

        assertThatPlan(plan).doesNotHaveSteps(Action.THANK_FOR_RAISING)
                .step(Action.REACH_OUT_FIRST).wasAddedBy("Tell them before they find out").wordingContains("before they");
        assertThat(actions(plan, Stage.FIRST_CONTACT)).as("the first thing said").startsWith(Action.REACH_OUT_FIRST);
    }

    @Test
    void whenSomeoneElseToldUsWeCallAtOnceAssumingTheyMayHaveHeard() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.WRONG_PRODUCT).faultOwner(FaultOwner.THIRD_PARTY)
                .detectedBy(DetectedBy.THIRD_PARTY));

        assertThatPlan(plan).doesNotHaveSteps(Action.THANK_FOR_RAISING)
                .step(Action.REACH_OUT_FIRST).wasAddedBy("Call at once when someone else told us").wordingContains("how it came to you");
        assertThat(actions(plan, Stage.FIRST_CONTACT)).startsWith(Action.REACH_OUT_FIRST);
    }

    @Test
    void aDefectOurQualityPeopleFoundIsAnnouncedWithTheApprovedMessage() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.DEFECTIVE_PRODUCT).faultOwner(FaultOwner.COMPANY)
                .detectedBy(DetectedBy.COMPANY));

        assertThatPlan(plan).hasStepsInOrder(Action.REFER_TO_REGULATORY, Action.REACH_OUT_FIRST)
                .step(Action.REACH_OUT_FIRST).wasAddedBy("Call with the approved message about a lot we found defective")
                .wordingContains("approved").wordingContains("which units were already used");
        assertThat(actions(plan, Stage.FIRST_CONTACT)).startsWith(Action.REACH_OUT_FIRST);
    }

    @ParameterizedTest(name = "{0} caught by us: call before they chase")
    @EnumSource(value = Mistake.class, names = {"MISSED_APPOINTMENT", "LATE_DELIVERY", "UNANSWERED_REQUEST"})
    void aMistakeTheyHaveAlreadyLivedThroughIsNotNewsToBreak(Mistake mistake) {
        RecoveryPlan plan = plan(incident().mistake(mistake).detectedBy(DetectedBy.REP));

        assertThatPlan(plan).step(Action.REACH_OUT_FIRST).wasAddedBy("Call before they have to chase you")
                .wordingContains("chase").wordingDoesNotContain("find out").wordingDoesNotContain("come across it");
    }

    @Test
    void whenWeKnowFirstThatAPatientMayBeAffectedWeCallAtOnceWithWhatIsKnownAndNot() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.INCORRECT_INFORMATION).faultOwner(FaultOwner.UNKNOWN)
                .detectedBy(DetectedBy.REP).patientImpact(true));

        assertThatPlan(plan).respondsWithin(Timing.WITHIN_AN_HOUR).doesNotHaveSteps(Action.DISCLOSE_WHAT_WE_KNOW)
                .step(Action.REACH_OUT_FIRST).wasAddedBy("Tell them at once when a patient may be affected")
                .wordingContains("do not know").wordingContains("guess");
        assertThat(actions(plan, Stage.FIRST_CONTACT)).startsWith(Action.QUARANTINE_PRODUCT, Action.REACH_OUT_FIRST);
    }

    @Test
    void whenWeCaughtOurOwnKnownSlipWeSayWhatWentWrongWithoutUnknownsOrWorry() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.WRONG_PRODUCT).faultOwner(FaultOwner.COMPANY)
                .detectedBy(DetectedBy.COMPANY).patientImpact(true).product("2.0 mm nails (2.5 mm ordered)"));

        assertThatPlan(plan).step(Action.REACH_OUT_FIRST).wasAddedBy("Tell them at once what we caught when a patient may be affected")
                .wordingContains("what went wrong").wordingDoesNotContain("do not know").wordingDoesNotContain("may have gone wrong");
        assertThatPlan(plan).step(Action.EXPRESS_REGRET).wordingContains("the wrong 2.0 mm nails when you needed the right one")
                .wordingDoesNotContain("worry").wordingDoesNotContain("may have affected");
    }

    @Test
    void aRepWhoseErrorMayHaveAffectedAPatientCallsAtOnceAndSaysWhatTheyGotWrong() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.INCORRECT_INFORMATION).faultOwner(FaultOwner.REP)
                .detectedBy(DetectedBy.REP).patientImpact(true));

        assertThatPlan(plan).respondsWithin(Timing.WITHIN_AN_HOUR)
                .step(Action.REACH_OUT_FIRST).wasAddedBy("Tell them at once what you got wrong when a patient may be affected")
                .wordingContains("what you got wrong").wordingContains("Leave what it means for any patient to their clinical team");
    }

    @Test
    void aRepWhoseErrorTheCustomerRaisedSaysWhatTheyKnowOnceTheCustomerHasToldEverything() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.INCORRECT_INFORMATION).faultOwner(FaultOwner.REP).patientImpact(true));

        assertThatPlan(plan).doesNotHaveSteps(Action.REACH_OUT_FIRST)
                .hasStepsInOrder(Action.THANK_FOR_RAISING, Action.DISCLOSE_WHAT_WE_KNOW)
                .step(Action.DISCLOSE_WHAT_WE_KNOW).wasAddedBy("Say what you know when a patient may be affected by your error")
                .wordingContains("what you know of how it happened");
    }

    @Test
    void aRepWhoLeftARequestUnansweredWhereAPatientMayBeAffectedSaysSoPlainlyWithoutHedging() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.UNANSWERED_REQUEST).faultOwner(FaultOwner.REP).patientImpact(true));

        assertThatPlan(plan).step(Action.DISCLOSE_WHAT_WE_KNOW).wasAddedBy("Say plainly that you did not answer when a patient may be affected")
                .wordingContains("they asked you, and you did not answer").wordingDoesNotContain("what you know of how it happened")
                .wordingContains("Leave what it means for any patient to their clinical team");
    }

    @Test
    void aRequestOurPeopleLeftUnansweredWhereAPatientMayBeAffectedIsToldPlainlyNotAsAnUnknown() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.UNANSWERED_REQUEST).faultOwner(FaultOwner.COMPANY).patientImpact(true));

        assertThatPlan(plan).step(Action.DISCLOSE_WHAT_WE_KNOW).wasAddedBy("Say plainly that their request went unanswered with us")
                .wordingContains("their request reached us and nobody answered it").wordingDoesNotContain("what we do not know yet")
                .wordingDoesNotContain("nothing about fault").wordingContains("for their clinicians");
    }

    @Test
    void whenTheyRaisedAPatientIssueTheyAreThankedHeardAndToldWhatIsKnownAndWhatIsNot() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.DEFECTIVE_PRODUCT).faultOwner(FaultOwner.UNKNOWN)
                .customerMood(CustomerMood.UPSET).patientImpact(true));

        assertThatPlan(plan).doesNotHaveSteps(Action.REACH_OUT_FIRST)
                .hasStepsInOrder(Action.THANK_FOR_RAISING, Action.LISTEN_FIRST, Action.DISCLOSE_WHAT_WE_KNOW)
                .step(Action.DISCLOSE_WHAT_WE_KNOW).wasAddedBy("Say what we know and what we do not when a patient may be affected")
                .wordingContains("do not know");
        assertThat(stage(plan, Action.DISCLOSE_WHAT_WE_KNOW)).isEqualTo(Stage.FIRST_CONTACT);
    }

    @Test
    void anAngryCustomerWhoRaisedItHearsThanksBeforeAnythingElse() {
        RecoveryPlan plan = plan(incident().customerMood(CustomerMood.ANGRY).contact("Dr. Amara Osei"));

        assertThat(actions(plan, Stage.FIRST_CONTACT)).startsWith(Action.THANK_FOR_RAISING, Action.LISTEN_FIRST);
        assertThatPlan(plan).avoids(Avoid.SORRY_FIRST_TO_ANGRY_CUSTOMER)
                .step(Action.THANK_FOR_RAISING).wasAddedBy("Thank an angry customer for raising it before anything else")
                .wordingContains("Thank you").wordingContains("Dr. Osei");
    }

    @Test
    void anAngryCustomerWhoHeardTheNewsFromUsIsThankedForTheirFranknessAfterTheNews() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.WRONG_PRODUCT).faultOwner(FaultOwner.COMPANY)
                .detectedBy(DetectedBy.COMPANY).customerMood(CustomerMood.ANGRY));

        assertThatPlan(plan).hasStepsInOrder(Action.REACH_OUT_FIRST, Action.THANK_FOR_RAISING, Action.EXPRESS_REGRET)
                .step(Action.THANK_FOR_RAISING).wasAddedBy("Thank an angry customer for their frankness when we broke the news")
                .wordingDoesNotContain("bringing this");
    }

    @ParameterizedTest(name = "a {0} customer who raised it is thanked for it")
    @EnumSource(value = CustomerMood.class, names = {"CALM", "UPSET"})
    void aCustomerWhoRaisedItIsThankedForIt(CustomerMood mood) {
        RecoveryPlan plan = plan(incident().customerMood(mood));

        assertThatPlan(plan).doesNotHaveSteps(Action.REACH_OUT_FIRST)
                .step(Action.THANK_FOR_RAISING).wasAddedBy("Thank the customer for raising it").wordingContains("Thank you");
        assertThat(actions(plan, Stage.FIRST_CONTACT)).startsWith(Action.THANK_FOR_RAISING);
    }

    @ParameterizedTest(name = "a {0} customer is heard out before the apology")
    @EnumSource(value = CustomerMood.class, names = {"UPSET", "ANGRY"})
    void anUpsetOrAngryCustomerTellsTheWholeStoryBeforeTheApology(CustomerMood mood) {
        RecoveryPlan plan = plan(incident().customerMood(mood));

        assertThatPlan(plan).hasStepsInOrder(Action.LISTEN_FIRST, Action.APOLOGIZE, Action.TAKE_OWNERSHIP)
                .step(Action.LISTEN_FIRST).wasAddedBy("Let an upset customer tell the whole story first")
                .wordingContains("interrupt");
        assertThat(stage(plan, Action.LISTEN_FIRST)).isEqualTo(Stage.FIRST_CONTACT);
    }

    @Test
    void aCalmCustomerIsNotToldToBeListenedTo() {
        assertThatPlan(plan(incident())).doesNotHaveSteps(Action.LISTEN_FIRST);
    }

    @Test
    void spokenLinesAddressADoctorByTitleAndLastName() {
        RecoveryPlan plan = plan(incident().contact("Dr. Amara Osei"));

        assertThat(step(plan, Action.THANK_FOR_RAISING).wording()).contains("Dr. Osei").doesNotContain("Amara");
    }

    @Test
    void spokenLinesUseNoNameWhenTheContactHasNoTitleAndNoSalutationIsGiven() {
        RecoveryPlan plan = plan(incident().contact("Linda Fraser"));

        assertThat(step(plan, Action.THANK_FOR_RAISING).wording()).doesNotContain("Linda", "Fraser", "Doctor", ", .");
    }

    @Test
    void spokenLinesUseTheSalutationGiven() {
        RecoveryPlan plan = plan(incident().contact("Linda Fraser").salutation("Linda"));

        assertThat(step(plan, Action.THANK_FOR_RAISING).wording()).contains("Linda").doesNotContain("Fraser");
    }

    @Test
    void aMistakeAThirdPartyNoticedStillGetsAContactStep() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.LATE_DELIVERY).faultOwner(FaultOwner.THIRD_PARTY)
                .detectedBy(DetectedBy.THIRD_PARTY).severity(Severity.HIGH));

        assertThat(actions(plan, Stage.FIRST_CONTACT)).first().isEqualTo(Action.REACH_OUT_FIRST);
    }
}
