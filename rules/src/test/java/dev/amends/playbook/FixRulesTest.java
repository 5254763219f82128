package dev.amends.playbook;

import dev.amends.model.Action;
import dev.amends.model.DetectedBy;
import dev.amends.model.DeviceKind;
import dev.amends.model.FaultOwner;
import dev.amends.model.Incident;
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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fix itself, one per kind of mistake, each with the owner and the deadline its mistake needs
 * (fixes.drl). A medium-severity incident puts things right within three business days unless the
 * mistake needs it sooner.
 */
class FixRulesTest {

    @ParameterizedTest(name = "{0} by {1}: \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            WRONG_PRODUCT             | COMPANY     | Give them the delivery time for the right item                  | REP          | TODAY             | FIRST_CONTACT  | confirmed delivery time
            WRONG_PRODUCT             | THIRD_PARTY | Give them the delivery time for the right item                  | REP          | TODAY             | FIRST_CONTACT  | confirmed delivery time
            WRONG_PRODUCT             | REP         | Bring the right item yourself when you handed over the wrong one | REP          | WITHIN_THREE_DAYS | FOLLOW_THROUGH | yourself
            WRONG_PRODUCT             | CUSTOMER    | Help the customer get what they meant to order                  | REP          | TODAY             | FIRST_CONTACT  | before their stock of the right one runs out
            DEFECTIVE_PRODUCT         | UNKNOWN     | Say when the replacement will be there                          | REP          | TODAY             | FIRST_CONTACT  | service team confirmed
            INCORRECT_INFORMATION     | REP         | Correct the wrong information in writing today                  | REP          | TODAY             | FOLLOW_THROUGH | in writing
            FORGOTTEN_ITEM            | REP         | Say when the forgotten item will be there                       | REP          | TODAY             | FIRST_CONTACT  | will be with them
            MISSED_APPOINTMENT        | REP         | Rebook the appointment you missed, on their terms              | REP          | TODAY             | FIRST_CONTACT  | suits them
            MISSED_APPOINTMENT        | COMPANY     | Rebook a missed visit and make sure it happens                  | REP          | TODAY             | FIRST_CONTACT  | day before
            BILLING_ERROR             | COMPANY     | Bring the corrected invoice they are waiting for                | REP          | TODAY             | FIRST_CONTACT  | corrected invoice
            OVERLOOKED_DECISION_MAKER | REP         | Give the overlooked decision maker their say                    | REP          | TODAY             | FIRST_CONTACT  | pause any trial
            BROKEN_PROMISE            | REP         | Bring what you promised done                                    | REP          | TODAY             | FIRST_CONTACT  | what you promised, done
            BROKEN_PROMISE            | COMPANY     | Give them the date that is now confirmed                        | REP          | TODAY             | FIRST_CONTACT  | confirmed in writing
            LATE_DELIVERY             | THIRD_PARTY | Give them the confirmed arrival time                            | REP          | TODAY             | FIRST_CONTACT  | carrier
            LATE_DELIVERY             | CUSTOMER    | Help them find a delivery that reached their side               | REP          | TODAY             | FIRST_CONTACT  | proof of delivery
            UNANSWERED_REQUEST        | REP         | Bring the full answer to the first conversation                 | REP          | TODAY             | FIRST_CONTACT  | full answer
            OTHER                     | UNKNOWN     | Agree what putting it right looks like                          | REP          | WITHIN_THREE_DAYS | FOLLOW_THROUGH | Establish the facts
            """)
    void eachMistakeHasItsOwnFixOwnerAndDeadline(Mistake mistake, FaultOwner faultOwner, String rule, Owner owner,
                                                 Timing timing, Stage stage, String words) {
        RecoveryPlan plan = plan(incident().mistake(mistake).faultOwner(faultOwner));

        assertThatPlan(plan).step(Action.FIX).wasAddedBy(rule).isOwnedBy(owner).hasTiming(timing).wordingContains(words);
        assertThat(stage(plan, Action.FIX)).isEqualTo(stage);
        assertThat(plan.steps()).filteredOn(s -> s.action() == Action.FIX).as("one fix").hasSize(1);
    }

    @Test
    void anUnansweredRequestIsAnsweredInTheFirstConversationEvenWhenMinor() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.UNANSWERED_REQUEST).severity(Severity.LOW));

        assertThat(stage(plan, Action.FIX)).isEqualTo(Stage.FIRST_CONTACT);
        assertThatPlan(plan).step(Action.FIX).hasTiming(plan.respondWithin());
    }

    @Test
    void wrongInformationIsCorrectedTodayEvenWhenMinor() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.INCORRECT_INFORMATION).severity(Severity.LOW)
                .customerMood(dev.amends.model.CustomerMood.UPSET));

        assertThatPlan(plan).step(Action.FIX).hasTiming(Timing.TODAY);
    }

    @Test
    void aSmallWrongInformationAnsweredInWritingIsCorrectedInThatMessage() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.INCORRECT_INFORMATION).severity(Severity.LOW));

        assertThat(stage(plan, Action.FIX)).isEqualTo(Stage.FIRST_CONTACT);
        assertThatPlan(plan).step(Action.FIX).wasAddedBy("Put the correct information in the message itself")
                .wordingContains("in this message").wordingDoesNotContain("reimbursement support");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Mistake.class, names = {"WRONG_PRODUCT", "DEFECTIVE_PRODUCT", "FORGOTTEN_ITEM", "BILLING_ERROR",
            "BROKEN_PROMISE", "LATE_DELIVERY"})
    void whatTheCustomerRaisedAndIsWaitingOnIsSetMovingBeforeTheRepAnswersAndTheTimeGivenInTheConversation(Mistake mistake) {
        RecoveryPlan plan = plan(incident().mistake(mistake).faultOwner(FaultOwner.COMPANY).severity(Severity.MEDIUM));

        assertThatPlan(plan).step(Action.ARRANGE_FIX).hasTiming(Timing.IMMEDIATELY);
        assertThat(stage(plan, Action.ARRANGE_FIX)).isEqualTo(Stage.BEFORE_CONTACT);
        assertThat(stage(plan, Action.FIX)).isEqualTo(Stage.FIRST_CONTACT);
    }

    @ParameterizedTest(name = "{0} a patient needs: \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            WRONG_PRODUCT         | Give the arrival time and the latest time you will call the case off | FIRST_CONTACT  | confirmed
            LATE_DELIVERY         | Give the arrival time and the latest time you will call the case off | FIRST_CONTACT  | confirmed
            FORGOTTEN_ITEM        | Give the arrival time and the latest time you will call the case off | FIRST_CONTACT  | confirmed
            UNANSWERED_REQUEST    | Give them the answer they asked for, from the people who own it | FIRST_CONTACT | in writing today
            INCORRECT_INFORMATION | Correct our wrong information once the correction is approved | FIRST_CONTACT | current instructions for use
            OTHER                 | Help them act on the safety notice that missed them          | FOLLOW_THROUGH | confirmation of receipt
            """)
    void whenAPatientMayBeAffectedTheFixFitsThePatientsNeed(Mistake mistake, String rule, Stage stage, String words) {
        RecoveryPlan plan = plan(incident().mistake(mistake).faultOwner(FaultOwner.COMPANY).patientImpact(true));

        assertThatPlan(plan).step(Action.FIX).wasAddedBy(rule).wordingContains(words);
        assertThat(stage(plan, Action.FIX)).isEqualTo(stage);
        assertThat(plan.steps()).filteredOn(s -> s.action() == Action.FIX).as("one fix").hasSize(1);
    }

