package dev.amends.playbook;

import dev.amends.model.Action;
import dev.amends.model.FaultOwner;
import dev.amends.model.Mistake;
import dev.amends.model.RecoveryPlan;
import dev.amends.model.Severity;
import dev.amends.model.Timing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.amends.playbook.DefaultPlaybook.incident;
import static dev.amends.playbook.DefaultPlaybook.plan;
import static dev.amends.playbook.DefaultPlaybook.position;
import static dev.amends.playbook.DefaultPlaybook.step;
import static org.assertj.core.api.Assertions.assertThat;

class BackboneRulesTest {

    @ParameterizedTest
    @EnumSource(FaultOwner.class)
    void everyPlanPreparesOwnsFixesAndFollowsUp(FaultOwner faultOwner) {
        RecoveryPlan plan = plan(incident().faultOwner(faultOwner));

        assertThat(plan.actions()).as("backbone for %s", faultOwner)
                .contains(Action.SEE_CUSTOMER_VIEW, Action.TAKE_OWNERSHIP, Action.FIX, Action.FIND_ROOT_CAUSE,
                        Action.EXPLAIN_CAUSE, Action.SHARE_PREVENTION, Action.DOUBLE_CHECK_PLAN,
                        Action.THANK_FOR_UNDERSTANDING, Action.FOLLOW_UP);
    }

    @Test
    void preparationComesBeforeAnyContact() {
        RecoveryPlan plan = plan(incident());

        assertThat(plan.steps().get(0).action()).isEqualTo(Action.SEE_CUSTOMER_VIEW);
        assertThat(plan.steps().get(0).timing()).isEqualTo(Timing.IMMEDIATELY);
    }

    @Test
    void ownershipComesBeforeTheFix() {
        RecoveryPlan plan = plan(incident());

        assertThat(position(plan, Action.TAKE_OWNERSHIP)).isLessThan(position(plan, Action.FIX));
    }

    @Test
    void theApologyComesBeforeTheExplanation() {
        RecoveryPlan plan = plan(incident().faultOwner(FaultOwner.REP));

        assertThat(position(plan, Action.APOLOGIZE)).isLessThan(position(plan, Action.EXPLAIN_CAUSE));
    }

    @Test
    void theRootCauseIsFoundBeforeItIsExplained() {
        RecoveryPlan plan = plan(incident());

        assertThat(position(plan, Action.FIND_ROOT_CAUSE)).isLessThan(position(plan, Action.EXPLAIN_CAUSE));
        assertThat(position(plan, Action.EXPLAIN_CAUSE)).isLessThan(position(plan, Action.SHARE_PREVENTION));
    }

    @Test
    void followUpIsTheLastPhase() {
        RecoveryPlan plan = plan(incident().referralsLost(true));

        assertThat(plan.steps().get(plan.steps().size() - 1).phase()).isEqualTo(dev.amends.model.Phase.FOLLOW_UP);
        assertThat(position(plan, Action.THANK_FOR_UNDERSTANDING)).isLessThan(position(plan, Action.FOLLOW_UP));
    }

    @Test
    void anOrdinaryIncidentIsFollowedUpAWeekAfterTheFix() {
        var followUp = step(plan(incident().severity(Severity.HIGH)), Action.FOLLOW_UP);

        assertThat(followUp.rule()).isEqualTo("Check back a week after the fix");
        assertThat(followUp.timing()).isEqualTo(Timing.AFTER_A_WEEK);
    }

    @Test
    void aPatientIssueKeepsTheCustomerInformedUntilItIsClosed() {
        var followUp = step(plan(incident().severity(Severity.HIGH).patientImpact(true)), Action.FOLLOW_UP);

        assertThat(followUp.rule()).isEqualTo("Keep in touch until a patient issue is closed");
        assertThat(followUp.timing()).isEqualTo(Timing.WITHIN_THREE_DAYS);
    }

    @Test
    void aCriticalIncidentKeepsTheCustomerInformedEvenWithoutAPatientFlag() {
        assertThat(step(plan(incident().severity(Severity.CRITICAL)), Action.FOLLOW_UP).rule())
                .isEqualTo("Keep in touch until a patient issue is closed");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            WRONG_PRODUCT             | Replace the wrong product
            DEFECTIVE_PRODUCT         | Replace the defective product and keep the faulty one
            INCORRECT_INFORMATION     | Correct the wrong information in writing
            FORGOTTEN_ITEM            | Bring what was forgotten
            MISSED_APPOINTMENT        | Rebook the missed appointment on their terms
            BILLING_ERROR             | Correct the bill
            OVERLOOKED_DECISION_MAKER | Bring the overlooked decision maker in
            BROKEN_PROMISE            | Keep the promise or say plainly what you can deliver
            LATE_DELIVERY             | Get the late delivery moving
            UNANSWERED_REQUEST        | Answer the request in full
            OTHER                     | Agree what putting it right looks like
            """)
    void eachKindOfMistakeHasItsOwnFix(Mistake mistake, String rule) {
        RecoveryPlan plan = plan(incident().mistake(mistake));

        assertThat(plan.steps()).filteredOn(s -> s.action() == Action.FIX).singleElement()
                .satisfies(fix -> assertThat(fix.rule()).isEqualTo(rule));
    }

    @Test
    void theFixIsDueByTheResolutionDeadline() {
        assertThat(step(plan(incident().severity(Severity.HIGH)), Action.FIX).timing())
                .isEqualTo(Timing.WITHIN_A_BUSINESS_DAY);
    }

    @Test
    void theWordingUsesTheCustomersName() {
        RecoveryPlan plan = plan(incident().contact("Dr. Amara Osei").product("5 mm cortical screws")
                .mistake(Mistake.WRONG_PRODUCT));

        assertThat(step(plan, Action.TAKE_OWNERSHIP).wording()).contains("Dr. Amara Osei");
        assertThat(step(plan, Action.FIX).wording()).contains("the right 5 mm cortical screws");
    }

    @Test
    void missingNamesReadNaturally() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.WRONG_PRODUCT));

        assertThat(step(plan, Action.TAKE_OWNERSHIP).wording()).contains("Doctor").doesNotContain("{");
        assertThat(step(plan, Action.FIX).wording()).contains("the right product");
    }
}
