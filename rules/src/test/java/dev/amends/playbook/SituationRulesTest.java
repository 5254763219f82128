package dev.amends.playbook;

import dev.amends.model.Action;
import dev.amends.model.CustomerMood;
import dev.amends.model.DetectedBy;
import dev.amends.model.FaultOwner;
import dev.amends.model.Mistake;
import dev.amends.api.RecoveryPlan;
import dev.amends.model.Relationship;
import dev.amends.model.Severity;
import dev.amends.model.Stage;
import dev.amends.api.Step;
import dev.amends.model.Timing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.amends.playbook.DefaultPlaybook.assertThatPlan;
import static dev.amends.playbook.DefaultPlaybook.incident;
import static dev.amends.playbook.DefaultPlaybook.plan;
import static dev.amends.playbook.DefaultPlaybook.step;
import static org.assertj.core.api.Assertions.assertThat;

/** The situations the playbook decides once (situations.drl), seen through what each changes in a plan. */
class SituationRulesTest {

    @ParameterizedTest(name = "a defective product whose cause lies with {0} is a product complaint")
    @EnumSource(FaultOwner.class)
    void aFailedDeviceIsAProductComplaintWhoeverCausedIt(FaultOwner faultOwner) {
        RecoveryPlan plan = plan(incident().mistake(Mistake.DEFECTIVE_PRODUCT).faultOwner(faultOwner));

        assertThatPlan(plan).step(Action.ROUTE_COMPLAINT)
                .wasAddedBy("Report a product complaint to complaint handling at once");
    }

    @ParameterizedTest(name = "a wrong product shipped by {0} is a product complaint")
    @EnumSource(value = FaultOwner.class, names = {"COMPANY", "THIRD_PARTY", "UNKNOWN"})
    void aWrongProductFromOurSideIsAProductComplaint(FaultOwner faultOwner) {
        assertThatPlan(plan(incident().mistake(Mistake.WRONG_PRODUCT).faultOwner(faultOwner)))
                .hasSteps(Action.ROUTE_COMPLAINT);
    }

    @Test
    void theCustomersOwnOrderingErrorIsNotAProductComplaint() {
        assertThatPlan(plan(incident().mistake(Mistake.WRONG_PRODUCT).faultOwner(FaultOwner.CUSTOMER).severity(Severity.HIGH)))
                .doesNotHaveSteps(Action.ROUTE_COMPLAINT);
    }

    @Test
    void aRepsSampleMixUpIsNotAProductComplaint() {
        assertThatPlan(plan(incident().mistake(Mistake.WRONG_PRODUCT).faultOwner(FaultOwner.REP)))
                .doesNotHaveSteps(Action.ROUTE_COMPLAINT);
    }

    @ParameterizedTest(name = "{0} is no product complaint, even with a patient involved")
    @EnumSource(value = Mistake.class, names = {"DEFECTIVE_PRODUCT", "WRONG_PRODUCT", "INCORRECT_INFORMATION"},
            mode = EnumSource.Mode.EXCLUDE)
    void otherMistakesAreNoProductComplaintEvenWithAPatientInvolved(Mistake mistake) {
        RecoveryPlan plan = plan(incident().mistake(mistake).faultOwner(FaultOwner.COMPANY).patientImpact(true));

        assertThatPlan(plan).doesNotHaveSteps(Action.ROUTE_COMPLAINT).hasSteps(Action.NOTIFY_RISK_MANAGEMENT);
    }

    @ParameterizedTest(name = "patientImpact={0}, severity={1}: a patient case")
    @CsvSource({"true, MEDIUM", "false, CRITICAL"})
    void aPatientWhoWasOrCouldHaveBeenAffectedMakesAPatientCase(boolean patientImpact, Severity severity) {
        RecoveryPlan plan = plan(incident().mistake(Mistake.FORGOTTEN_ITEM).patientImpact(patientImpact).severity(severity));

        assertThatPlan(plan).step(Action.NOTIFY_RISK_MANAGEMENT)
                .wasAddedBy("Tell quality and risk management at once when a patient may be affected");
    }

