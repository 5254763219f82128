package dev.amends.playbook;

import dev.amends.model.Avoid;
import dev.amends.model.CustomerMood;
import dev.amends.model.FaultOwner;
import dev.amends.model.Mistake;
import dev.amends.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.amends.playbook.DefaultPlaybook.incident;
import static dev.amends.playbook.DefaultPlaybook.plan;
import static org.assertj.core.api.Assertions.assertThat;

class AvoidRulesTest {

    @ParameterizedTest
    @EnumSource(FaultOwner.class)
    void jokesAndExcusesAreAlwaysOut(FaultOwner faultOwner) {
        var plan = plan(incident().faultOwner(faultOwner).customerMood(CustomerMood.UPSET));

        assertThat(plan.avoids(Avoid.JOKE_ABOUT_IT)).isTrue();
        assertThat(plan.avoids(Avoid.MAKE_EXCUSES)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = Mistake.class, names = {"BROKEN_PROMISE", "LATE_DELIVERY"})
    void afterABrokenPromiseOrALateDeliveryPromiseOnlyWhatYouCanDeliver(Mistake mistake) {
        assertThat(plan(incident().mistake(mistake)).avoids(Avoid.OVERPROMISE)).isTrue();
    }

    @Test
    void afterARepeatPromiseOnlyWhatYouCanDeliver() {
        assertThat(plan(incident().priorOccurrences(1)).avoids(Avoid.OVERPROMISE)).isTrue();
        assertThat(plan(incident().priorOccurrences(0)).avoids(Avoid.OVERPROMISE)).isFalse();
    }

    @Test
    void aCalmCustomerWhoShrugsItOffIsStillNotIgnoredOrToldItIsNothing() {
        var plan = plan(incident().customerMood(CustomerMood.CALM).severity(Severity.MEDIUM));

        assertThat(plan.avoids(Avoid.IGNORE_THE_CUSTOMER)).isTrue();
        assertThat(plan.avoids(Avoid.MINIMIZE_IT)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = Mistake.class, names = {"UNANSWERED_REQUEST", "BILLING_ERROR"})
    void anUnansweredRequestOrARefundIsNeverIgnored(Mistake mistake) {
        assertThat(plan(incident().mistake(mistake).customerMood(CustomerMood.UPSET)).avoids(Avoid.IGNORE_THE_CUSTOMER))
                .isTrue();
    }

    @Test
    void aPatientImpactIsNeverMadeLightOf() {
        assertThat(plan(incident().customerMood(CustomerMood.UPSET).severity(Severity.HIGH).patientImpact(true))
                .avoids(Avoid.MINIMIZE_IT)).isTrue();
    }

    @Test
    void aMinorIncidentIsNeverMadeLightOf() {
        assertThat(plan(incident().customerMood(CustomerMood.UPSET).severity(Severity.LOW)).avoids(Avoid.MINIMIZE_IT))
                .isTrue();
    }

    @Test
    void anUpsetCustomerWithASeriousIncidentNeedsNoReminderNotToMinimise() {
        var plan = plan(incident().customerMood(CustomerMood.UPSET).severity(Severity.HIGH));

        assertThat(plan.avoids(Avoid.MINIMIZE_IT)).isFalse();
        assertThat(plan.avoids(Avoid.IGNORE_THE_CUSTOMER)).isFalse();
    }

    @Test
    void eachThingToAvoidIsListedOnceInVocabularyOrderWithItsReason() {
        var plan = plan(incident().faultOwner(FaultOwner.COMPANY).customerMood(CustomerMood.ANGRY)
                .mistake(Mistake.BILLING_ERROR).priorOccurrences(1).patientImpact(true));

        assertThat(plan.avoid()).extracting(a -> a.what()).containsExactly(Avoid.BLAME_OTHERS, Avoid.MAKE_EXCUSES,
                Avoid.JOKE_ABOUT_IT, Avoid.OVERPROMISE, Avoid.IGNORE_THE_CUSTOMER, Avoid.SORRY_FIRST_TO_ANGRY_CUSTOMER,
                Avoid.MINIMIZE_IT);
        assertThat(plan.avoid()).allSatisfy(a -> assertThat(a.why()).isNotBlank());
    }
}
