package dev.amends.playbook;

import dev.amends.api.Step;
import dev.amends.model.Action;
import dev.amends.model.DetectedBy;
import dev.amends.model.OtherKind;
import dev.amends.model.FaultOwner;
import dev.amends.model.Mistake;
import dev.amends.model.Owner;
import dev.amends.api.RecoveryPlan;
import dev.amends.model.Relationship;
import dev.amends.model.Severity;
import dev.amends.model.Timing;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.amends.playbook.DefaultPlaybook.assertThatPlan;
import static dev.amends.playbook.DefaultPlaybook.incident;
import static dev.amends.playbook.DefaultPlaybook.plan;
import static dev.amends.playbook.DefaultPlaybook.step;
import static org.assertj.core.api.Assertions.assertThat;

/** Leaders hear of it in tiers by how often it happened; otherwise a double check keeps it from happening again (escalation.drl). */
class EscalationRulesTest {

    @Test
    void aSeriousFirstMistakeIsTakenToLeadersAsTheCustomerExperiencedIt() {
        assertThatPlan(plan(incident().faultOwner(FaultOwner.COMPANY).severity(Severity.HIGH)))
                .step(Action.ESCALATE_TO_LEADERSHIP).wasAddedBy("Take the facts to leaders who can change the process")
                .hasTiming(Timing.TODAY).isOwnedBy(Owner.REP).wordingContains("not the people");
    }

    @Test
    void leadersBriefedOnACaseUnderInvestigationHearWhatIsKnownAndNoViewOnTheCause() {
        assertThatPlan(plan(incident().mistake(Mistake.DEFECTIVE_PRODUCT).faultOwner(FaultOwner.UNKNOWN).severity(Severity.HIGH)
                .patientImpact(true)))
                .step(Action.ESCALATE_TO_LEADERSHIP).wasAddedBy("Brief leadership on what is known while it is investigated")
                .hasTiming(Timing.TODAY).wordingContains("no view on the cause");
    }

    @Test
    void theRepTellsLeadershipAboutTheirOwnSeriousSlipWithoutExcuses() {
        assertThatPlan(plan(incident().severity(Severity.HIGH)))
                .step(Action.ESCALATE_TO_LEADERSHIP).wasAddedBy("Tell leadership about your own serious slip")
                .hasTiming(Timing.TODAY).wordingContains("your slip");
    }

    @Test
    void theRepsOwnSecondSlipGoesToTheSalesManagerNotToLeadership() {
        RecoveryPlan plan = plan(incident().priorOccurrences(1));

        assertThatPlan(plan).doesNotHaveSteps(Action.ESCALATE_TO_LEADERSHIP)
                .step(Action.INVOLVE_SALES_MANAGER).wasAddedBy("Involve your sales manager in your own second slip")
                .hasTiming(Timing.TODAY).wordingContains("second time");
    }

    @Test
    void aSecondTimeBringsBothOccurrencesSideBySide() {
        assertThatPlan(plan(incident().faultOwner(FaultOwner.COMPANY).priorOccurrences(1)))
                .step(Action.ESCALATE_TO_LEADERSHIP).wasAddedBy("Bring both occurrences to leadership after a second time")
                .hasTiming(Timing.TODAY).wordingContains("both occurrences");
    }

    @ParameterizedTest(name = "after {0} earlier occurrences")
    @CsvSource({"2", "5"})
    void aThirdTimeOrLaterAsksALeaderToSpeakToTheCustomer(int prior) {
        assertThatPlan(plan(incident().faultOwner(FaultOwner.COMPANY).priorOccurrences(prior)))
                .step(Action.ESCALATE_TO_LEADERSHIP).wasAddedBy("Ask a leader to speak to the customer after a third time")
                .wordingContains("call the customer with you");
    }

    @Test
    void eachTierOfRepeatSaysSomethingDifferent() {
        String first = step(plan(incident().faultOwner(FaultOwner.COMPANY).severity(Severity.HIGH)), Action.ESCALATE_TO_LEADERSHIP).wording();
        String second = step(plan(incident().faultOwner(FaultOwner.COMPANY).priorOccurrences(1)), Action.ESCALATE_TO_LEADERSHIP).wording();
        String third = step(plan(incident().faultOwner(FaultOwner.COMPANY).priorOccurrences(2)), Action.ESCALATE_TO_LEADERSHIP).wording();

        assertThat(java.util.Set.of(first, second, third)).hasSize(3);
    }