    @Test
    void aHighSeverityMistakeWithNoPatientIsNoPatientCase() {
        assertThatPlan(plan(incident().mistake(Mistake.FORGOTTEN_ITEM).severity(Severity.HIGH)))
                .doesNotHaveSteps(Action.NOTIFY_RISK_MANAGEMENT);
    }

    @ParameterizedTest(name = "{0}: the explanation waits for the investigation")
    @CsvSource(delimiter = '|', textBlock = """
            a device that failed                     | DEFECTIVE_PRODUCT | COMPANY  | false
            a wrong product from the warehouse       | WRONG_PRODUCT     | COMPANY  | false
            a patient issue with no known cause      | FORGOTTEN_ITEM    | UNKNOWN  | true
            """)
    void aProductComplaintOrAPatientIssueIsExplainedOnlyWhenItsInvestigationCloses(String what, Mistake mistake,
                                                                                   FaultOwner faultOwner, boolean patientImpact) {
        RecoveryPlan plan = plan(incident().mistake(mistake).faultOwner(faultOwner).patientImpact(patientImpact));

        assertThatPlan(plan).step(Action.EXPLAIN_CAUSE).wasAddedBy("Share the findings when the investigation closes")
                .hasTiming(Timing.WHEN_INVESTIGATION_CLOSES).wordingContains("Thank you for your patience while this was looked into");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a high-severity first mistake                  | HIGH   | ESTABLISHED | COMPANY | 0
            a repeat of the company's, however small       | LOW    | STRONG      | COMPANY | 1
            a third time, cause not known                  | LOW    | STRONG      | UNKNOWN | 2
            a company mistake that puts a new account at risk | MEDIUM | NEW      | COMPANY | 0
            """)
    void leadershipHearsOfRepeatedSeriousOrEarlyRelationshipMistakes(String what, Severity severity, Relationship relationship,
                                                                      FaultOwner faultOwner, int prior) {
        RecoveryPlan plan = plan(incident().severity(severity).relationship(relationship).faultOwner(faultOwner)
                .priorOccurrences(prior));

        assertThatPlan(plan).hasSteps(Action.ESCALATE_TO_LEADERSHIP)
                .step(Action.DOUBLE_CHECK_PLAN).wasAddedBy("Change the process with leadership");
    }

    @Test
    void aDefectOurQualityPeopleFoundIsAFieldActionNotAComplaint() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.DEFECTIVE_PRODUCT).faultOwner(FaultOwner.COMPANY)
                .detectedBy(DetectedBy.COMPANY));

        assertThatPlan(plan).doesNotHaveSteps(Action.ROUTE_COMPLAINT)
                .step(Action.REACH_OUT_FIRST).wasAddedBy("Call with the approved message about a lot we found defective");
    }

    @Test
    void aDefectACustomerReportedIsAComplaintNotAFieldAction() {
        assertThatPlan(plan(incident().mistake(Mistake.DEFECTIVE_PRODUCT).faultOwner(FaultOwner.COMPANY)))
                .hasSteps(Action.ROUTE_COMPLAINT).step(Action.QUARANTINE_PRODUCT).wasAddedBy("Ask them to set the device and its lot aside");
    }

    @Test
    void aRepsOwnSecondSlipIsForTheSalesManagerNotLeadership() {
        assertThatPlan(plan(incident().faultOwner(FaultOwner.REP).priorOccurrences(1)))
                .doesNotHaveSteps(Action.ESCALATE_TO_LEADERSHIP).hasSteps(Action.INVOLVE_SALES_MANAGER);
    }

    @Test
    void aRepsOwnFirstSlipWithANewAccountIsTheRepsOwnDoubleCheckNotLeadershipsBusiness() {
        RecoveryPlan plan = plan(incident().relationship(Relationship.NEW).faultOwner(FaultOwner.REP).severity(Severity.MEDIUM));

        assertThatPlan(plan).doesNotHaveSteps(Action.ESCALATE_TO_LEADERSHIP)
                .step(Action.DOUBLE_CHECK_PLAN).wasAddedBy("Put a double check on your calendar");
    }

    @Test
    void theCustomersOwnSlipIsNothingForOurLeadersToChange() {
        assertThatPlan(plan(incident().faultOwner(FaultOwner.CUSTOMER).severity(Severity.CRITICAL).priorOccurrences(2)))
                .doesNotHaveSteps(Action.ESCALATE_TO_LEADERSHIP);
    }

    @Test
    void aSmallMistakeWeCaughtWithACalmCustomerIsOneConversationAndAHandfulOfSteps() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.BILLING_ERROR).faultOwner(FaultOwner.COMPANY)
                .severity(Severity.LOW).detectedBy(DetectedBy.COMPANY));

        assertThat(plan.steps()).as("a handful of steps").hasSizeLessThanOrEqualTo(6);
        assertThatPlan(plan).doesNotHaveSteps(Action.FOLLOW_UP, Action.FIND_ROOT_CAUSE, Action.EXPLAIN_CAUSE,
                Action.SHARE_PREVENTION, Action.THANK_FOR_UNDERSTANDING, Action.ESCALATE_TO_LEADERSHIP);
        assertThat(plan.steps(Stage.BEFORE_CONTACT)).as("before the first message, the invoice is corrected")
                .extracting(Step::action).containsOnly(Action.ARRANGE_FIX);
        assertThat(plan.steps(Stage.FOLLOW_THROUGH)).as("after the conversation, only the check")
                .extracting(Step::action).containsOnly(Action.DOUBLE_CHECK_PLAN);
    }

    @Test
    void aSmallMistakeCaughtEarlyNeedsNoReportBackCall() {
        assertThatPlan(plan(incident().mistake(Mistake.BILLING_ERROR).faultOwner(FaultOwner.COMPANY)
                .severity(Severity.LOW).detectedBy(DetectedBy.COMPANY))).doesNotHaveSteps(Action.EXPLAIN_CAUSE);
    }

    @ParameterizedTest(name = "moderate: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            the customer found a small one       | LOW    | CUSTOMER | CALM
            a medium-severity one we caught      | MEDIUM | COMPANY  | CALM
            a small one that upset them          | LOW    | COMPANY  | UPSET
            """)
    void aModerateFirstMistakeIsClosedInOneReportBackCallWithNoFurtherFollowUp(String what, Severity severity,
                                                                              DetectedBy detectedBy, CustomerMood mood) {
        RecoveryPlan plan = plan(incident().mistake(Mistake.BILLING_ERROR).faultOwner(FaultOwner.COMPANY)
                .severity(severity).detectedBy(detectedBy).customerMood(mood));

        assertThatPlan(plan).doesNotHaveSteps(Action.FOLLOW_UP, Action.THANK_FOR_UNDERSTANDING, Action.SHARE_PREVENTION)
                .step(Action.EXPLAIN_CAUSE).wasAddedBy("Report back in one call when it was moderate");
    }

