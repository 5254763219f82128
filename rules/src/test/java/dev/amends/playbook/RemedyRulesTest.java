package dev.amends.playbook;

import dev.amends.model.Action;
import dev.amends.model.Avoid;
import dev.amends.model.FaultOwner;
import dev.amends.model.Mistake;
import dev.amends.model.Owner;
import dev.amends.api.RecoveryPlan;
import dev.amends.model.Severity;
import dev.amends.model.Timing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.amends.playbook.DefaultPlaybook.assertThatPlan;
import static dev.amends.playbook.DefaultPlaybook.incident;
import static dev.amends.playbook.DefaultPlaybook.plan;
import static org.assertj.core.api.Assertions.assertThat;

/** A remedy beyond the fix: fitting the mistake, approved before it is offered, and never where it could mislead (remedy.drl). */
class RemedyRulesTest {

    private static final String DELIVERY = "Offer a credit for a delivery that let them down";
    private static final String BILLING = "Offer a credit note for a serious or repeated billing error";
    private static final String PROMISE = "Make good what a broken promise cost them";

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            WRONG_PRODUCT         | Offer a credit for a product failure                            | Beyond the replacement
            DEFECTIVE_PRODUCT     | Offer a credit for a product failure                            | Beyond the replacement
            LATE_DELIVERY         | Offer a credit for a delivery that let them down                | delivery charges
            FORGOTTEN_ITEM        | Offer a credit for a delivery that let them down                | delivery charges
            BILLING_ERROR         | Offer a credit note for a serious or repeated billing error     | credit note
            BROKEN_PROMISE        | Make good what a broken promise cost them                       | going without what was promised
            UNANSWERED_REQUEST    | Grant what a timely answer would have given                     | In this conversation
            OTHER                 | Make good what another mistake of ours cost them                | what the mistake cost them
            """)
    void aSeriousMistakeOfOursEarnsARemedyThatFitsIt(Mistake mistake, String rule, String words) {
        RecoveryPlan plan = plan(incident().mistake(mistake).faultOwner(FaultOwner.COMPANY).severity(Severity.HIGH));
        Action agreed = mistake == Mistake.UNANSWERED_REQUEST ? Action.APPROVE_REMEDY : Action.ESCALATE_TO_LEADERSHIP;

        assertThatPlan(plan).hasStepsInOrder(agreed, Action.OFFER_REMEDY).step(agreed).wordingContains("sales manager");
        assertThatPlan(plan).step(Action.OFFER_REMEDY).wasAddedBy(rule).wordingContains(words);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Mistake.class, names = {"WRONG_PRODUCT", "LATE_DELIVERY", "UNANSWERED_REQUEST"})
    void theRemedyIsOfferedOnlyOnceTheFixIsUnderWay(Mistake mistake) {
        assertThatPlan(plan(incident().mistake(mistake).faultOwner(FaultOwner.COMPANY).severity(Severity.HIGH)))
                .hasStepsInOrder(Action.FIX, Action.OFFER_REMEDY);
    }

    @Test
    void aFirstSeriousWrongClaimIsCorrectedWithNothingOfferedBesideItAndARepeatIsUndoneAtOurCost() {
        assertThatPlan(plan(incident().mistake(Mistake.INCORRECT_INFORMATION).faultOwner(FaultOwner.COMPANY).severity(Severity.HIGH)))
                .doesNotHaveSteps(Action.APPROVE_REMEDY, Action.OFFER_REMEDY)
                .step(Action.FIX).wordingContains("looked at again on the correct information");
        assertThatPlan(plan(incident().mistake(Mistake.INCORRECT_INFORMATION).faultOwner(FaultOwner.COMPANY).severity(Severity.HIGH)
                .priorOccurrences(1)))
                .step(Action.OFFER_REMEDY).wasAddedBy("Undo the cost of acting on wrong information").wordingContains("undo what it cost");
    }

    @Test
    void aBillingCreditNoteIsOfferedOnlyOnceTheCorrectedInvoiceIsOut() {
        assertThatPlan(plan(incident().mistake(Mistake.BILLING_ERROR).faultOwner(FaultOwner.COMPANY).severity(Severity.HIGH)))
                .hasStepsInOrder(Action.FIX, Action.OFFER_REMEDY);
    }

    @Test
    void aBrokenPromiseIsMadeGoodThroughTheAccountNeverWithSomethingOfValueToAPerson() {
        assertThatPlan(plan(incident().mistake(Mistake.BROKEN_PROMISE).severity(Severity.HIGH))).step(Action.OFFER_REMEDY)
                .wasAddedBy(PROMISE).wordingContains("Nothing of value to a person");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Severity.class, names = {"LOW", "MEDIUM"})
    void aMissedAppointmentIsMadeUpWithTheNextVisitNotARemedy(Severity severity) {
        assertThatPlan(plan(incident().faultOwner(FaultOwner.COMPANY).severity(severity).priorOccurrences(1)))
                .doesNotHaveSteps(Action.APPROVE_REMEDY, Action.OFFER_REMEDY);
    }

    @Test
    void theRepsOwnSeriousMissedMeetingIsMadeUpWithTheNextOneNotARemedy() {
        assertThatPlan(plan(incident().mistake(Mistake.MISSED_APPOINTMENT).faultOwner(FaultOwner.REP).severity(Severity.HIGH).priorOccurrences(1)))
                .doesNotHaveSteps(Action.APPROVE_REMEDY, Action.OFFER_REMEDY);
    }

    @Test
    void aSeriousServiceVisitMissedASecondTimeEarnsAServiceCredit() {
        assertThatPlan(plan(incident().mistake(Mistake.MISSED_APPOINTMENT).faultOwner(FaultOwner.COMPANY).severity(Severity.HIGH).priorOccurrences(1)))
                .step(Action.OFFER_REMEDY).wordingContains("service credit");
    }

    @Test
    void aRepeatedBillingErrorEarnsACreditNoteBeyondTheCorrectedInvoiceEvenWhenMinor() {
        assertThatPlan(plan(incident().mistake(Mistake.BILLING_ERROR).faultOwner(FaultOwner.COMPANY).severity(Severity.LOW)
                .priorOccurrences(1))).step(Action.OFFER_REMEDY).wasAddedBy(BILLING);
    }

    @Test
    void aRepeatedLateDeliveryEarnsACreditEvenWhenMinor() {
        assertThatPlan(plan(incident().mistake(Mistake.LATE_DELIVERY).faultOwner(FaultOwner.THIRD_PARTY).severity(Severity.LOW)
                .priorOccurrences(2))).step(Action.OFFER_REMEDY).wasAddedBy(DELIVERY);
    }

    @Test
    void theSalesManagerApprovesTheRemedyInTheSameDaysBriefingBeforeItIsOffered() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.WRONG_PRODUCT).faultOwner(FaultOwner.COMPANY).severity(Severity.HIGH));

        assertThatPlan(plan).doesNotHaveSteps(Action.APPROVE_REMEDY).hasStepsInOrder(Action.ESCALATE_TO_LEADERSHIP, Action.OFFER_REMEDY)
                .step(Action.ESCALATE_TO_LEADERSHIP)
                .wasAddedBy("Brief leadership on what is known while it is investigated, and agree the remedy in the same briefing")
                .hasTiming(Timing.TODAY).wordingContains("agree the remedy with your sales manager before you offer it")
                .wordingContains("proportion");
    }

    @Test
    void theRepsOwnSecondSlipHasItsRemedyAgreedWhenTheSalesManagerHearsOfIt() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.BROKEN_PROMISE).faultOwner(FaultOwner.REP).severity(Severity.MEDIUM)
                .priorOccurrences(1));

        assertThatPlan(plan).doesNotHaveSteps(Action.APPROVE_REMEDY, Action.ESCALATE_TO_LEADERSHIP)
                .hasStepsInOrder(Action.INVOLVE_SALES_MANAGER, Action.OFFER_REMEDY)
                .step(Action.INVOLVE_SALES_MANAGER).wordingContains("agree with them the remedy");
    }

    @ParameterizedTest(name = "a first {0} mistake needs no remedy beyond the fix")
    @EnumSource(value = Severity.class, names = {"LOW", "MEDIUM"})
    void aMinorFirstMistakeNeedsNoRemedyBeyondTheFix(Severity severity) {
        assertThatPlan(plan(incident().mistake(Mistake.WRONG_PRODUCT).faultOwner(FaultOwner.COMPANY).severity(severity)))
                .doesNotHaveSteps(Action.APPROVE_REMEDY, Action.OFFER_REMEDY);
    }

    @Test
    void anOverlookedDecisionMakerIsIncludedNotCompensated() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.OVERLOOKED_DECISION_MAKER).severity(Severity.HIGH).priorOccurrences(1));

        assertThatPlan(plan).doesNotHaveSteps(Action.APPROVE_REMEDY, Action.OFFER_REMEDY).avoids(Avoid.PERSONAL_FAVOURS);
    }

    @Test
    void theCustomersOwnSlipEarnsHelpNotCompensation() {
        assertThatPlan(plan(incident().mistake(Mistake.WRONG_PRODUCT).faultOwner(FaultOwner.CUSTOMER).severity(Severity.HIGH)
                .priorOccurrences(1))).doesNotHaveSteps(Action.APPROVE_REMEDY, Action.OFFER_REMEDY);
    }

    @ParameterizedTest(name = "patientImpact={0}, severity={1}")
    @CsvSource({"true, HIGH", "false, CRITICAL", "true, LOW"})
    void afterPossiblePatientHarmNothingIsOfferedOnTheSpot(boolean patientImpact, Severity severity) {
        RecoveryPlan plan = plan(incident().mistake(Mistake.DEFECTIVE_PRODUCT).faultOwner(FaultOwner.COMPANY)
                .patientImpact(patientImpact).severity(severity).priorOccurrences(1));

        assertThatPlan(plan).doesNotHaveSteps(Action.APPROVE_REMEDY, Action.OFFER_REMEDY)
                .avoids(Avoid.OFFER_COMPENSATION_ON_THE_SPOT);
    }

    @Test
    void aRemedyForAnAccountThatStoppedReferringNeedsComplianceToo() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.LATE_DELIVERY).faultOwner(FaultOwner.COMPANY)
                .severity(Severity.HIGH).referralsLost(true));

        assertThatPlan(plan).step(Action.APPROVE_REMEDY)
                .wasAddedBy("Get compliance to approve a remedy for an account that stopped referring")
                .wordingContains("compliance");
    }

    /** A disclosure or an offer of value: any remedy is for legal and compliance, nothing offered by the rep (review 15). */
    @org.junit.jupiter.api.Nested
    class NothingOfferedForADisclosureOrAnOffer {

        @ParameterizedTest(name = "{0} by {1} at {2}")
        @CsvSource({"DISCLOSURE, COMPANY, HIGH", "DISCLOSURE, THIRD_PARTY, CRITICAL", "INDUCEMENT, COMPANY, HIGH",
                "INDUCEMENT, REP, MEDIUM", "DISCLOSURE, COMPANY, MEDIUM"})
        void noRemedyIsApprovedOrOffered(dev.amends.model.OtherKind kind, FaultOwner faultOwner, Severity severity) {
            RecoveryPlan plan = plan(incident().mistake(Mistake.OTHER).otherKind(kind).faultOwner(faultOwner).severity(severity)
                    .priorOccurrences(1));

            assertThatPlan(plan).doesNotHaveSteps(Action.APPROVE_REMEDY, Action.OFFER_REMEDY);
            assertThat(plan.steps()).noneMatch(s -> s.wording().contains("agree the remedy"));
        }
    }

    /** Review 17 (n4): a clinic billed twice, the second time. */
    @org.junit.jupiter.api.Nested
    class ReviewSeventeen {

        @Test
        void aCreditNoteForABillingErrorIsACreditOnTheAccountNeverPaymentForTime() {
            RecoveryPlan plan = plan(incident().mistake(Mistake.BILLING_ERROR).faultOwner(FaultOwner.COMPANY).severity(Severity.MEDIUM)
                    .customerMood(dev.amends.model.CustomerMood.ANGRY).priorOccurrences(1));

            assertThatPlan(plan).step(Action.OFFER_REMEDY).wasAddedBy("Offer a credit note for a serious or repeated billing error")
                    .wordingContains("under the contract's terms and as approved").wordingDoesNotContain("for the time their team spent");
        }
    }
}