    @ParameterizedTest(name = "{0} at fault")
    @EnumSource(value = FaultOwner.class, names = {"COMPANY", "THIRD_PARTY", "UNKNOWN"})
    void withLeadershipInvolvedTheProcessIsChangedWithTheRepsOwnPartInIt(FaultOwner faultOwner) {
        RecoveryPlan plan = plan(incident().faultOwner(faultOwner).severity(Severity.HIGH));

        assertThatPlan(plan).hasStepsInOrder(Action.ESCALATE_TO_LEADERSHIP, Action.DOUBLE_CHECK_PLAN)
                .step(Action.DOUBLE_CHECK_PLAN).wasAddedBy("Change the process with leadership")
                .isOwnedBy(Owner.LEADERSHIP).hasTiming(Timing.WITHIN_TWO_WEEKS).wordingContains("your own part");
    }

    @ParameterizedTest(name = "after {0} earlier occurrences")
    @CsvSource({"0, Pack from a list made from the booking", "2, Have your sales manager check the work that slipped again"})
    void theRepsOwnDoubleCheckIsKeptWhenLeadershipIsInvolved(int prior, String rule) {
        RecoveryPlan plan = plan(incident().mistake(Mistake.FORGOTTEN_ITEM).severity(Severity.HIGH).priorOccurrences(prior));

        assertThatPlan(plan).hasSteps(Action.ESCALATE_TO_LEADERSHIP)
                .step(Action.DOUBLE_CHECK_PLAN).wasAddedBy(rule).isOwnedBy(Owner.REP);
    }