    @ParameterizedTest(name = "not moderate: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            an angry customer          | MEDIUM | ANGRY | 0 | false | false
            a repeat                   | LOW    | CALM  | 1 | false | false
            word has spread            | MEDIUM | CALM  | 0 | true  | false
            referrals have stopped     | LOW    | UPSET | 0 | false | true
            """)
    void aMistakeThatIsMoreThanModerateIsReportedBackWithACheckThatAllIsWell(String what, Severity severity, CustomerMood mood,
                                                                            int prior, boolean spread, boolean referralsLost) {
        RecoveryPlan plan = plan(incident().mistake(Mistake.BILLING_ERROR).faultOwner(FaultOwner.COMPANY).severity(severity)
                .customerMood(mood).priorOccurrences(prior).spreadBeyondContact(spread).referralsLost(referralsLost));

        assertThat(step(plan, Action.SHARE_PREVENTION).stage()).isEqualTo(Stage.FOLLOW_THROUGH);
        // the check-in after the fix is part of the report-back call, not a contact of its own
        assertThatPlan(plan).doesNotHaveSteps(Action.FOLLOW_UP, Action.ASK_FOR_ANOTHER_CHANCE)
                .step(Action.SHARE_PREVENTION).wordingContains("still not right");
        // where referrals stopped, the same call asks for another chance; otherwise it thanks them
        assertThatPlan(plan).step(Action.SHARE_PREVENTION).wordingContains(referralsLost ? "another chance" : "Thank you");
    }
}