    @ParameterizedTest(name = "caught by {0}")
    @EnumSource(value = DetectedBy.class)
    void aPromiseTheRepBrokeIsDoneByTheRepBeforeTheConversationNotConfirmedAgainByOthers(DetectedBy detectedBy) {
        RecoveryPlan plan = plan(incident().mistake(Mistake.BROKEN_PROMISE).faultOwner(FaultOwner.REP).detectedBy(detectedBy));

        assertThatPlan(plan).step(Action.ARRANGE_FIX).wasAddedBy("Do what you promised yourself before you get in touch")
                .isOwnedBy(Owner.REP).hasTiming(Timing.IMMEDIATELY).wordingContains("do what you promised, yourself and now")
                .wordingContains("the one date by which you will have it done").wordingDoesNotContain("whoever has to deliver it");
        assertThatPlan(plan).step(Action.FIX).wasAddedBy("Bring what you promised done").wordingDoesNotContain("the person behind it");
        assertThat(stage(plan, Action.ARRANGE_FIX)).isEqualTo(Stage.BEFORE_CONTACT);
    }

    @ParameterizedTest(name = "caught by {0}")
    @EnumSource(value = DetectedBy.class)
    void aPromiseTheRepBrokeThatPatientsWaitOnIsStartedByTheRepAndGivenOneTimeEachTheyCanKeep(DetectedBy detectedBy) {
        RecoveryPlan plan = plan(incident().mistake(Mistake.BROKEN_PROMISE).faultOwner(FaultOwner.REP).detectedBy(detectedBy)
                .patientImpact(true));

        assertThatPlan(plan).step(Action.ARRANGE_FIX).wasAddedBy("Start on what you promised yourself before you call")
                .wordingContains("Start on what you promised now, yourself");
        assertThatPlan(plan).step(Action.FIX).wasAddedBy("Tell them what is done for each waiting patient, and one time you can keep for the rest")
                .wordingContains("one time each, that you can keep").wordingDoesNotContain("until the change is made")
                .wordingDoesNotContain("secured in its place");
    }

