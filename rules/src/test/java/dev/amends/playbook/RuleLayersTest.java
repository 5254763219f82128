package dev.amends.playbook;

import dev.amends.api.PlaybookCompilationException;
import dev.amends.api.PlaybookProblem;
import dev.amends.api.RecoveryAdvisor;
import dev.amends.model.Action;
import dev.amends.api.RecoveryPlan;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The default playbook extended and overridden by an analyst's rules (given as text here, as a folder would give them). */
class RuleLayersTest {

    private static final String OWN_FILE = """
            package analyst.rules;
            import dev.amends.model.*;
            global dev.amends.dsl.PlanDraft plan;
            rule "Own your own mistake and the fix"
            when Incident() then plan.step(Action.TAKE_OWNERSHIP, "Our own words, {contact}.").because("ours"); end
            rule "A rule of our own"
            when Incident() then plan.step(Action.OFFER_REMEDY, "A gift card."); end
            """;

    @Test
    void aRuleOfTheSameNameReplacesTheDefaultOneAndNewRulesAreAdded() {
        RecoveryAdvisor advisor = RecoveryAdvisor.builder().defaultPlaybook().rules("analyst.drl", OWN_FILE).build();

        RecoveryPlan plan = advisor.recommend(DefaultPlaybook.incident().contact("Dr. Lee").build());

        assertThat(plan.step(Action.TAKE_OWNERSHIP).orElseThrow().wording()).isEqualTo("Our own words, Dr. Lee.");
        assertThat(plan.has(Action.OFFER_REMEDY)).isTrue();
        assertThat(plan.has(Action.FIX)).as("the rest of the default playbook still applies").isTrue();
        assertThat(advisor.rules()).filteredOn(r -> r.name().equals("Own your own mistake and the fix")).singleElement()
                .satisfies(r -> assertThat(r.location()).isEqualTo("analyst.drl:4"));
    }

    @Test
    void theDefaultPlaybookAloneHasItsOwnWording() {
        // layered first, in this test, so that a layer leaking into the default playbook would show whatever the test order
        RecoveryAdvisor.builder().defaultPlaybook().rules("analyst.drl", OWN_FILE).build().recommend(DefaultPlaybook.incident().build());

        RecoveryPlan plan = RecoveryAdvisor.withDefaultPlaybook().recommend(DefaultPlaybook.incident().build());

        assertThat(plan.step(Action.TAKE_OWNERSHIP).orElseThrow().wording()).doesNotContain("Our own words");
        assertThat(plan.actions()).doesNotContain(Action.OFFER_REMEDY);
    }

    @Test
    void aRuleNamedLikeADefaultRuleWithATypoIsAnErrorNamingTheDefaultRule() {
        List<PlaybookProblem> problems = catchThrowableOfType(PlaybookCompilationException.class,
                () -> RecoveryAdvisor.builder().defaultPlaybook().rules("analyst.drl", """
                        package analyst.rules;
                        import dev.amends.model.*;
                        global dev.amends.dsl.PlanDraft plan;
                        rule "Help the customer get what they ment to order"
                        when Incident( mistake == Mistake.WRONG_PRODUCT ) then plan.step(Action.FIX, "Courier it."); end
                        """).build()).problems();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("analyst.drl");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.column()).isEqualTo(7);
            assertThat(p.rule()).contains("Help the customer get what they ment to order");
            assertThat(p.message()).isEqualTo("its name is nearly that of the default rule \"Help the customer get what they meant to order\", "
                    + "so it would run beside it instead of replacing it; to replace it, use exactly that name");
        });
    }

    @Test
    void twoRulesOfTheSameNameOutsideTheDefaultPlaybookAreStillAnError() {
        List<PlaybookProblem> problems = catchThrowableOfType(PlaybookCompilationException.class,
                () -> RecoveryAdvisor.builder().defaultPlaybook().rules("a.drl", OWN_FILE)
                        .rules("b.drl", OWN_FILE.replace("analyst.rules", "other.rules")).build()).problems();

        assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p.message()).contains("is defined twice"));
    }
}
