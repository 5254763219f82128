package dev.amends.api;

import dev.amends.model.*;
import org.junit.jupiter.api.Test;

import static dev.amends.api.Drl.advisor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A rule places a step inside its phase with words, {@code .after(Action.X)} or {@code .before(Action.X)},
 * instead of a priority number. In {@code CONTACT} the actions' default places are REACH_OUT_FIRST,
 * THANK_FOR_RAISING, LISTEN_FIRST, in that order.
 */
class StepPlacementTest {

    private static RecoveryPlan plan(String rules) {
        return advisor(rules).recommend(Incidents.wrongProduct().build());
    }

    @Test
    void aStepPlacedAfterAnActionComesAfterAStepOfThatActionAtItsDefaultPlace() {
        RecoveryPlan plan = plan("""
                rule "listen" when Incident() then plan.step(Action.LISTEN_FIRST, "Listen."); end
                rule "reach out" when Incident() then plan.step(Action.REACH_OUT_FIRST, "Call.").after(Action.LISTEN_FIRST); end
                """);

        assertThat(plan.actions()).containsExactly(Action.LISTEN_FIRST, Action.REACH_OUT_FIRST);
    }

    @Test
    void aStepPlacedBeforeAnActionComesBeforeAStepOfThatActionAtItsDefaultPlace() {
        RecoveryPlan plan = plan("""
                rule "reach out" when Incident() then plan.step(Action.REACH_OUT_FIRST, "Call."); end
                rule "listen" when Incident() then plan.step(Action.LISTEN_FIRST, "Listen.").before(Action.REACH_OUT_FIRST); end
                """);

        assertThat(plan.actions()).containsExactly(Action.LISTEN_FIRST, Action.REACH_OUT_FIRST);
    }

    @Test
    void aStepPlacedAfterAnActionComesBeforeTheActionsThatFollowItInThePhase() {
        RecoveryPlan plan = plan("""
                rule "reach out" when Incident() then plan.step(Action.REACH_OUT_FIRST, "Call.").after(Action.REACH_OUT_FIRST); end
                rule "thank" when Incident() then plan.step(Action.THANK_FOR_RAISING, "Thank them."); end
                rule "listen" when Incident() then plan.step(Action.LISTEN_FIRST, "Listen.").after(Action.THANK_FOR_RAISING); end
                """);

        assertThat(plan.actions()).containsExactly(Action.REACH_OUT_FIRST, Action.THANK_FOR_RAISING, Action.LISTEN_FIRST);
    }

    @Test
    void thePlaceAStepIsGivenLastCounts() {
        RecoveryPlan plan = plan("""
                rule "listen" when Incident() then plan.step(Action.LISTEN_FIRST, "Listen."); end
                rule "thank" when Incident() then plan.step(Action.THANK_FOR_RAISING, "Thank them.").after(Action.LISTEN_FIRST).priority(5); end
                rule "reach out" when Incident() then plan.step(Action.REACH_OUT_FIRST, "Call.").priority(1).before(Action.LISTEN_FIRST); end
                """);

        assertThat(plan.actions()).containsExactly(Action.THANK_FOR_RAISING, Action.REACH_OUT_FIRST, Action.LISTEN_FIRST);
    }

    @Test
    void aPlaceNamedByAnActionOfAnotherPhaseFailsTheRuleThatNamesIt() {
        RuleEvaluationException e = catchThrowableOfType(RuleEvaluationException.class, () -> plan("""
                rule "thank after the fix" when Incident() then plan.step(Action.THANK_FOR_RAISING, "Thank them.").after(Action.FIX); end
                """));

        assertThat(e).isNotNull();
        assertThat(e.rule()).isEqualTo("thank after the fix");
        assertThat(e.getMessage()).contains("a THANK_FOR_RAISING step cannot be placed after FIX",
                "THANK_FOR_RAISING is in CONTACT, FIX in REMEDY");
    }

    @Test
    void aStepMarkedFirstIsTheFirstThingSaidWhateverItsPhase() {
        RecoveryPlan plan = plan("""
                rule "reach out" when Incident() then plan.step(Action.REACH_OUT_FIRST, "Call."); end
                rule "own" when Incident() then plan.step(Action.TAKE_OWNERSHIP, "It is mine."); end
                rule "hold" when Incident() then plan.step(Action.QUARANTINE_PRODUCT, "Keep it out of use.").first(); end
                """);

        assertThat(plan.actions()).containsExactly(Action.QUARANTINE_PRODUCT, Action.REACH_OUT_FIRST, Action.TAKE_OWNERSHIP);
    }

    @Test
    void stepsMarkedFirstKeepTheirUsualOrderAmongThemselves() {
        RecoveryPlan plan = plan("""
                rule "reach out" when Incident() then plan.step(Action.REACH_OUT_FIRST, "Call."); end
                rule "fix" when Incident() then plan.step(Action.FIX, "Here is the right one.").first(); end
                rule "hold" when Incident() then plan.step(Action.QUARANTINE_PRODUCT, "Keep it out of use.").first(); end
                """);

        assertThat(plan.actions()).containsExactly(Action.QUARANTINE_PRODUCT, Action.FIX, Action.REACH_OUT_FIRST);
    }
}