    @ParameterizedTest(name = "caught by {0}")
    @EnumSource(value = DetectedBy.class)
    void aPromiseOfTheCompanysIsStillConfirmedByWhoeverHasToDeliverIt(DetectedBy detectedBy) {
        RecoveryPlan plan = plan(incident().mistake(Mistake.BROKEN_PROMISE).faultOwner(FaultOwner.COMPANY).detectedBy(detectedBy));

        assertThatPlan(plan).step(Action.ARRANGE_FIX).wordingContains("by whoever has to deliver it")
                .wordingDoesNotContain("what you promised, yourself");
    }

    @Test
    void aRequestLeftUnansweredWhereAPatientMayBeAffectedIsAnsweredFromItsOwnersBeforeTheCall() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.UNANSWERED_REQUEST).faultOwner(FaultOwner.REP).severity(Severity.HIGH)
                .patientImpact(true));

        assertThatPlan(plan).step(Action.ARRANGE_FIX).wasAddedBy("Get what they asked for before you speak to them, from the people who own it")
                .hasTiming(Timing.IMMEDIATELY).wordingContains("a document from the current labelling")
                .wordingContains("from medical information or technical services").wordingContains("the time today the expert will call them")
                .wordingDoesNotContain("moved a patient to another supplier");
        assertThat(stage(plan, Action.ARRANGE_FIX)).isEqualTo(Stage.BEFORE_CONTACT);
        assertThatPlan(plan).step(Action.FIX).wordingContains("Send the documents or the answer to them in writing today")
                .wordingDoesNotContain("the supplier they now prefer");
    }

    @ParameterizedTest(name = "{0} let it slip")
    @EnumSource(value = FaultOwner.class, names = {"REP", "COMPANY"})
    void aRequestLeftUnansweredLeavesTheCustomerADirectLineAndANamedColleagueWhoeverLetItSlip(FaultOwner faultOwner) {
        assertThatPlan(plan(incident().mistake(Mistake.UNANSWERED_REQUEST).faultOwner(faultOwner)))
                .step(Action.FIX).wordingContains("your direct line and a named colleague for when you are away")
                .wordingDoesNotContain("whenever you are unavailable");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Mistake.class, names = {"WRONG_PRODUCT", "LATE_DELIVERY", "FORGOTTEN_ITEM"})
    void instrumentsAPatientsCaseWaitsOnArePromisedForWhenSterileProcessingHasThemReadyNotWhenTheyArrive(Mistake mistake) {
        RecoveryPlan plan = plan(incident().mistake(mistake).faultOwner(FaultOwner.COMPANY).patientImpact(true)
                .deviceKind(DeviceKind.INSTRUMENT_SET));

        assertThatPlan(plan).step(Action.FIX).wasAddedBy("Give the time the instruments will be ready for the case, not when they arrive")
                .wordingContains("ready for the case").wordingContains("sterile processing").wordingDoesNotContain("to be there");
        assertThat(stage(plan, Action.FIX)).isEqualTo(Stage.FIRST_CONTACT);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Mistake.class, names = {"WRONG_PRODUCT", "LATE_DELIVERY", "FORGOTTEN_ITEM", "BROKEN_PROMISE"})
    void theRescueOfInstrumentsAPatientsCaseWaitsOnHasSterileProcessingAgreeWhenTheyAreReady(Mistake mistake) {
        RecoveryPlan plan = plan(incident().mistake(mistake).faultOwner(FaultOwner.COMPANY).patientImpact(true)
                .deviceKind(DeviceKind.INSTRUMENT_SET));

        assertThatPlan(plan).step(Action.ARRANGE_FIX)
                .wasAddedBy("Start the instruments a patient's case waits on by another route, and agree with sterile processing when they are ready")
                .hasTiming(Timing.IMMEDIATELY).wordingContains("agree with them when they will be reprocessed and ready for the case");
    }

    @Test
    void instrumentsTheRepPromisedForAPatientsCaseAreStartedByTheRepInOneRescueWithTheirReadyTimeAgreedWithSterileProcessing() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.BROKEN_PROMISE).faultOwner(FaultOwner.REP).patientImpact(true)
                .deviceKind(DeviceKind.INSTRUMENT_SET));

        assertThatPlan(plan).step(Action.ARRANGE_FIX)
                .wasAddedBy("Start on the instruments you promised yourself, and agree with sterile processing when they are ready")
                .hasTiming(Timing.IMMEDIATELY).wordingContains("Start on what you promised now, yourself")
                .wordingContains("agree with them when they will be reprocessed and ready for the case");
        assertThat(plan.steps()).filteredOn(s -> s.action() == Action.ARRANGE_FIX).as("one rescue before the call").hasSize(1);
    }

    @Test
    void aForgottenInstrumentWithNoPatientWaitingIsStillPromisedForWhenItIsReadyAndTheSetChecked() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.FORGOTTEN_ITEM).faultOwner(FaultOwner.REP)
                .deviceKind(DeviceKind.INSTRUMENT_SET));

        assertThatPlan(plan).step(Action.FIX).wasAddedBy("Give the time the instruments will be ready for the case, not when they arrive")
                .wordingContains("count sheet");
    }

    @Test
    void aForgottenImplantAPatientWaitsOnComesSterileAndKeepsItsArrivalTime() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.FORGOTTEN_ITEM).faultOwner(FaultOwner.REP).patientImpact(true)
                .deviceKind(DeviceKind.IMPLANT));

        assertThatPlan(plan).step(Action.FIX).wasAddedBy("Give the arrival time and the latest time you will call the case off")
                .wordingDoesNotContain("sterile processing");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Severity.class, names = {"LOW", "HIGH"})
    void aReplacementUnitOfEquipmentIsAgreedWithWhoeverServicesItNotWithBiomedicalEngineersEveryAccountMayNotHave(Severity severity) {
        RecoveryPlan plan = plan(incident().mistake(Mistake.DEFECTIVE_PRODUCT).faultOwner(FaultOwner.UNKNOWN).severity(severity)
                .deviceKind(DeviceKind.EQUIPMENT));

        assertThat(plan.steps()).filteredOn(s -> s.wording().contains("replacement unit")).isNotEmpty()
                .allSatisfy(s -> assertThat(s.wording()).contains("whoever services their equipment (biomedical engineering, in a hospital)")
                        .doesNotContain("their biomedical engineers").doesNotContain("their own pool"))
                .allSatisfy(s -> assertThat(s.why()).doesNotContain("ward"));
    }

    @Test
    void theRepsOwnSlipThatMayReachAPatientIsPutRightAsRiskManagementAgreesWithNoSafetyNoticeTemplate() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.OTHER).faultOwner(FaultOwner.REP).patientImpact(true));

        assertThatPlan(plan).step(Action.FIX).wasAddedBy("Agree what putting it right means with risk management first")
                .wordingContains("risk management");
        assertThat(plan.steps()).noneMatch(s -> s.wording().contains("safety notice"));
    }

    @Test
    void aMissedVisitBySomeoneElseIsRebookedWithoutTheRepPromisingToBeThereEarly() {
        assertThatPlan(plan(incident().mistake(Mistake.MISSED_APPOINTMENT).faultOwner(FaultOwner.THIRD_PARTY)))
                .step(Action.FIX).wordingDoesNotContain("I'll be there early");
    }

    @ParameterizedTest(name = "{0}: fix {1}")
    @CsvSource({"HIGH, WITHIN_A_BUSINESS_DAY", "MEDIUM, WITHIN_THREE_DAYS", "LOW, WITHIN_A_WEEK"})
    void aFixWithoutADeadlineOfItsOwnIsDueWithinThePlansResolutionWindow(Severity severity, Timing timing) {
        assertThatPlan(plan(incident().mistake(Mistake.OTHER).faultOwner(FaultOwner.COMPANY).severity(severity)))
                .step(Action.FIX).hasTiming(timing);
    }

    /** A disclosure or an offer of value, the customer's own billing slip and a case waiting on an implant (review 15). */
    @org.junit.jupiter.api.Nested
    class MoneyAndCompliance {

        private Incident.Builder other(dev.amends.model.OtherKind kind, FaultOwner faultOwner, Severity severity) {
            return incident().mistake(Mistake.OTHER).otherKind(kind).faultOwner(faultOwner).severity(severity);
        }

        @ParameterizedTest(name = "{0} by {1} at {2}")
        @CsvSource({"INDUCEMENT, REP, MEDIUM", "INDUCEMENT, REP, LOW", "INDUCEMENT, COMPANY, HIGH", "INDUCEMENT, REP, HIGH"})
        void anOfferOfValueIsCancelledBeforeTheCallAndSaidWithdrawnInIt(dev.amends.model.OtherKind kind, FaultOwner faultOwner,
                                                                       Severity severity) {
            RecoveryPlan plan = plan(other(kind, faultOwner, severity));

            assertThatPlan(plan).step(Action.ARRANGE_FIX).wasAddedBy("Cancel what was offered before you call")
                    .hasTiming(Timing.IMMEDIATELY).wordingContains("ask no one to delete anything");
            assertThatPlan(plan).step(Action.FIX).wasAddedBy("Tell them the offer is withdrawn, in the words compliance cleared")
                    .wordingContains("the offer is withdrawn").wordingDoesNotContain("check the records, the count");
            assertThat(stage(plan, Action.FIX)).isEqualTo(Stage.FIRST_CONTACT);
            assertThat(plan.steps()).filteredOn(s -> s.action() == Action.FIX).as("one fix").hasSize(1);
        }

        @ParameterizedTest(name = "{0} by {1} at {2}")
        @CsvSource({"DISCLOSURE, COMPANY, HIGH", "DISCLOSURE, COMPANY, LOW", "DISCLOSURE, REP, MEDIUM", "DISCLOSURE, THIRD_PARTY, HIGH"})
        void aDisclosureHasItsRecipientAskedToDeleteItBeforeTheCallAndIsToldExactly(dev.amends.model.OtherKind kind,
                                                                                    FaultOwner faultOwner, Severity severity) {
            RecoveryPlan plan = plan(other(kind, faultOwner, severity));

            String deletion = faultOwner == FaultOwner.REP
                    ? "Delete what you sent from your own phone, and have whoever received it do the same, before you call"
                    : "Have whoever received it asked in writing to delete it before you call";
            assertThatPlan(plan).step(Action.ARRANGE_FIX).wasAddedBy(deletion)
                    .hasTiming(Timing.IMMEDIATELY).wordingContains("every copy");
            assertThatPlan(plan).step(Action.FIX)
                    .wasAddedBy("Tell them exactly what got out, and that its recipient was asked to delete it")
                    .wordingContains("which document or which figures").wordingContains("for legal and compliance to decide");
            assertThat(plan.steps()).filteredOn(s -> s.action() == Action.FIX).as("one fix").hasSize(1);
        }

        @Test
        void anotherMistakeThatFitsNoPatternKeepsTheFactsCheckedTogether() {
            assertThatPlan(plan(other(dev.amends.model.OtherKind.NOT_SAID, FaultOwner.COMPANY, Severity.HIGH)))
                    .step(Action.FIX).wasAddedBy("Agree what putting it right looks like");
        }

        @ParameterizedTest(name = "detected by {0}")
        @EnumSource(value = DetectedBy.class)
        void theCustomersOwnBillingSlipIsMatchedToTheContractNotCorrectedOnOurInvoice(DetectedBy detectedBy) {
            RecoveryPlan plan = plan(incident().mistake(Mistake.BILLING_ERROR).faultOwner(FaultOwner.CUSTOMER).detectedBy(detectedBy));

            assertThatPlan(plan).step(Action.ARRANGE_FIX)
                    .wasAddedBy("Have the contract price they should have ordered at confirmed before you get in touch")
                    .wordingContains("Our invoice stays as it is").wordingDoesNotContain("cancel or correct");
            assertThatPlan(plan).step(Action.FIX).wasAddedBy("Help their purchasing bring their order up to the contract price")
                    .wordingContains("contract price confirmation").wordingContains("only once it is approved")
                    .wordingDoesNotContain("corrected invoice");
            assertThat(plan.steps()).noneMatch(s -> s.wording().contains("cancel or correct the invoice")
                    || s.wording().contains("corrected invoice"));
        }

        @Test
        void theCustomersBillingSlipComingBackAgainGetsAStandingCheckWithTheirPurchasing() {
            RecoveryPlan plan = plan(incident().mistake(Mistake.BILLING_ERROR).faultOwner(FaultOwner.CUSTOMER).priorOccurrences(3));

            assertThatPlan(plan).step(Action.FIX)
                    .wasAddedBy("Agree a standing check with their purchasing when their billing slip keeps coming back")
                    .wordingContains("a month before it takes effect").wordingContains("one named person on each side")
                    .wordingDoesNotContain("corrected invoice");
        }

        @Test
        void aLateImplantACaseWaitsOnHasALatestTimeToCallItOffForTheSurgeon() {
            RecoveryPlan plan = plan(incident().mistake(Mistake.LATE_DELIVERY).faultOwner(FaultOwner.COMPANY).severity(Severity.HIGH)
                    .patientImpact(true).deviceKind(DeviceKind.IMPLANT));

            assertThatPlan(plan).step(Action.FIX)
                    .wasAddedBy("Give the arrival time and the latest time you will call the case off")
                    .wordingContains("the latest time at which you will either confirm it is there or tell them it will not make it")
                    .wordingContains("Offer to tell the physician or surgeon yourself");
            assertThatPlan(plan).step(Action.ARRANGE_FIX).wasAddedBy("Start the implant a patient's case waits on by another route")
                    .wordingDoesNotContain("wrong address");
        }

        @Test
        void aLateDisposableACaseWaitsOnHasALatestTimeToCallItOffToo() {
            assertThatPlan(plan(incident().mistake(Mistake.LATE_DELIVERY).faultOwner(FaultOwner.THIRD_PARTY).severity(Severity.HIGH)
                    .patientImpact(true).deviceKind(DeviceKind.DISPOSABLE)))
                    .step(Action.FIX).wasAddedBy("Give the arrival time and the latest time you will call the case off")
                    .wordingContains("the latest time at which you will either confirm it is there or tell them it will not make it")
                    .wordingContains("their OR or lab").wordingDoesNotContain("implant");
        }
    }

    /** Review 17 (n1): a hospital's price said aloud to another hospital's buyer. */
    @org.junit.jupiter.api.Nested
    class ReviewSeventeen {

        private Incident.Builder remark() {
            return incident().mistake(Mistake.OTHER).otherKind(dev.amends.model.OtherKind.DISCLOSURE)
                    .faultOwner(FaultOwner.REP).severity(Severity.LOW).detectedBy(DetectedBy.REP).saidAloud(true);
        }

        @Test
        void aRemarkSaidAloudIsLeftToComplianceToAskNotToBeUsedNotDeleted() {
            assertThatPlan(plan(remark()))
                    .step(Action.ARRANGE_FIX).wasAddedBy("Let compliance decide whether whoever heard it is asked not to use it, before you call")
                    .hasTiming(Timing.IMMEDIATELY).wordingContains("not to use what you said or pass it on")
                    .wordingDoesNotContain("delete").wordingDoesNotContain("copy");
        }

        @Test
        void aRemarkSaidAloudIsToldAsWhatWasSaidToWhomWithNoDeletionReported() {
            assertThatPlan(plan(remark()))
                    .step(Action.FIX).wasAddedBy("Tell them exactly what you said aloud, and to whom")
                    .wordingContains("said aloud, not sent").wordingContains("in the words compliance cleared")
                    .wordingDoesNotContain("delete");
        }

        @Test
        void harmFromARemarkIsStoppedThroughWhoeverHeardItNotByDeletion() {
            assertThatPlan(plan(incident().mistake(Mistake.OTHER).faultOwner(FaultOwner.REP).severity(Severity.HIGH).saidAloud(true)))
                    .step(Action.ARRANGE_FIX).wasAddedBy("Stop what is still causing harm before you call")
                    .wordingContains("not to use or repeat what was said").wordingDoesNotContain("delete it");
        }

        /** n4: a clinic billed twice for the same shipment, the second time. */
        private Incident.Builder billedTwice() {
            return incident().mistake(Mistake.BILLING_ERROR).faultOwner(FaultOwner.COMPANY).severity(Severity.MEDIUM)
                    .detectedBy(DetectedBy.CUSTOMER).customerMood(dev.amends.model.CustomerMood.ANGRY).priorOccurrences(1).spreadBeyondContact(true);
        }

        @Test
        void aDuplicateNotYetPaidIsVoidedAndOnlyWhatWasPaidIsTotalled() {
            assertThatPlan(plan(billedTwice()))
                    .step(Action.ARRANGE_FIX).wasAddedBy("Check every invoice the error touched before the first conversation")
                    .wordingContains("void any wrong or duplicate invoice not yet paid").wordingContains("total only what was paid in error");
        }

        @Test
        void whatWasPaidInErrorComesBackAsTheyChooseNotAsARefundAssumedPaid() {
            assertThatPlan(plan(billedTwice()))
                    .step(Action.FIX).wasAddedBy("Go through every corrected invoice and the refund with them")
                    .wordingContains("as a refund or as a credit on their next invoice").wordingDoesNotContain("the refund is paid");
        }

        @Test
        void aWrittenDisclosureMakesNoMentionOfACallInItsFix() {
            assertThatPlan(plan(remark().saidAloud(false)))
                    .step(Action.FIX).wasAddedBy("Tell them exactly what got out, and that its recipient was asked to delete it")
                    .wordingDoesNotContain("in this call");
        }
    }
}
