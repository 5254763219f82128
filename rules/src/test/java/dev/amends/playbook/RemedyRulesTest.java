package dev.amends.playbook;

import dev.amends.model.Action;
import dev.amends.model.FaultOwner;
import dev.amends.model.Mistake;
import dev.amends.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.amends.playbook.DefaultPlaybook.incident;
import static dev.amends.playbook.DefaultPlaybook.plan;
import static dev.amends.playbook.DefaultPlaybook.step;
import static org.assertj.core.api.Assertions.assertThat;

class RemedyRulesTest {

    private static final String PROPORTIONATE = "Offer a proportionate remedy for a serious or repeated failure";
    private static final String AT_NO_COST = "Make a product or billing mistake cost the customer nothing";

    @ParameterizedTest
    @EnumSource(value = Severity.class, names = {"HIGH", "CRITICAL"})
    void aSeriousFailureEarnsAProportionateRemedy(Severity severity) {
        assertThat(step(plan(incident().severity(severity)), Action.OFFER_REMEDY).rule()).isEqualTo(PROPORTIONATE);
    }

    @Test
    void aRepeatEarnsAProportionateRemedyEvenWhenMinor() {
        assertThat(step(plan(incident().severity(Severity.LOW).priorOccurrences(2)), Action.OFFER_REMEDY).rule())
                .isEqualTo(PROPORTIONATE);
    }

    @ParameterizedTest
    @EnumSource(value = Mistake.class, names = {"WRONG_PRODUCT", "DEFECTIVE_PRODUCT", "BILLING_ERROR", "LATE_DELIVERY"})
    void aMinorProductOrBillingMistakeCostsTheCustomerNothing(Mistake mistake) {
        assertThat(step(plan(incident().mistake(mistake).severity(Severity.LOW)), Action.OFFER_REMEDY).rule())
                .isEqualTo(AT_NO_COST);
    }

    @Test
    void aMinorFirstMistakeOfAnotherKindNeedsNoRemedyBeyondTheFix() {
        assertThat(plan(incident().mistake(Mistake.MISSED_APPOINTMENT).severity(Severity.LOW)).has(Action.OFFER_REMEDY))
                .isFalse();
    }

    @Test
    void noRemedyWhenTheCustomersOwnSideCausedIt() {
        assertThat(plan(incident().faultOwner(FaultOwner.CUSTOMER).severity(Severity.CRITICAL).priorOccurrences(1))
                .has(Action.OFFER_REMEDY)).isFalse();
    }

    @Test
    void theRemedyComesAfterTheFix() {
        var plan = plan(incident().severity(Severity.HIGH));

        assertThat(step(plan, Action.OFFER_REMEDY).order()).isEqualTo(step(plan, Action.FIX).order() + 1);
    }
}