    @Test
    void aSmallSlipTheRepCaughtKeepsTheCheckWithoutTheSalesManagersReview() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.MISSED_APPOINTMENT).severity(Severity.LOW)
                .detectedBy(dev.amends.model.DetectedBy.REP));

        assertThatPlan(plan).step(Action.DOUBLE_CHECK_PLAN).wasAddedBy("Put a double check on your calendar")
                .isOwnedBy(Owner.REP).wordingContains("one calendar your back-up can see").wordingDoesNotContain("sales manager");
    }

    @Test
    void aMediumSlipTheRepCaughtStillHasTheSalesManagerLookAtTheCheck() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.MISSED_APPOINTMENT).detectedBy(dev.amends.model.DetectedBy.REP));

        assertThatPlan(plan).step(Action.DOUBLE_CHECK_PLAN).wasAddedBy("Put a double check on your calendar")
                .wordingContains("ask your sales manager to look at it with you");
    }

    @Test
    void theRepsOwnFirstSlipGetsTheRepsOwnDoubleCheck() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.FORGOTTEN_ITEM).faultOwner(FaultOwner.REP));

        assertThatPlan(plan).doesNotHaveSteps(Action.ESCALATE_TO_LEADERSHIP)
                .step(Action.DOUBLE_CHECK_PLAN).wasAddedBy("Pack from a list made from the booking")
                .isOwnedBy(Owner.REP).hasTiming(Timing.WITHIN_A_WEEK).wordingContains("pack from a list made from the booking");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "WRONG_PRODUCT             | Check what you order or hand over against what was asked for | against what the customer asked for in writing",
            "FORGOTTEN_ITEM            | Pack from a list made from the booking                       | tick it off as you load",
            "BILLING_ERROR             | Check every price you quote against the contract             | against its contract price list",
            "OVERLOOKED_DECISION_MAKER | Map who decides before you propose anything                  | who decides, which committee reviews it",
            "BROKEN_PROMISE            | Promise only what is confirmed, and keep a list of your promises | go through the open ones each morning",
            "LATE_DELIVERY             | Order for a booked case the day it is booked                 | on the day it is booked",
            "UNANSWERED_REQUEST        | Log every request the day it comes in                        | log every request from a customer the day it comes in",
            "INCORRECT_INFORMATION     | Answer from the source, not from memory                      | not from memory"})
    void theRepsOwnFirstSlipGetsTheCheckThatWouldHaveCaughtThatMistake(Mistake mistake, String rule, String words) {
        RecoveryPlan plan = plan(incident().mistake(mistake).severity(Severity.LOW));

        assertThatPlan(plan).step(Action.DOUBLE_CHECK_PLAN).wasAddedBy(rule).isOwnedBy(Owner.REP)
                .hasTiming(Timing.WITHIN_A_WEEK).wordingContains(words);
    }

    @ParameterizedTest(name = "{0} at fault")
    @EnumSource(value = FaultOwner.class, names = {"COMPANY", "THIRD_PARTY"})
    void someoneElsesFirstSlipGetsACheckAgreedWithTheTeamThatSlipped(FaultOwner faultOwner) {
        RecoveryPlan plan = plan(incident().faultOwner(faultOwner));

        assertThatPlan(plan).doesNotHaveSteps(Action.ESCALATE_TO_LEADERSHIP)
                .step(Action.DOUBLE_CHECK_PLAN).wasAddedBy("Agree a double check with the team that slipped")
                .hasTiming(Timing.WITHIN_A_WEEK).wordingContains("your own eye");
    }

    @Test
    void aCauseNotYetKnownGetsACheckAgreedOnceItIsKnown() {
        assertThatPlan(plan(incident().faultOwner(FaultOwner.UNKNOWN)))
                .doesNotHaveSteps(Action.ESCALATE_TO_LEADERSHIP)
                .step(Action.DOUBLE_CHECK_PLAN).wasAddedBy("Agree a double check once the cause is known")
                .hasTiming(Timing.WITHIN_A_WEEK).wordingContains("Once the cause is known");
    }

    @Test
    void theCustomersOwnSlipIsMetWithACheckOfferedAsAService() {
        assertThatPlan(plan(incident().mistake(Mistake.WRONG_PRODUCT).faultOwner(FaultOwner.CUSTOMER).severity(Severity.MEDIUM)))
                .doesNotHaveSteps(Action.ESCALATE_TO_LEADERSHIP)
                .step(Action.DOUBLE_CHECK_PLAN).wasAddedBy("Offer the customer a check that catches the same slip")
                .wordingContains("service to them");
    }

    @Test
    void theCustomersSeriousSlipHasTheCheckOfferedInTheOneClosingCall() {
        assertThatPlan(plan(incident().mistake(Mistake.WRONG_PRODUCT).faultOwner(FaultOwner.CUSTOMER).severity(Severity.HIGH)))
                .doesNotHaveSteps(Action.ESCALATE_TO_LEADERSHIP, Action.DOUBLE_CHECK_PLAN, Action.FOLLOW_UP)
                .step(Action.EXPLAIN_CAUSE).wasAddedBy("Explain gently when the customer's side caused it")
                .wordingContains("service to them");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"LOW, 0", "HIGH, 0", "MEDIUM, 2"})
    void aProductComplaintsPreventionIsTheComplaintUnitsToDecide(Severity severity, int prior) {
        assertThatPlan(plan(incident().mistake(Mistake.DEFECTIVE_PRODUCT).faultOwner(FaultOwner.UNKNOWN).severity(severity)
                .priorOccurrences(prior))).doesNotHaveSteps(Action.DOUBLE_CHECK_PLAN, Action.SHARE_PREVENTION);
    }

    @Test
    void aDoubleBookedFirstMeetingWithANewAccountIsNotTakenToLeadership() {
        assertThatPlan(plan(incident().relationship(Relationship.NEW).severity(Severity.LOW)))
                .doesNotHaveSteps(Action.ESCALATE_TO_LEADERSHIP);
    }

    /** The rep's own check is written once; the sales manager's review is added to it unless the slip was small and caught (escalation.drl). */
    @Nested
    class TheSalesManagersReviewOfYourOwnCheck {

        @Test
        void aFirstSlipThatIsNotSmallEndsTheCheckWithTheSalesManagersLook() {
            Step check = step(plan(incident().mistake(Mistake.FORGOTTEN_ITEM)), Action.DOUBLE_CHECK_PLAN);

            assertThat(check.rule()).isEqualTo("Pack from a list made from the booking");
            assertThat(check.wording()).endsWith("the evening before; ask your sales manager to look at it with you.");
        }

        @Test
        void aSmallSlipTheRepCaughtEndsTheSameCheckWithoutIt() {
            Step check = step(plan(incident().mistake(Mistake.FORGOTTEN_ITEM).severity(Severity.LOW).detectedBy(DetectedBy.REP)),
                    Action.DOUBLE_CHECK_PLAN);

            assertThat(check.rule()).isEqualTo("Pack from a list made from the booking");
            assertThat(check.wording()).endsWith("the evening before.").doesNotContain("sales manager");
        }

        @Test
        void somethingSentToTheWrongPersonEndsItsListWithTheSalesManagersLook() {
            Step check = step(plan(incident().mistake(Mistake.OTHER)), Action.DOUBLE_CHECK_PLAN);

            assertThat(check.wording()).endsWith("what it shows; and ask your sales manager to look at it with you.");
        }

        @Test
        void aRemarkMadeAloudIsGoneThroughWithTheSalesManagerAndRaisedAtVisits() {
            Step check = step(plan(incident().mistake(Mistake.OTHER).saidAloud(true)), Action.DOUBLE_CHECK_PLAN);

            assertThat(check.wording()).endsWith("whoever asks; and ask your sales manager to go through it with you, "
                    + "and to raise it at your next account visits together.");
        }

        @Test
        void aCheckThatNamesItsOwnReviewerIsNotGivenASecondReview() {
            Step check = step(plan(incident().mistake(Mistake.OTHER).otherKind(OtherKind.INDUCEMENT)), Action.DOUBLE_CHECK_PLAN);

            assertThat(check.wording().split("sales manager", -1)).as("the sales manager named once").hasSize(2);
        }
    }
}
