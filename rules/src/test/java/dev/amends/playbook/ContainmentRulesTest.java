package dev.amends.playbook;

import dev.amends.model.Action;
import dev.amends.model.ActionKind;
import dev.amends.model.CustomerMood;
import dev.amends.model.DetectedBy;
import dev.amends.model.DeviceKind;
import dev.amends.model.FaultOwner;
import dev.amends.model.Mistake;
import dev.amends.model.OtherKind;
import dev.amends.model.Owner;
import dev.amends.api.RecoveryPlan;
import dev.amends.model.Severity;
import dev.amends.model.Stage;
import dev.amends.model.Timing;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.amends.playbook.DefaultPlaybook.actions;
import static dev.amends.playbook.DefaultPlaybook.assertThatPlan;
import static dev.amends.playbook.DefaultPlaybook.incident;
import static dev.amends.playbook.DefaultPlaybook.plan;
import static dev.amends.playbook.DefaultPlaybook.stage;
import static dev.amends.playbook.DefaultPlaybook.wider;
import static org.assertj.core.api.Assertions.assertThat;

/** Keeping the damage from spreading: complaint handling, risk, regulatory affairs, the device, and who else has heard (containment.drl). */
class ContainmentRulesTest {

    @ParameterizedTest(name = "{0}, respond {1}")
    @CsvSource({"LOW, WITHIN_A_BUSINESS_DAY", "HIGH, WITHIN_FOUR_HOURS", "CRITICAL, WITHIN_AN_HOUR"})
    void aProductComplaintReachesComplaintHandlingBeforeTheCustomerIsSpokenTo(Severity severity, Timing respond) {
        RecoveryPlan plan = plan(incident().mistake(Mistake.DEFECTIVE_PRODUCT).faultOwner(FaultOwner.UNKNOWN).severity(severity)
                .product("infusion pump"));

        assertThatPlan(plan).respondsWithin(respond).step(Action.ROUTE_COMPLAINT)
                .wasAddedBy("Report a product complaint to complaint handling at once")
                .hasTiming(Timing.IMMEDIATELY).isOwnedBy(Owner.REP).wordingContains("infusion pump").wordingContains("lot");
        assertThat(stage(plan, Action.ROUTE_COMPLAINT)).isEqualTo(Stage.BEFORE_CONTACT);
    }

    @Test
    void aComplaintIsRoutedBeforeItsFixIsArranged() {
        assertThatPlan(plan(incident().mistake(Mistake.WRONG_PRODUCT).faultOwner(FaultOwner.COMPANY)))
                .hasStepsInOrder(Action.ROUTE_COMPLAINT, Action.FIX);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Mistake.class, names = {"FORGOTTEN_ITEM", "INCORRECT_INFORMATION", "DEFECTIVE_PRODUCT"})
    void riskManagementHearsAtOnceBeforeTheCustomerIsSpokenToWhenAPatientMayBeAffected(Mistake mistake) {
        RecoveryPlan plan = plan(incident().mistake(mistake).faultOwner(FaultOwner.COMPANY).patientImpact(true));

        assertThatPlan(plan).step(Action.NOTIFY_RISK_MANAGEMENT)
                .wasAddedBy("Tell quality and risk management at once when a patient may be affected")
                .hasTiming(Timing.IMMEDIATELY).wordingContains("fault or compensation");
        assertThat(actions(plan, Stage.BEFORE_CONTACT)).contains(Action.NOTIFY_RISK_MANAGEMENT);
    }

