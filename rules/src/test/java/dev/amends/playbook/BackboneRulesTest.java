package dev.amends.playbook;

import dev.amends.model.Action;
import dev.amends.model.CustomerMood;
import dev.amends.model.FaultOwner;
import dev.amends.model.Mistake;
import dev.amends.model.Owner;
import dev.amends.api.RecoveryPlan;
import dev.amends.model.Severity;
import dev.amends.model.Stage;
import dev.amends.model.Timing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.amends.playbook.DefaultPlaybook.assertThatPlan;
import static dev.amends.playbook.DefaultPlaybook.incident;
import static dev.amends.playbook.DefaultPlaybook.plan;
import static dev.amends.playbook.DefaultPlaybook.stage;
import static dev.amends.playbook.DefaultPlaybook.wider;
import static org.assertj.core.api.Assertions.assertThat;

/** What every plan shares: prepare, own the fix, find the cause, close and follow up (backbone.drl). */
class BackboneRulesTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mistake.class)
    void everyPlanStartsBySeeingItFromTheCustomersSideBeforeAnyContact(Mistake mistake) {
        RecoveryPlan plan = plan(incident().mistake(mistake));

        assertThat(plan.steps().get(0).action()).isEqualTo(Action.SEE_CUSTOMER_VIEW);
        assertThatPlan(plan).step(Action.SEE_CUSTOMER_VIEW).wasAddedBy("See it from the customer's side first")
                .hasTiming(Timing.IMMEDIATELY).isOwnedBy(Owner.REP);
        assertThat(stage(plan, Action.SEE_CUSTOMER_VIEW)).isEqualTo(Stage.BEFORE_CONTACT);
    }

    @Test
    void withAPatientToThinkOfTheRepPreparesForThat() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.FORGOTTEN_ITEM).patientImpact(true));

        assertThat(plan.steps().get(0).action()).isEqualTo(Action.SEE_CUSTOMER_VIEW);
        assertThatPlan(plan).step(Action.SEE_CUSTOMER_VIEW)
                .wasAddedBy("See it from the side of a customer with a patient to think of").hasTiming(Timing.IMMEDIATELY)
                .wordingContains("patient");
    }

    @ParameterizedTest(name = "{0} at fault: \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            REP         | Own your own mistake and the fix                    | what I'm doing first
            COMPANY     | Own the fix when someone else erred                 | myself
            THIRD_PARTY | Own the fix when someone else erred                 | myself
            UNKNOWN     | Own the fix when someone else erred                 | myself
            CUSTOMER    | Help put it right when the customer's side slipped  | Let's get this sorted
            """)
    void theRepOwnsTheFixWhoeverCausedIt(FaultOwner faultOwner, String rule, String words) {
        RecoveryPlan plan = plan(wider().faultOwner(faultOwner));

        assertThatPlan(plan).hasStepsInOrder(Action.TAKE_OWNERSHIP, Action.FIX)
                .step(Action.TAKE_OWNERSHIP).wasAddedBy(rule).wordingContains(words);
        assertThat(stage(plan, Action.TAKE_OWNERSHIP)).isEqualTo(Stage.FIRST_CONTACT);
    }

    @Test
    void helpingWithTheCustomersOwnSlipSaysNothingAboutWhoseMistakeItWas() {
        assertThatPlan(plan(incident().faultOwner(FaultOwner.CUSTOMER))).step(Action.TAKE_OWNERSHIP)
                .wordingDoesNotContain("your mistake").wordingDoesNotContain("fault");
    }

    @Test
    void aSmallSlipWeCaughtWithNothingSetMovingYetIsOwnedWithoutClaimingItDone() {
        assertThatPlan(plan(incident().mistake(Mistake.INCORRECT_INFORMATION).faultOwner(FaultOwner.COMPANY).severity(Severity.LOW)
                .detectedBy(dev.amends.model.DetectedBy.COMPANY)))
                .step(Action.TAKE_OWNERSHIP).wasAddedBy("Own a small fix and confirm it")
                .wordingContains("Here's how I'll put it right").wordingDoesNotContain("already");
    }

    @Test
    void theRepsOwnMissedVisitTheyCaughtIsOwnedAsAFixStillToBeAgreed() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.MISSED_APPOINTMENT).faultOwner(FaultOwner.REP).severity(Severity.LOW)
                .detectedBy(dev.amends.model.DetectedBy.REP));

        assertThatPlan(plan).hasStepsInOrder(Action.TAKE_OWNERSHIP, Action.FIX)
                .step(Action.TAKE_OWNERSHIP).wasAddedBy("Own a small fix and confirm it").wordingDoesNotContain("in hand");
    }

    @Test
    void theRepsOwnershipGoesOnFromTheApologyWithoutASecondPromise() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.OVERLOOKED_DECISION_MAKER).faultOwner(FaultOwner.REP).severity(Severity.MEDIUM)
                .customerMood(CustomerMood.UPSET));

        assertThatPlan(plan).hasStepsInOrder(Action.APOLOGIZE, Action.TAKE_OWNERSHIP)
                .step(Action.APOLOGIZE).wordingContains("You have my word");
        assertThatPlan(plan).step(Action.TAKE_OWNERSHIP).wasAddedBy("Own your own mistake and the fix")
                .wordingDoesNotContain("myself").wordingDoesNotContain("my word").wordingContains("without promising again");
    }

    @Test
    void aSmallSlipWeCaughtAndAlreadyPutRightIsOwnedAsDone() {
        assertThatPlan(plan(incident().mistake(Mistake.BILLING_ERROR).faultOwner(FaultOwner.COMPANY).severity(Severity.LOW)
                .detectedBy(dev.amends.model.DetectedBy.COMPANY)))
                .step(Action.TAKE_OWNERSHIP).wasAddedBy("Own a small fix that is already done").wordingContains("put it right already")
                .wordingDoesNotContain("let you know");
    }

    @Test
    void aSmallSlipOfTheRepsOwnIsOwnedInASentence() {
        assertThatPlan(plan(incident().mistake(Mistake.MISSED_APPOINTMENT).faultOwner(FaultOwner.REP).severity(Severity.LOW)
                .customerMood(dev.amends.model.CustomerMood.UPSET)))
                .step(Action.TAKE_OWNERSHIP).wasAddedBy("Own a small slip of your own in a sentence")
                .wordingDoesNotContain("each step");
    }

    @Test
    void aSmallSlipOfTheRepsOwnAnsweredInWritingIsOwnedInTheMessageThatPutsItRight() {
        assertThatPlan(plan(incident().mistake(Mistake.MISSED_APPOINTMENT).faultOwner(FaultOwner.REP).severity(Severity.LOW)))
                .step(Action.TAKE_OWNERSHIP).wasAddedBy("Own a small slip of your own in the message that puts it right")
                .wordingContains("the same message").wordingDoesNotContain("Here is what I'm doing about it, and when");
    }

    @ParameterizedTest(name = "{0} at fault")
    @EnumSource(value = FaultOwner.class, names = {"REP", "COMPANY", "THIRD_PARTY", "UNKNOWN"})
    void aRepeatIsOwnedWithoutAPromise(FaultOwner faultOwner) {
        assertThatPlan(plan(incident().faultOwner(faultOwner).priorOccurrences(1)))
                .step(Action.TAKE_OWNERSHIP).wasAddedBy("Own a repeat without promising").wordingContains("what is being done, not a promise")
                .wordingDoesNotContain("not going to promise");
    }

    @Test
    void whenAPatientMayBeAffectedAndNobodyKnowsWhyTheRepCommitsToFindingOutNotToACause() {
        RecoveryPlan plan = plan(incident().faultOwner(FaultOwner.UNKNOWN).patientImpact(true));

        assertThatPlan(plan).step(Action.TAKE_OWNERSHIP).wasAddedBy("Commit to finding out when a patient may be affected")
                .wordingContains("Whatever the investigation finds").wordingDoesNotContain("Say what both of you");
    }

    @ParameterizedTest(name = "{0} at fault")
    @EnumSource(value = FaultOwner.class, names = {"COMPANY", "THIRD_PARTY", "CUSTOMER"})
    void whenAPatientMayBeAffectedTheRepOwnsTheFixWithoutRepeatingWhatTheDisclosureSaid(FaultOwner faultOwner) {
        RecoveryPlan plan = plan(incident().faultOwner(faultOwner).patientImpact(true));

        assertThatPlan(plan).step(Action.TAKE_OWNERSHIP).wasAddedBy("Own the fix and say what is known when a patient may be affected")
                .wordingContains("mine to see through").wordingDoesNotContain("what I know").wordingDoesNotContain("patient");
    }

    @Test
    void aRepWhoErredOwnsPuttingTheirPartRightWhenAPatientMayBeAffected() {
        assertThatPlan(plan(incident().mistake(Mistake.INCORRECT_INFORMATION).faultOwner(FaultOwner.REP).patientImpact(true)))
                .step(Action.TAKE_OWNERSHIP).wasAddedBy("Own your part when a patient may be affected")
                .wordingContains("keep you informed").wordingDoesNotContain("patient");
    }

    @Test
    void aDeviceUnderInvestigationIsOwnedAsACommitmentToTheInvestigationNotToACause() {
        assertThatPlan(plan(incident().mistake(Mistake.DEFECTIVE_PRODUCT).faultOwner(FaultOwner.UNKNOWN)))
                .step(Action.TAKE_OWNERSHIP).wasAddedBy("Commit to finding out about a device").wordingContains("won't guess");
    }

    @ParameterizedTest(name = "{0} by {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            WRONG_PRODUCT             | REP      | Find out how the wrong item was handed over   | REP          | WITHIN_THREE_DAYS
            LATE_DELIVERY             | COMPANY  | Find where the days were lost                 | REP          | WITHIN_A_WEEK
            FORGOTTEN_ITEM            | REP      | Find out how it dropped off the list          | REP          | WITHIN_A_WEEK
            INCORRECT_INFORMATION     | COMPANY  | Find where the wrong information came from    | REP          | WITHIN_THREE_DAYS
            BILLING_ERROR             | REP      | Trace your own billing slip back to the figures you gave | REP | WITHIN_A_WEEK
            MISSED_APPOINTMENT        | REP      | Find out how the appointment was missed       | REP          | WITHIN_A_WEEK
            UNANSWERED_REQUEST        | REP      | Find out where the request got stuck          | REP          | WITHIN_THREE_DAYS
            BROKEN_PROMISE            | COMPANY  | Find out how the promise came to be broken    | REP          | WITHIN_A_WEEK
            BROKEN_PROMISE            | REP      | Find out how your own promise slipped         | REP          | WITHIN_A_WEEK
            OVERLOOKED_DECISION_MAKER | REP      | Find out how the decision maker was missed    | REP          | WITHIN_A_WEEK
            OTHER                     | UNKNOWN  | Find out what went wrong                      | REP          | WITHIN_A_WEEK
            BILLING_ERROR             | CUSTOMER | Find out what made the customer's slip easy   | REP          | WITHIN_A_WEEK
            DEFECTIVE_PRODUCT         | UNKNOWN  | Complaint handling investigates a product complaint | COMPLAINT_UNIT | WHEN_INVESTIGATION_CLOSES
            WRONG_PRODUCT             | COMPANY  | Complaint handling investigates a product complaint | COMPLAINT_UNIT | WHEN_INVESTIGATION_CLOSES
            """)
    void eachKindOfMistakeHasItsOwnTrailToTheCause(Mistake mistake, FaultOwner faultOwner, String rule, Owner owner, Timing timing) {
        RecoveryPlan plan = plan(wider().mistake(mistake).faultOwner(faultOwner));

        assertThatPlan(plan).step(Action.FIND_ROOT_CAUSE).wasAddedBy(rule).isOwnedBy(owner).hasTiming(timing);
        assertThat(stage(plan, Action.FIND_ROOT_CAUSE)).isEqualTo(Stage.FOLLOW_THROUGH);
    }

    @Test
    void aPromiseTheRepHadToKeepThemselvesIsTracedToHowTheRepKeptTrackNotToATeamThatNeverAgreed() {
        assertThatPlan(plan(wider().mistake(Mistake.BROKEN_PROMISE).faultOwner(FaultOwner.REP))).step(Action.FIND_ROOT_CAUSE)
                .wordingContains("how you kept track of what you promised").wordingContains("anything else you have promised them")
                .wordingDoesNotContain("the team that had to deliver it");
    }

    @Test
    void aRepWhoBrokeTheirOwnPromiseOwnsItWithItDoneNotWithAnotherUndertaking() {
        assertThatPlan(plan(incident().mistake(Mistake.BROKEN_PROMISE).faultOwner(FaultOwner.REP).customerMood(CustomerMood.UPSET)))
                .hasStepsInOrder(Action.TAKE_OWNERSHIP, Action.FIX)
                .step(Action.TAKE_OWNERSHIP).wasAddedBy("Own your own promise with it kept, not promised again")
                .wordingContains("I've done what I could of it before coming to you").wordingDoesNotContain("starting now");
    }

    @Test
    void whatMadeTheCustomersSlipEasyIsFoundWithoutPointingAtAnyone() {
        assertThatPlan(plan(wider().mistake(Mistake.WRONG_PRODUCT).faultOwner(FaultOwner.CUSTOMER))).step(Action.FIND_ROOT_CAUSE)
                .wasAddedBy("Find out what made the customer's slip easy").wordingContains("Without pointing at anyone");
    }

    @Test
    void aPatientIssueWithNoKnownCauseIsReviewedByQualityAndRiskManagement() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.FORGOTTEN_ITEM).faultOwner(FaultOwner.UNKNOWN).patientImpact(true));

        assertThatPlan(plan).step(Action.FIND_ROOT_CAUSE).wasAddedBy("Quality and risk management review an unexplained patient issue")
                .isOwnedBy(Owner.RISK_MANAGEMENT).hasTiming(Timing.WHEN_INVESTIGATION_CLOSES).wordingContains("without opinion");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Mistake.class, names = {"WRONG_PRODUCT", "FORGOTTEN_ITEM", "MISSED_APPOINTMENT", "BILLING_ERROR"})
    void aRepsOwnModerateSlipNeedsNoInquiry(Mistake mistake) {
        assertThatPlan(plan(incident().mistake(mistake).faultOwner(FaultOwner.REP)))
                .doesNotHaveSteps(Action.FIND_ROOT_CAUSE).hasSteps(Action.DOUBLE_CHECK_PLAN);
    }

    @Test
    void aLotOurQualityPeopleFoundDefectiveIsInvestigatedByQuality() {
        assertThatPlan(plan(incident().mistake(Mistake.DEFECTIVE_PRODUCT).faultOwner(FaultOwner.COMPANY)
                .detectedBy(dev.amends.model.DetectedBy.COMPANY)))
                .step(Action.FIND_ROOT_CAUSE).wasAddedBy("Quality investigates a lot it found defective")
                .isOwnedBy(Owner.COMPLAINT_UNIT).hasTiming(Timing.WHEN_INVESTIGATION_CLOSES).wordingContains("units used");
    }

    @Test
    void theRepPassesOnWhatTheCustomerReportsAndAddsNoTheoryAboutADevice() {
        assertThatPlan(plan(incident().mistake(Mistake.DEFECTIVE_PRODUCT).faultOwner(FaultOwner.UNKNOWN)))
                .step(Action.FIND_ROOT_CAUSE).wordingContains("no theory");
    }

    @Test
    void aFirstMistakeOfOursClosesWithThanksForTheChanceOnceItIsPutRightAndExplained() {
        RecoveryPlan plan = plan(wider().faultOwner(FaultOwner.UNKNOWN));

        assertThatPlan(plan).hasStepsInOrder(Action.FIX, Action.EXPLAIN_CAUSE, Action.SHARE_PREVENTION, Action.THANK_FOR_UNDERSTANDING)
                .step(Action.THANK_FOR_UNDERSTANDING).wasAddedBy("Thank them for the chance to put it right")
                .hasTiming(Timing.WITHIN_TWO_WEEKS).wordingContains("chance");
    }

    @Test
    void aSecondTimeClosesWithThanksThatDoNotTakeTheirPatienceForGranted() {
        assertThatPlan(plan(incident().faultOwner(FaultOwner.COMPANY).priorOccurrences(1))).doesNotHaveSteps(Action.THANK_FOR_UNDERSTANDING)
                .step(Action.SHARE_PREVENTION).wasAddedBy("Show a repeat customer the change at work")
                .hasTiming(Timing.WITHIN_TWO_WEEKS).wordingContains("tested your patience");
    }

    @Test
    void theCustomersOwnSlipClosesAsPartnersWhoSolvedItTogether() {
        assertThatPlan(plan(wider().mistake(Mistake.WRONG_PRODUCT).faultOwner(FaultOwner.CUSTOMER)))
                .step(Action.THANK_FOR_UNDERSTANDING).wasAddedBy("Close by thanking them for working it through together")
                .wordingContains("working through this with me");
    }

    @Test
    void aComplaintUnderInvestigationClosesOnlyWhenTheInvestigationDoes() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.DEFECTIVE_PRODUCT).faultOwner(FaultOwner.UNKNOWN)
                .severity(Severity.HIGH));

        assertThatPlan(plan).doesNotHaveSteps(Action.THANK_FOR_UNDERSTANDING).step(Action.EXPLAIN_CAUSE)
                .wasAddedBy("Share the findings when the investigation closes").hasTiming(Timing.WHEN_INVESTIGATION_CLOSES)
                .wordingContains("thank them");
        assertThat(plan.steps().get(plan.steps().size() - 1).timing()).as("nothing is due after the closing but the later visits")
                .isIn(Timing.WHEN_INVESTIGATION_CLOSES, Timing.AFTER_A_MONTH, Timing.EVERY_QUARTER);
    }

    @Test
    void aWeekAfterTheFixTheRepChecksBackWhenNoReportBackCallIsDue() {
        RecoveryPlan plan = plan(wider().faultOwner(FaultOwner.UNKNOWN));

        assertThatPlan(plan).hasStepsInOrder(Action.FIX, Action.FOLLOW_UP)
                .step(Action.FOLLOW_UP).wasAddedBy("Check back a week after the fix").hasTiming(Timing.AFTER_A_WEEK);
    }

    @Test
    void theReportBackCallCarriesTheCheckInWhenItComesWithinTwoWeeks() {
        RecoveryPlan plan = plan(wider());

        assertThatPlan(plan).doesNotHaveSteps(Action.FOLLOW_UP)
                .step(Action.SHARE_PREVENTION).hasTiming(Timing.WITHIN_TWO_WEEKS).wordingContains("still not right");
    }

    @Test
    void aPatientIssueIsFollowedUpWithinADayAndUntilItIsClosed() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.FORGOTTEN_ITEM).patientImpact(true));

        assertThatPlan(plan).step(Action.FOLLOW_UP).wasAddedBy("Keep in touch until a patient issue is closed")
                .hasTiming(Timing.WITHIN_A_BUSINESS_DAY).wordingContains("nothing new");
        assertThat(plan.steps()).filteredOn(s -> s.action() == Action.FOLLOW_UP).hasSize(1);
    }

    @Test
    void followThroughStepsComeInTheOrderTheyFallDue() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.WRONG_PRODUCT).faultOwner(FaultOwner.COMPANY).severity(Severity.HIGH)
                .referralsLost(true));

        assertThat(plan.steps(Stage.FOLLOW_THROUGH)).extracting(s -> s.timing().hoursAfterReport(Timing.WITHIN_A_BUSINESS_DAY))
                .isSorted();
    }

    @Test
    void aPatternOfRepeatsIsOwnedBySayingWhoWillChangeIt() {
        assertThatPlan(plan(incident().mistake(Mistake.LATE_DELIVERY).faultOwner(FaultOwner.THIRD_PARTY).priorOccurrences(4)))
                .step(Action.TAKE_OWNERSHIP).wasAddedBy("Own a pattern by saying who will change it")
                .wordingContains("This keeps happening");
    }

    @Test
    void aWrongItemOurWarehouseCaughtIsTracedByTheWarehouse() {
        assertThatPlan(plan(incident().mistake(Mistake.WRONG_PRODUCT).faultOwner(FaultOwner.COMPANY).severity(Severity.HIGH)
                .detectedBy(dev.amends.model.DetectedBy.COMPANY)))
                .step(Action.FIND_ROOT_CAUSE).wasAddedBy("Have the warehouse trace a wrong item it caught")
                .isOwnedBy(Owner.SERVICE_TEAM).wordingContains("same stock");
    }

    @Test
    void aPatternIsClosedByThankingThemForStaying() {
        assertThatPlan(plan(incident().mistake(Mistake.BILLING_ERROR).faultOwner(FaultOwner.COMPANY).priorOccurrences(4)))
                .doesNotHaveSteps(Action.THANK_FOR_UNDERSTANDING)
                .step(Action.SHARE_PREVENTION).wasAddedBy("Have the leader who owns the change present it after a pattern")
                .wordingContains("staying with us");
    }
}
