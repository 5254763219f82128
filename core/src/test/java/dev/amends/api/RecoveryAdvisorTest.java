package dev.amends.api;

import dev.amends.model.*;
import org.junit.jupiter.api.Test;

import static dev.amends.api.Drl.advisor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

class RecoveryAdvisorTest {

    @Test
    void ordersStepsByPhaseWhateverTheFiringOrder() {
        RecoveryAdvisor advisor = advisor("""
                rule "follow up" salience 100
                when Incident() then plan.step(Action.FOLLOW_UP, "Call again."); end
                rule "own it" salience 50
                when Incident() then plan.step(Action.TAKE_OWNERSHIP, "Own it."); end
                rule "fix it" salience 75
                when Incident() then plan.step(Action.FIX, "Fix it."); end
                """);

        RecoveryPlan plan = advisor.recommend(Incidents.wrongProduct().build());

        assertThat(plan.actions()).as("phase order")
                .containsExactly(Action.TAKE_OWNERSHIP, Action.FIX, Action.FOLLOW_UP);
        assertThat(plan.steps()).extracting(Step::order).containsExactly(1, 2, 3);
    }

    @Test
    void ordersStepsInsideAPhaseByPriority() {
        RecoveryAdvisor advisor = advisor("""
                rule "own it" when Incident() then plan.step(Action.TAKE_OWNERSHIP, "Own it."); end
                rule "disclose" when Incident() then plan.step(Action.DISCLOSE_WHAT_WE_KNOW, "What we know.").priority(30); end
                """);

        assertThat(Action.DISCLOSE_WHAT_WE_KNOW.phase()).isEqualTo(Action.TAKE_OWNERSHIP.phase());
        assertThat(advisor.recommend(Incidents.wrongProduct().build()).actions())
                .containsExactly(Action.TAKE_OWNERSHIP, Action.DISCLOSE_WHAT_WE_KNOW);
    }

    @Test
    void recordsTheRuleAndReasonBehindEachStep() {
        RecoveryAdvisor advisor = advisor("""
                rule "Fix what the rep broke"
                when Incident(faultOwner == FaultOwner.REP)
                then plan.step(Action.FIX, "Fix it.").by(Owner.SERVICE_TEAM).within(Timing.TODAY).because("It is ours.");
                end
                """);

        Step fix = advisor.recommend(Incidents.wrongProduct().build()).step(Action.FIX).orElseThrow();

        assertThat(fix.rule()).isEqualTo("Fix what the rep broke");
        assertThat(fix.why()).isEqualTo("It is ours.");
        assertThat(fix.owner()).isEqualTo(Owner.SERVICE_TEAM);
        assertThat(fix.timing()).isEqualTo(Timing.TODAY);
    }

    @Test
    void resolvesRelativeTimingsToTheWindowsTheRulesSet() {
        RecoveryAdvisor advisor = advisor("""
                rule "pace" when Incident() then plan.respondWithin(Timing.TODAY); plan.resolveWithin(Timing.WITHIN_A_WEEK); end
                rule "faster" when Incident() then plan.respondWithin(Timing.WITHIN_AN_HOUR); plan.contactBy(Channel.PHONE); end
                rule "own" when Incident() then plan.step(Action.TAKE_OWNERSHIP, "Own it."); end
                rule "fix" when Incident() then plan.step(Action.FIX, "Fix it.").within(Timing.BY_RESOLUTION_DEADLINE); end
                """);

        RecoveryPlan plan = advisor.recommend(Incidents.wrongProduct().build());

        assertThat(plan.respondWithin()).as("most urgent request wins").isEqualTo(Timing.WITHIN_AN_HOUR);
        assertThat(plan.channel()).isEqualTo(Channel.PHONE);
        assertThat(plan.step(Action.TAKE_OWNERSHIP).orElseThrow().timing()).isEqualTo(Timing.WITHIN_AN_HOUR);
        assertThat(plan.step(Action.FIX).orElseThrow().timing()).isEqualTo(Timing.WITHIN_A_WEEK);
    }

    @Test
    void dropRemovesAnActionWhicheverRuleAddedIt() {
        RecoveryAdvisor advisor = advisor("""
                rule "apologise" when Incident() then plan.step(Action.APOLOGIZE, "Sorry."); end
                rule "not our fault" when Incident(faultOwner == FaultOwner.CUSTOMER)
                then plan.drop(Action.APOLOGIZE, "the customer is at fault"); end
                """);

        assertThat(advisor.recommend(Incidents.wrongProduct().faultOwner(FaultOwner.CUSTOMER).build()).has(Action.APOLOGIZE))
                .isFalse();
        assertThat(advisor.recommend(Incidents.wrongProduct().build()).has(Action.APOLOGIZE)).isTrue();
    }

    @Test
    void listsEachThingToAvoidOnce() {
        RecoveryAdvisor advisor = advisor("""
                rule "b" when Incident() then plan.avoid(Avoid.JOKE_ABOUT_IT, "b"); plan.avoid(Avoid.BLAME_OTHERS, "b"); end
                rule "a" when Incident() then plan.avoid(Avoid.JOKE_ABOUT_IT, "a"); end
                """);

        RecoveryPlan plan = advisor.recommend(Incidents.wrongProduct().build());

        assertThat(plan.avoid()).extracting(a -> a.what()).containsExactly(Avoid.BLAME_OTHERS, Avoid.JOKE_ABOUT_IT);
        assertThat(plan.avoid().get(1).rule()).as("ties go to the rule first by name").isEqualTo("a");
    }

    @Test
    void anAdvisorIsUnaffectedByLaterUseOfItsBuilder() {
        RecoveryAdvisor.Builder builder = RecoveryAdvisor.builder().rules("one.drl", Drl.HEADER + """
                rule "fix" when Incident() then plan.step(Action.FIX, "Fix it."); end
                """);
        RecoveryAdvisor first = builder.build();

        builder.rules("two.drl", Drl.HEADER + """
                rule "follow up" when Incident() then plan.step(Action.FOLLOW_UP, "Call again."); end
                """).firingLimit(1);
        RecoveryAdvisor second = builder.build();

        assertThat(first.recommend(Incidents.wrongProduct().build()).actions()).containsExactly(Action.FIX);
        assertThat(second).isNotSameAs(first);
        assertThat(catchThrowable(() -> second.recommend(Incidents.wrongProduct().build())))
                .as("the second advisor has both files and the lower firing limit")
                .isInstanceOf(RuleEvaluationException.class);
    }

    @Test
    void aPlanIsUnaffectedByLaterPlans() {
        RecoveryAdvisor advisor = advisor("""
                rule "fix" when Incident() then plan.step(Action.FIX, "Fix it for {contact}."); end
                rule "refund" when Incident(faultOwner == FaultOwner.CUSTOMER) then plan.step(Action.OFFER_REMEDY, "Refund."); end
                """);
        RecoveryPlan first = advisor.recommend(Incidents.wrongProduct().contact("Ana").build());
        String before = first.toString();

        advisor.recommend(Incidents.wrongProduct().contact("Bo").faultOwner(FaultOwner.CUSTOMER).build());

        assertThat(first).hasToString(before);
        assertThat(first.steps()).singleElement().extracting(Step::wording).isEqualTo("Fix it for Ana.");
    }

    @Test
    void askingForTheDefaultPlaybookTwiceFailsAtOnceNamingTheMisuse() {
        RecoveryAdvisor.Builder builder = RecoveryAdvisor.builder().defaultPlaybook();

        assertThatThrownBy(builder::defaultPlaybook)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("defaultPlaybook() was already called; the default playbook can be added once");
    }
}
