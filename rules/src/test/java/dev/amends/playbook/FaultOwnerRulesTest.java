package dev.amends.playbook;

import dev.amends.engine.Explanation;
import dev.amends.engine.RecoveryAdvisor;
import dev.amends.model.Action;
import dev.amends.model.Avoid;
import dev.amends.model.FaultOwner;
import dev.amends.model.RecoveryPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.amends.playbook.DefaultPlaybook.incident;
import static dev.amends.playbook.DefaultPlaybook.plan;
import static dev.amends.playbook.DefaultPlaybook.step;
import static org.assertj.core.api.Assertions.assertThat;

class FaultOwnerRulesTest {

    @Test
    void theRepsOwnMistakeGetsAPersonalApology() {
        RecoveryPlan plan = plan(incident().faultOwner(FaultOwner.REP));

        assertThat(plan.has(Action.APOLOGIZE)).isTrue();
        assertThat(plan.has(Action.EXPRESS_REGRET)).as("no half-apology when it was ours").isFalse();
        assertThat(step(plan, Action.APOLOGIZE).wording()).contains("my mistake");
    }

    @ParameterizedTest
    @EnumSource(value = FaultOwner.class, names = {"COMPANY", "THIRD_PARTY", "UNKNOWN"})
    void someoneElsesMistakeGetsRegretWithoutClaimingTheFault(FaultOwner faultOwner) {
        RecoveryPlan plan = plan(incident().faultOwner(faultOwner));

        assertThat(plan.has(Action.EXPRESS_REGRET)).isTrue();
        assertThat(plan.has(Action.APOLOGIZE)).isFalse();
        assertThat(step(plan, Action.EXPRESS_REGRET).wording()).contains("sorry this happened to you")
                .doesNotContain("my mistake");
    }

    @ParameterizedTest
    @EnumSource(value = FaultOwner.class, names = {"COMPANY", "THIRD_PARTY", "UNKNOWN", "CUSTOMER"})
    void theRepOwnsTheFixEvenWhenSomeoneElseCausedIt(FaultOwner faultOwner) {
        RecoveryPlan plan = plan(incident().faultOwner(faultOwner));

        assertThat(plan.has(Action.TAKE_OWNERSHIP)).isTrue();
        assertThat(plan.avoids(Avoid.BLAME_OTHERS)).as("no finger-pointing").isTrue();
    }

    @Test
    void theRepsOwnMistakeNeedsNoWarningAgainstBlamingOthers() {
        assertThat(plan(incident().faultOwner(FaultOwner.REP)).avoids(Avoid.BLAME_OTHERS)).isFalse();
    }

    @Test
    void theCustomersOwnMistakeGetsNoApologyButThanksAFixAndAGentleExplanation() {
        RecoveryPlan plan = plan(incident().faultOwner(FaultOwner.CUSTOMER));

        assertThat(plan.actions()).doesNotContain(Action.APOLOGIZE, Action.EXPRESS_REGRET)
                .contains(Action.THANK_FOR_RAISING, Action.FIX, Action.THANK_FOR_UNDERSTANDING);
        assertThat(step(plan, Action.EXPLAIN_CAUSE).rule()).isEqualTo("Explain gently when the customer's side caused it");
    }

    @Test
    void explainingTheCustomersOwnMistakeShowsTheRegretDroppedAndWhy() {
        Explanation explanation = DefaultPlaybook.ADVISOR.explain(incident().faultOwner(FaultOwner.CUSTOMER).build());

        assertThat(explanation.dropped()).singleElement().satisfies(dropped -> {
            assertThat(dropped.action()).isEqualTo(Action.EXPRESS_REGRET);
            assertThat(dropped.proposedBy()).isEqualTo("Express regret when someone else erred");
            assertThat(dropped.droppedBy()).isEqualTo("No apology for the customer's own mistake");
            assertThat(dropped.why()).isEqualTo("the customer is at fault");
        });
    }

    @Test
    void noRuleCanApologiseForTheCustomersOwnMistake() {
        RecoveryAdvisor advisor = RecoveryAdvisor.builder().defaultPlaybook().rules("extra.drl", """
                package dev.amends.extra;
                import dev.amends.model.*;
                global dev.amends.engine.PlanDraft plan;
                rule "Always say sorry"
                when Incident()
                then
                    plan.step(Action.APOLOGIZE, "Sorry.");
                    plan.step(Action.EXPRESS_REGRET, "So sorry.");
                end
                """).build();

        RecoveryPlan customersFault = advisor.recommend(incident().faultOwner(FaultOwner.CUSTOMER).build());
        RecoveryPlan repsFault = advisor.recommend(incident().faultOwner(FaultOwner.REP).build());

        assertThat(customersFault.actions()).doesNotContain(Action.APOLOGIZE, Action.EXPRESS_REGRET);
        assertThat(repsFault.actions()).as("the extra rule works otherwise").contains(Action.EXPRESS_REGRET);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            REP         | Explain your own mistake without excuses
            COMPANY     | Explain which step of the process failed
            THIRD_PARTY | Explain which step of the process failed
            CUSTOMER    | Explain gently when the customer's side caused it
            UNKNOWN     | Share the findings when the cause was unknown
            """)
    void theExplanationFitsWhoCausedIt(FaultOwner faultOwner, String rule) {
        RecoveryPlan plan = plan(incident().faultOwner(faultOwner));

        assertThat(plan.steps()).filteredOn(s -> s.action() == Action.EXPLAIN_CAUSE).singleElement()
                .satisfies(s -> assertThat(s.rule()).isEqualTo(rule));
    }
}
