package dev.amends.playbook;

import dev.amends.model.Avoid;
import dev.amends.model.CustomerMood;
import dev.amends.model.FaultOwner;
import dev.amends.model.Mistake;
import dev.amends.api.RecoveryPlan;
import dev.amends.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.amends.playbook.DefaultPlaybook.assertThatPlan;
import static dev.amends.playbook.DefaultPlaybook.avoidance;
import static dev.amends.playbook.DefaultPlaybook.incident;
import static dev.amends.playbook.DefaultPlaybook.plan;
import static org.assertj.core.api.Assertions.assertThat;

/** What the rep must not do while recovering, each warning from its rule (avoid.drl). */
class AvoidRulesTest {

    @ParameterizedTest(name = "{0} at fault")
    @EnumSource(FaultOwner.class)
    void jokesAndExcusesAreAlwaysOut(FaultOwner faultOwner) {
        RecoveryPlan plan = plan(incident().faultOwner(faultOwner).customerMood(CustomerMood.UPSET));

        assertThat(avoidance(plan, Avoid.JOKE_ABOUT_IT).rule()).isEqualTo("Never joke about it");
        assertThat(avoidance(plan, Avoid.MAKE_EXCUSES).rule()).isEqualTo("No excuses");
    }

    @ParameterizedTest(name = "{0} at fault")
    @EnumSource(value = FaultOwner.class, names = {"COMPANY", "THIRD_PARTY", "UNKNOWN", "CUSTOMER"})
    void whenSomeoneElseCausedItNoFingersArePointed(FaultOwner faultOwner) {
        assertThat(avoidance(plan(incident().faultOwner(faultOwner)), Avoid.BLAME_OTHERS).rule())
                .isEqualTo("Point no fingers when someone else caused it");
    }

    @Test
    void theRepsOwnMistakeNeedsNoWarningAgainstBlamingOthers() {
        assertThatPlan(plan(incident().faultOwner(FaultOwner.REP))).doesNotAvoid(Avoid.BLAME_OTHERS);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Mistake.class, names = {"BROKEN_PROMISE", "LATE_DELIVERY"})
    void afterABrokenPromiseOrALateDeliveryPromiseOnlyWhatYouCanDeliver(Mistake mistake) {
        assertThat(avoidance(plan(incident().mistake(mistake).faultOwner(FaultOwner.COMPANY)), Avoid.OVERPROMISE).rule())
                .isEqualTo("Promise only what you can deliver");
    }

    @ParameterizedTest(name = "after {0} earlier occurrence(s)")
    @ValueSource(ints = {0, 2})
    void theRepWhoBrokeTheirOwnPromiseIsWarnedOffASecondDateNotToldToCommitToWhatOthersConfirmed(int prior) {
        RecoveryPlan plan = plan(incident().mistake(Mistake.BROKEN_PROMISE).faultOwner(FaultOwner.REP).priorOccurrences(prior));

        assertThat(avoidance(plan, Avoid.OVERPROMISE).rule()).isEqualTo("Bring your own promise kept, not a second date");
        assertThat(avoidance(plan, Avoid.OVERPROMISE).why()).contains("bring it done").doesNotContain("what you have confirmed");
    }

    @Test
    void afterARepeatPromiseOnlyWhatYouCanDeliver() {
        assertThatPlan(plan(incident().priorOccurrences(1))).avoids(Avoid.OVERPROMISE);
        assertThatPlan(plan(incident().priorOccurrences(0))).doesNotAvoid(Avoid.OVERPROMISE);
    }

    @Test
    void aCalmCustomerWhoShrugsItOffIsStillNotIgnoredOrToldItIsNothing() {
        RecoveryPlan plan = plan(incident().customerMood(CustomerMood.CALM).severity(Severity.HIGH));

        assertThat(avoidance(plan, Avoid.IGNORE_THE_CUSTOMER).rule()).isEqualTo("Never leave it unaddressed");
        assertThat(avoidance(plan, Avoid.MINIMIZE_IT).rule()).isEqualTo("Never make light of it");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Mistake.class, names = {"UNANSWERED_REQUEST", "BILLING_ERROR"})
    void anUpsetCustomerWaitingOnAnAnswerOrARefundIsNotIgnoredEither(Mistake mistake) {
        assertThatPlan(plan(incident().mistake(mistake).customerMood(CustomerMood.UPSET))).avoids(Avoid.IGNORE_THE_CUSTOMER);
    }

    @Test
    void aLowSeverityMistakeOrAPatientIsNeverMadeLightOf() {
        assertThatPlan(plan(incident().customerMood(CustomerMood.UPSET).severity(Severity.LOW))).avoids(Avoid.MINIMIZE_IT);
        assertThatPlan(plan(incident().customerMood(CustomerMood.ANGRY).severity(Severity.HIGH).patientImpact(true)))
                .avoids(Avoid.MINIMIZE_IT);
        assertThatPlan(plan(incident().customerMood(CustomerMood.UPSET).severity(Severity.HIGH)))
                .doesNotAvoid(Avoid.MINIMIZE_IT);
    }

    @Test
    void anAngryCustomerIsNotToldSorryFirst() {
        assertThat(avoidance(plan(incident().customerMood(CustomerMood.ANGRY)), Avoid.SORRY_FIRST_TO_ANGRY_CUSTOMER).rule())
                .isEqualTo("No sorry first to an angry customer");
        assertThatPlan(plan(incident().customerMood(CustomerMood.UPSET))).doesNotAvoid(Avoid.SORRY_FIRST_TO_ANGRY_CUSTOMER);
    }

    @Test
    void noGuessingAtTheCauseWhileAComplaintIsInvestigated() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.DEFECTIVE_PRODUCT).faultOwner(FaultOwner.UNKNOWN));

        assertThat(avoidance(plan, Avoid.SPECULATE_ABOUT_CAUSE).rule()).isEqualTo("No guessing at the cause while it is investigated");
        assertThatPlan(plan(incident())).doesNotAvoid(Avoid.SPECULATE_ABOUT_CAUSE);
    }

    @Test
    void noCompensationOnTheSpotAfterPossiblePatientHarm() {
        assertThat(avoidance(plan(incident().patientImpact(true)), Avoid.OFFER_COMPENSATION_ON_THE_SPOT).rule())
                .isEqualTo("No compensation on the spot after patient harm");
        assertThatPlan(plan(incident().severity(Severity.HIGH))).doesNotAvoid(Avoid.OFFER_COMPENSATION_ON_THE_SPOT);
    }

    @Test
    void nothingOfValueToAReferrerOrADecisionMaker() {
        assertThat(avoidance(plan(incident().referralsLost(true)), Avoid.PERSONAL_FAVOURS).rule())
                .isEqualTo("Nothing of value to win back a person");
        assertThatPlan(plan(incident().mistake(Mistake.OVERLOOKED_DECISION_MAKER))).avoids(Avoid.PERSONAL_FAVOURS);
        assertThatPlan(plan(incident())).doesNotAvoid(Avoid.PERSONAL_FAVOURS);
    }
}
