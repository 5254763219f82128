package dev.amends.playbook;

import dev.amends.model.Action;
import dev.amends.model.Avoid;
import dev.amends.model.FaultOwner;
import dev.amends.model.Mistake;
import dev.amends.model.Owner;
import dev.amends.model.RecoveryPlan;
import dev.amends.model.Severity;
import dev.amends.model.Timing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.amends.playbook.DefaultPlaybook.assertThatPlan;
import static dev.amends.playbook.DefaultPlaybook.incident;
import static dev.amends.playbook.DefaultPlaybook.plan;

/** A remedy beyond the fix: fitting the mistake, approved before it is offered, and never where it could mislead (remedy.drl). */
class RemedyRulesTest {

    private static final String DELIVERY = "Offer a credit for a delivery that let them down";
    private static final String BILLING = "Offer a credit note for a serious or repeated billing error";
    private static final String SERVICE = "Make up for a service failure in service";

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            WRONG_PRODUCT         | Offer a replacement or credit for a product failure             | replacement under warranty
            DEFECTIVE_PRODUCT     | Offer a replacement or credit for a product failure             | replacement under warranty
            LATE_DELIVERY         | Offer a credit for a delivery that let them down                | delivery charges
            FORGOTTEN_ITEM        | Offer a credit for a delivery that let them down                | delivery charges
            BILLING_ERROR         | Offer a credit note for a serious or repeated billing error     | credit note
            INCORRECT_INFORMATION | Make up for a service failure in service                        | in service
            MISSED_APPOINTMENT    | Make up for a service failure in service                        | in service
            BROKEN_PROMISE        | Make up for a service failure in service                        | in service
            UNANSWERED_REQUEST    | Make up for a service failure in service                        | in service
            OTHER                 | Make up for a service failure in service                        | in service
            """)
    void aSeriousMistakeOfOursEarnsARemedyThatFitsIt(Mistake mistake, String rule, String words) {
        RecoveryPlan plan = plan(incident().mistake(mistake).faultOwner(FaultOwner.COMPANY).severity(Severity.HIGH));

        assertThatPlan(plan).hasStepsInOrder(Action.APPROVE_REMEDY, Action.OFFER_REMEDY)
                .step(Action.OFFER_REMEDY).wasAddedBy(rule).wordingContains(words);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Mistake.class, names = {"WRONG_PRODUCT", "LATE_DELIVERY", "MISSED_APPOINTMENT"})
    void theRemedyIsOfferedOnlyOnceTheFixIsUnderWay(Mistake mistake) {
        assertThatPlan(plan(incident().mistake(mistake).faultOwner(FaultOwner.COMPANY).severity(Severity.HIGH)))
                .hasStepsInOrder(Action.FIX, Action.OFFER_REMEDY);
    }

    // Reported to the playbook's owner: the corrected invoice is due within three business days, the
    // credit note "beyond the corrected invoice" by the resolution window, within one business day.
    @org.junit.jupiter.api.Disabled("DRL: a HIGH billing error's credit note is offered before the corrected invoice exists")
    @Test
    void aBillingCreditNoteIsOfferedOnlyOnceTheCorrectedInvoiceIsOut() {
        assertThatPlan(plan(incident().mistake(Mistake.BILLING_ERROR).faultOwner(FaultOwner.COMPANY).severity(Severity.HIGH)))
                .hasStepsInOrder(Action.FIX, Action.OFFER_REMEDY);
    }

    @Test
    void aServiceFailureIsNeverMadeUpWithSomethingOfValueToAPerson() {
        assertThatPlan(plan(incident().severity(Severity.HIGH))).step(Action.OFFER_REMEDY).wasAddedBy(SERVICE)
                .wordingContains("Nothing of value to a person").wordingDoesNotContain("credit");
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
    void theSalesManagerApprovesTheRemedyTheSameDayBeforeItIsOffered() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.WRONG_PRODUCT).faultOwner(FaultOwner.COMPANY).severity(Severity.HIGH));

        assertThatPlan(plan).hasStepsInOrder(Action.APPROVE_REMEDY, Action.OFFER_REMEDY)
                .step(Action.APPROVE_REMEDY).wasAddedBy("Get the remedy approved before it is offered")
                .isOwnedBy(Owner.SALES_MANAGER).hasTiming(Timing.TODAY).wordingContains("proportion");
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
}