    @Test
    void theDeviceAndItsLotAreQuarantinedInTheFirstConversation() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.DEFECTIVE_PRODUCT).faultOwner(FaultOwner.UNKNOWN).product("stapler"));

        assertThatPlan(plan).hasStepsInOrder(Action.TAKE_OWNERSHIP, Action.QUARANTINE_PRODUCT)
                .step(Action.QUARANTINE_PRODUCT).wasAddedBy("Ask them to set the device and its lot aside")
                .wordingContains("stapler").wordingContains("other units of the same lot where it has one").hasTiming(plan.respondWithin());
        assertThat(stage(plan, Action.QUARANTINE_PRODUCT)).isEqualTo(Stage.FIRST_CONTACT);
    }

    @Test
    void aWrongProductIsNotQuarantined() {
        assertThatPlan(plan(incident().mistake(Mistake.WRONG_PRODUCT).faultOwner(FaultOwner.COMPANY)))
                .doesNotHaveSteps(Action.QUARANTINE_PRODUCT);
    }

    @ParameterizedTest(name = "patientImpact={0}, priorOccurrences={1}")
    @CsvSource(delimiter = '|', textBlock = """
            true  | 0 | Flag a possible field action to regulatory affairs              | a patient was or could have been involved | happened before
            false | 1 | Flag a repeated failure to regulatory affairs                    | each earlier failure                      | patient
            true  | 2 | Flag a repeated failure that reached a patient to regulatory affairs | each earlier occurrence               | reached a patient
            """)
    void aDeviceFailureThatRecursOrTouchedAPatientGoesToRegulatoryAffairsInWordsThatFitWhatHappened(
            boolean patientImpact, int prior, String rule, String says, String doesNotSay) {
        RecoveryPlan plan = plan(incident().mistake(Mistake.DEFECTIVE_PRODUCT).faultOwner(FaultOwner.UNKNOWN)
                .patientImpact(patientImpact).priorOccurrences(prior));

        assertThatPlan(plan).step(Action.REFER_TO_REGULATORY).wasAddedBy(rule)
                .isOwnedBy(Owner.REGULATORY_AFFAIRS).hasTiming(Timing.WITHIN_A_BUSINESS_DAY).wordingContains("correction or removal")
                .wordingContains(says).wordingDoesNotContain(doesNotSay);
    }

    @Test
    void aFirstDeviceFailureWithNoPatientIsLeftToComplaintHandling() {
        assertThatPlan(plan(incident().mistake(Mistake.DEFECTIVE_PRODUCT).faultOwner(FaultOwner.UNKNOWN).severity(Severity.HIGH)))
                .doesNotHaveSteps(Action.REFER_TO_REGULATORY);
    }

    @Test
    void aWrongProductThatReachedAPatientGoesToRegulatoryAffairs() {
        assertThatPlan(plan(incident().mistake(Mistake.WRONG_PRODUCT).faultOwner(FaultOwner.COMPANY).patientImpact(true)))
                .step(Action.REFER_TO_REGULATORY).wasAddedBy("Flag a possible field action to regulatory affairs");
    }

    @Test
    void aDefectOurQualityPeopleFoundNeedsTheApprovedMessageBeforeTheCall() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.DEFECTIVE_PRODUCT).faultOwner(FaultOwner.COMPANY)
                .detectedBy(DetectedBy.COMPANY));

        assertThatPlan(plan).doesNotHaveSteps(Action.ROUTE_COMPLAINT)
                .step(Action.REFER_TO_REGULATORY).wasAddedBy("Get the approved message before calling about a defective lot")
                .hasTiming(Timing.IMMEDIATELY).wordingContains("approved message");
        assertThat(stage(plan, Action.REFER_TO_REGULATORY)).isEqualTo(Stage.BEFORE_CONTACT);
        assertThatPlan(plan).step(Action.QUARANTINE_PRODUCT).wasAddedBy("Set the lot aside and trace the units already used")
                .wordingContains("which units were already used");
        assertThat(stage(plan, Action.QUARANTINE_PRODUCT)).isEqualTo(Stage.FIRST_CONTACT);
    }

    @Test
    void riskManagementHearsThatThisAccountMayHaveUsedALotWeFoundDefective() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.DEFECTIVE_PRODUCT).faultOwner(FaultOwner.COMPANY)
                .detectedBy(DetectedBy.COMPANY).patientImpact(true));

        assertThatPlan(plan).step(Action.NOTIFY_RISK_MANAGEMENT).wasAddedBy("Tell risk management this account may have used the lot")
                .hasTiming(Timing.IMMEDIATELY).wordingContains("may have used it on patients");
        assertThat(plan.steps()).filteredOn(s -> s.action() == Action.NOTIFY_RISK_MANAGEMENT).hasSize(1);
        assertThat(stage(plan, Action.NOTIFY_RISK_MANAGEMENT)).isEqualTo(Stage.BEFORE_CONTACT);
    }

    @Test
    void anythingPreparedOnWrongInformationIsSetAsideWhenAPatientMayBeAffected() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.INCORRECT_INFORMATION).faultOwner(FaultOwner.REP).patientImpact(true));

        assertThatPlan(plan).step(Action.QUARANTINE_PRODUCT).wasAddedBy("Set aside anything prepared on wrong information")
                .wordingContains("prepared on the wrong information");
        assertThat(stage(plan, Action.QUARANTINE_PRODUCT)).isEqualTo(Stage.FIRST_CONTACT);
    }

    @Test
    void wrongInformationFromTheCompanyIsCheckedAgainstTheLabellingAtOnceWhenAPatientMayBeAffected() {
        assertThatPlan(plan(incident().mistake(Mistake.INCORRECT_INFORMATION).faultOwner(FaultOwner.COMPANY).patientImpact(true)))
                .step(Action.REFER_TO_REGULATORY).wasAddedBy("Check whether wrong information came from the labelling")
                .isOwnedBy(Owner.REGULATORY_AFFAIRS).hasTiming(Timing.IMMEDIATELY).wordingContains("instructions for use");
    }

    @Test
    void wrongLabellingTheCustomerReportedIsRoutedAsAComplaint() {
        assertThatPlan(plan(incident().mistake(Mistake.INCORRECT_INFORMATION).faultOwner(FaultOwner.COMPANY).patientImpact(true)))
                .step(Action.ROUTE_COMPLAINT).wasAddedBy("Report a product complaint to complaint handling at once")
                .hasTiming(Timing.IMMEDIATELY);
    }

    @Test
    void wrongCompanyInformationThatCannotReachAPatientIsNoComplaint() {
        assertThatPlan(plan(incident().mistake(Mistake.INCORRECT_INFORMATION).faultOwner(FaultOwner.COMPANY)))
                .doesNotHaveSteps(Action.ROUTE_COMPLAINT);
    }

    @Test
    void wrongInformationTheRepGaveIsNotALabellingQuestion() {
        assertThatPlan(plan(incident().mistake(Mistake.INCORRECT_INFORMATION).faultOwner(FaultOwner.REP).patientImpact(true)))
                .doesNotHaveSteps(Action.REFER_TO_REGULATORY);
    }

    @Test
    void aPublicComplaintIsAnsweredWhereItWasMadeWithWhoElseHeardAskedInTheConversation() {
        RecoveryPlan plan = plan(incident().publicComplaint(true).spreadBeyondContact(true));

        assertThatPlan(plan).step(Action.CHECK_SPREAD).wasAddedBy("Answer a public complaint where it was made")
                .wordingContains("public reply").wordingContains("do not ask them to take their post down");
        assertThat(stage(plan, Action.CHECK_SPREAD)).isEqualTo(Stage.FIRST_CONTACT);
        assertThat(plan.steps()).filteredOn(s -> s.action() == Action.CHECK_SPREAD).hasSize(1);
    }

    @Test
    void whenOthersHaveHeardTheRepFindsOutWhoAndSpeaksToThem() {
        assertThatPlan(plan(incident().spreadBeyondContact(true).detectedBy(DetectedBy.CUSTOMER)))
                .step(Action.CHECK_SPREAD).wasAddedBy("Find out who else has heard").wordingContains("today");
    }

    @Test
    void nothingSpreadNothingToCheck() {
        assertThatPlan(plan(incident())).doesNotHaveSteps(Action.CHECK_SPREAD);
    }

    @Test
    void aWrongItemThatCouldReachAPatientIsSetAsideInTheFirstConversation() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.WRONG_PRODUCT).faultOwner(FaultOwner.REP).patientImpact(true));

        assertThatPlan(plan).step(Action.QUARANTINE_PRODUCT).wasAddedBy("Ask them to set the wrong item aside")
                .wordingContains("opened or not");
        assertThat(plan.step(Action.QUARANTINE_PRODUCT).orElseThrow().stage()).isEqualTo(Stage.FIRST_CONTACT);
    }

    @ParameterizedTest(name = "{0} by {1}")
    @CsvSource({"DEFECTIVE_PRODUCT, UNKNOWN, CUSTOMER", "WRONG_PRODUCT, COMPANY, CUSTOMER", "WRONG_PRODUCT, COMPANY, COMPANY",
            "INCORRECT_INFORMATION, REP, REP", "INCORRECT_INFORMATION, COMPANY, COMPANY"})
    void whereAPatientMayBeAffectedKeepingItOutOfUseIsTheFirstThingSaid(Mistake mistake, FaultOwner faultOwner, DetectedBy detectedBy) {
        RecoveryPlan plan = plan(incident().mistake(mistake).faultOwner(faultOwner).detectedBy(detectedBy).patientImpact(true)
                .customerMood(dev.amends.model.CustomerMood.ANGRY));

        // an angry customer who raised it is thanked in a line first, and the hold is the next thing said
        List<ActionKind> conversation = actions(plan, Stage.FIRST_CONTACT);
        if (detectedBy == DetectedBy.CUSTOMER) {
            assertThat(conversation).startsWith(Action.THANK_FOR_RAISING, Action.QUARANTINE_PRODUCT);
        } else {
            assertThat(conversation).first().isEqualTo(Action.QUARANTINE_PRODUCT);
        }
        assertThatPlan(plan).step(Action.QUARANTINE_PRODUCT).wordingContains("Straight away, before anything else is gone into");
    }

    @Test
    void withoutAPatientTheDeviceIsSetAsideAfterOwnership() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.DEFECTIVE_PRODUCT).faultOwner(FaultOwner.UNKNOWN).product("stapler, lot 7 (jams)"));

        assertThatPlan(plan).hasStepsInOrder(Action.TAKE_OWNERSHIP, Action.QUARANTINE_PRODUCT).step(Action.QUARANTINE_PRODUCT)
                .wordingContains("the stapler out of use").wordingDoesNotContain("lot 7").wordingDoesNotContain("decontamination");
    }

    @Test
    void ourOwnWrongMaterialIsPulledAndItsCorrectionApprovedBeforeTheCall() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.INCORRECT_INFORMATION).faultOwner(FaultOwner.COMPANY)
                .detectedBy(DetectedBy.COMPANY).severity(Severity.HIGH).patientImpact(true));

        assertThatPlan(plan).step(Action.QUARANTINE_PRODUCT).wasAddedBy("Pull our wrong material and hold what was prepared on it")
                .wordingContains("every copy");
        assertThatPlan(plan).step(Action.REFER_TO_REGULATORY)
                .wasAddedBy("Have the correction approved before you call about our own wrong information").hasTiming(Timing.IMMEDIATELY);
        assertThat(stage(plan, Action.REFER_TO_REGULATORY)).isEqualTo(Stage.BEFORE_CONTACT);
        assertThatPlan(plan).step(Action.FIX).wordingContains("regulatory affairs approved");
    }

    @ParameterizedTest(name = "patientImpact {0}")
    @CsvSource(delimiter = '|', textBlock = """
            false | Set the unit of equipment aside as it is
            true  | Set the unit of equipment aside before anything else when a patient may be affected
            """)
    void aUnitOfEquipmentIsTaggedOutOfUseForWhoeverServicesItAtAClinicOrAHospital(boolean patientImpact, String rule) {
        RecoveryPlan plan = plan(incident().mistake(Mistake.DEFECTIVE_PRODUCT).faultOwner(FaultOwner.UNKNOWN).severity(Severity.HIGH)
                .patientImpact(patientImpact).deviceKind(DeviceKind.EQUIPMENT));

        assertThatPlan(plan).step(Action.QUARANTINE_PRODUCT).wasAddedBy(rule)
                .wordingContains("tagged out of use for whoever services it (biomedical engineering, in a hospital)")
                .wordingDoesNotContain("their biomedical engineers");
    }

    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource(delimiter = '|', textBlock = """
            DISCLOSURE        | COMPANY     | Tell risk management and the privacy officer when patient information got out                                        | privacy officer
            DISCLOSURE        | THIRD_PARTY | Tell risk management and the privacy officer when patient information got out                                        | privacy officer
            INDUCEMENT        | COMPANY     | Tell risk management and compliance when something of value was offered around a patient's care                      | compliance officer
            INDUCEMENT        | THIRD_PARTY | Tell risk management and compliance when something of value was offered around a patient's care                      | compliance officer
            ACCESS_OR_CONDUCT | COMPANY     | Tell risk management and your sales manager when someone of ours broke the account's rules around a patient's care | vendor policy
            ACCESS_OR_CONDUCT | THIRD_PARTY | Tell risk management and your sales manager when someone of ours broke the account's rules around a patient's care | vendor policy
            """)
    void ourOwnMistakeOfAKnownKindNearAPatientTakesItsOwnPathNotTheSafetyNotices(dev.amends.model.OtherKind kind, FaultOwner faultOwner,
                                                                                String rule, String words) {
        RecoveryPlan plan = plan(incident().mistake(Mistake.OTHER).otherKind(kind).faultOwner(faultOwner).severity(Severity.HIGH)
                .patientImpact(true));

        assertThatPlan(plan).step(Action.NOTIFY_RISK_MANAGEMENT).wasAddedBy(rule).hasTiming(Timing.IMMEDIATELY)
                .wordingContains(words).wordingDoesNotContain("field action");
        assertThat(plan.steps()).noneMatch(s -> s.wording().contains("safety notice"));
    }

    /** The first contact as one conversation: who else has heard is asked in it, and what is said first is what the customer must act on. */
    @Nested
    class FirstConversation {

        @Test
        void whoElseHasHeardIsAskedInTheConversationInTheRepsOwnWordsBeforeTheFix() {
            RecoveryPlan plan = plan(wider());

            assertThatPlan(plan).hasStepsInOrder(Action.CHECK_SPREAD, Action.FIX).step(Action.CHECK_SPREAD)
                    .wasAddedBy("Find out who else has heard").wordingContains("“Who else should hear this from me?”")
                    .wordingContains("After the call, speak to each of them yourself today");
            assertThat(stage(plan, Action.CHECK_SPREAD)).isEqualTo(Stage.FIRST_CONTACT);
        }

        @Test
        void aSmallSlipOthersKnowOfIsStillAnsweredToday() {
            assertThatPlan(plan(wider().severity(Severity.LOW))).respondsWithin(Timing.TODAY);
        }

        @Test
        void theCustomersOwnSlipIsSentOnlyToWhomTheyNameAndHowItHappenedIsTheirsToTell() {
            RecoveryPlan plan = plan(wider().mistake(Mistake.BILLING_ERROR).faultOwner(FaultOwner.CUSTOMER));

            assertThatPlan(plan).step(Action.CHECK_SPREAD).wasAddedBy("Ask who else needs the details when the slip was their own")
                    .wordingContains("“Is there anyone on your side I should send this to?”")
                    .wordingContains("How it happened is theirs to tell").wordingDoesNotContain("speak");
            assertThat(stage(plan, Action.CHECK_SPREAD)).isEqualTo(Stage.FIRST_CONTACT);
        }

        @Test
        void aRepWhoBrokeTheAccountsRulesWritesToTheOthersAndStaysOffTheirFloors() {
            RecoveryPlan plan = plan(wider().mistake(Mistake.OTHER).otherKind(OtherKind.ACCESS_OR_CONDUCT));

            assertThatPlan(plan).step(Action.CHECK_SPREAD).wasAddedBy("Ask whom to write to when someone of ours broke the account's rules")
                    .wordingContains("write to each of them today").wordingContains("Do not go into their clinical areas")
                    .wordingDoesNotContain("speak");
            assertThat(stage(plan, Action.CHECK_SPREAD)).isEqualTo(Stage.FIRST_CONTACT);
        }

        @Test
        void whoElseKnowsOfAnOfferIsAskedInTheConversationAndNamedToComplianceAfterIt() {
            RecoveryPlan plan = plan(wider().mistake(Mistake.OTHER).otherKind(OtherKind.INDUCEMENT));

            assertThatPlan(plan).step(Action.CHECK_SPREAD).wasAddedBy("Give whoever else knows of an offer or a disclosure to compliance")
                    .wordingContains("after the call, give the names to compliance today");
            assertThat(stage(plan, Action.CHECK_SPREAD)).isEqualTo(Stage.FIRST_CONTACT);
        }

        @Test
        void wrongAdviceWeCaughtOpensWithTheCorrectionAndTheHoldInOneBreath() {
            RecoveryPlan plan = plan(incident().mistake(Mistake.INCORRECT_INFORMATION).faultOwner(FaultOwner.COMPANY).saidAloud(true)
                    .detectedBy(DetectedBy.COMPANY).severity(Severity.HIGH).patientImpact(true).product("lead's MRI conditions"));

            assertThat(actions(plan, Stage.FIRST_CONTACT)).first().isEqualTo(Action.QUARANTINE_PRODUCT);
            assertThatPlan(plan).step(Action.QUARANTINE_PRODUCT)
                    .wasAddedBy("Give the correction with the hold when we caught our person's wrong advice")
                    .wordingContains("What our person told you about the lead's MRI conditions was wrong. What is correct is this,")
                    .wordingContains("the approved correction follows today");
            assertThatPlan(plan).step(Action.FIX).wordingDoesNotContain("Give them the correction").wordingContains("approved correction");
        }

        @Test
        void wrongAdviceTheCustomerFoundIsHeldFirstWithoutWaitingForApprovedWords() {
            RecoveryPlan plan = plan(incident().mistake(Mistake.INCORRECT_INFORMATION).faultOwner(FaultOwner.COMPANY).saidAloud(true)
                    .severity(Severity.HIGH).patientImpact(true));

            assertThatPlan(plan).step(Action.QUARANTINE_PRODUCT).wasAddedBy("Stop what is being done on wrong advice our person gave aloud")
                    .wordingDoesNotContain("regulatory affairs approved");
        }

        @Test
        void whatIsDoneWithAFaultyAnalyserIsTheFirstThingSaid() {
            RecoveryPlan plan = plan(incident().mistake(Mistake.DEFECTIVE_PRODUCT).faultOwner(FaultOwner.COMPANY).detectedBy(DetectedBy.COMPANY)
                    .severity(Severity.HIGH).patientImpact(true).deviceKind(DeviceKind.INSTALLED_SYSTEM).product("chemistry analyser"));

            assertThat(actions(plan, Stage.FIRST_CONTACT)).startsWith(Action.QUARANTINE_PRODUCT, Action.REACH_OUT_FIRST);
            assertThatPlan(plan).step(Action.QUARANTINE_PRODUCT).wordingContains("Before anything else")
                    .wordingContains("as our engineer advises");
            assertThatPlan(plan).step(Action.REACH_OUT_FIRST).wordingContains("the rest of the message")
                    .wordingDoesNotContain("what is to be done with them");
        }

        @Test
        void anAngryOwnerWhoPostedAboutABurnedPatientIsThankedFirstAndHerPostReachesLegalBeforeTheCall() {
            RecoveryPlan plan = plan(incident().mistake(Mistake.DEFECTIVE_PRODUCT).faultOwner(FaultOwner.UNKNOWN).severity(Severity.HIGH)
                    .patientImpact(true).deviceKind(DeviceKind.EQUIPMENT).customerMood(CustomerMood.ANGRY).publicComplaint(true));

            assertThat(actions(plan, Stage.FIRST_CONTACT)).startsWith(Action.THANK_FOR_RAISING, Action.QUARANTINE_PRODUCT)
                    .contains(Action.CHECK_SPREAD).last().isEqualTo(Action.MEET_IN_PERSON);
            assertThatPlan(plan).step(Action.NOTIFY_COMPLIANCE)
                    .wasAddedBy("Send a public post about a patient to risk management and legal before you call")
                    .hasTiming(Timing.IMMEDIATELY).wordingContains("Ask them what you may say if the customer raises it on the call")
                    .wordingContains("do not ask the customer to take the post down");
            assertThat(stage(plan, Action.NOTIFY_COMPLIANCE)).isEqualTo(Stage.BEFORE_CONTACT);
            assertThatPlan(plan).step(Action.CHECK_SPREAD).wordingContains("give the names to risk management today")
                    .wordingContains("say only what risk management and legal cleared");
        }
    }
}
