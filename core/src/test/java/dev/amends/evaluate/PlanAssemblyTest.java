package dev.amends.evaluate;

import dev.amends.api.RecoveryAdvisor;
import dev.amends.model.*;
import dev.amends.api.RecoveryPlan;
import dev.amends.api.Step;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import dev.amends.api.Incidents;
import static dev.amends.api.Drl.advisor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PlanAssemblyTest {

    private static RecoveryPlan plan(String rules) {
        return advisor(rules).recommend(Incidents.wrongProduct().build());
    }

    @Test
    void withoutPaceRulesThePlanUsesTheDefaultWindowsAndChannel() {
        RecoveryPlan plan = plan("""
                rule "own" when Incident() then plan.step(Action.TAKE_OWNERSHIP, "Own it."); end
                rule "fix" when Incident() then plan.step(Action.FIX, "Fix it.").within(Timing.BY_RESOLUTION_DEADLINE); end
                """);

        assertThat(plan.respondWithin()).isEqualTo(PlanAssembler.DEFAULT_RESPONSE);
        assertThat(plan.channel()).isEqualTo(PlanAssembler.DEFAULT_CHANNEL);
        assertThat(plan.step(Action.TAKE_OWNERSHIP).orElseThrow().timing())
                .as("a step's default timing is the first-contact window").isEqualTo(PlanAssembler.DEFAULT_RESPONSE);
        assertThat(plan.step(Action.FIX).orElseThrow().timing()).isEqualTo(PlanAssembler.DEFAULT_RESOLUTION);
    }

    @Test
    void theDefaultWindowsAreConcrete() {
        assertThat(PlanAssembler.DEFAULT_RESPONSE.isRelative()).isFalse();
        assertThat(PlanAssembler.DEFAULT_RESOLUTION.isRelative()).isFalse();
    }

    @Test
    void noStepOfAFinishedPlanHasARelativeTiming() {
        RecoveryPlan plan = plan("""
                rule "pace" when Incident() then plan.respondWithin(Timing.WITHIN_FOUR_HOURS); plan.resolveWithin(Timing.WITHIN_THREE_DAYS); end
                rule "steps"
                when
                    Incident()
                then
                    plan.step(Action.TAKE_OWNERSHIP, "Own it.").within(Timing.AT_FIRST_CONTACT);
                    plan.step(Action.FIX, "Fix it.").within(Timing.BY_RESOLUTION_DEADLINE);
                    plan.step(Action.FOLLOW_UP, "Call.").within(Timing.AFTER_A_MONTH);
                end
                """);

        assertThat(plan.steps()).extracting(Step::timing)
                .containsExactly(Timing.WITHIN_FOUR_HOURS, Timing.WITHIN_THREE_DAYS, Timing.AFTER_A_MONTH);
    }

    @Test
    void theMostUrgentWindowAndTheMostPersonalChannelWin() {
        RecoveryPlan plan = plan("""
                rule "slow" salience 10 when Incident() then plan.resolveWithin(Timing.WITHIN_TWO_WEEKS); plan.contactBy(Channel.IN_PERSON); end
                rule "fast" when Incident() then plan.resolveWithin(Timing.TODAY); plan.contactBy(Channel.PHONE); end
                rule "slower" salience -10 when Incident() then plan.resolveWithin(Timing.WITHIN_A_WEEK); plan.contactBy(Channel.EMAIL); end
                rule "fix" when Incident() then plan.step(Action.FIX, "Fix it.").within(Timing.BY_RESOLUTION_DEADLINE); end
                """);

        assertThat(plan.step(Action.FIX).orElseThrow().timing()).isEqualTo(Timing.TODAY);
        assertThat(plan.channel()).isEqualTo(Channel.IN_PERSON);
    }

    @Test
    void aStepHasItsDefaultsWhenTheRuleRefinesNothing() {
        Step step = plan("""
                rule "plain" when Incident() then plan.step(Action.FIX, "Fix it."); end
                """).steps().get(0);

        assertThat(step).isEqualTo(new Plan.PlannedStep(1, Stage.FIRST_CONTACT, Phase.REMEDY, Action.FIX, "Fix it.", PlanAssembler.DEFAULT_RESPONSE,
                Owner.REP, "plain", ""));
    }

    @Test
    void dropRemovesTheActionWhicheverRulesAddedIt() {
        RecoveryPlan plan = plan("""
                rule "remedy one" when Incident() then plan.step(Action.OFFER_REMEDY, "Refund."); end
                rule "remedy two" when Incident() then plan.step(Action.OFFER_REMEDY, "Credit."); end
                rule "own" when Incident() then plan.step(Action.TAKE_OWNERSHIP, "Own it."); end
                rule "follow up" when Incident() then plan.step(Action.FOLLOW_UP, "Call."); end
                rule "no remedy" when Incident() then plan.drop(Action.OFFER_REMEDY, "covered elsewhere"); end
                """);

        assertThat(plan.actions()).containsExactly(Action.TAKE_OWNERSHIP, Action.FOLLOW_UP);
        assertThat(plan.steps()).extracting(Step::order).as("numbered without gaps").containsExactly(1, 2);
    }

    @Test
    void droppingAnActionNoRuleAddedChangesNothing() {
        RecoveryPlan plan = plan("""
                rule "own" when Incident() then plan.step(Action.TAKE_OWNERSHIP, "Own it."); end
                rule "no apology" when Incident() then plan.drop(Action.APOLOGIZE, "not ours"); end
                """);

        assertThat(plan.actions()).containsExactly(Action.TAKE_OWNERSHIP);
    }

    @Test
    void aClauseAddedToAnActionFollowsTheWordingOfItsStepAfterASemicolonAndKeepsItsRule() {
        RecoveryPlan plan = plan("""
                rule "check" when Incident() then plan.step(Action.DOUBLE_CHECK_PLAN, "Pack from a list."); end
                rule "review" when Incident() then plan.addTo(Action.DOUBLE_CHECK_PLAN, "ask your manager to look at it with you"); end
                rule "own" when Incident() then plan.step(Action.TAKE_OWNERSHIP, "Own it."); end
                """);

        Step check = plan.step(Action.DOUBLE_CHECK_PLAN).orElseThrow();
        assertThat(check.wording()).isEqualTo("Pack from a list; ask your manager to look at it with you.");
        assertThat(check.rule()).isEqualTo("check");
        assertThat(plan.step(Action.TAKE_OWNERSHIP).orElseThrow().wording()).as("other actions untouched").isEqualTo("Own it.");
    }

    @Test
    void clausesAddedByTwoRulesFollowInTheOrderOfTheRulesNamesWhicheverFiresFirst() {
        RecoveryPlan plan = plan("""
                rule "b later" salience 10 when Incident() then plan.addTo(Action.DOUBLE_CHECK_PLAN, "then b"); end
                rule "a first" salience -10 when Incident() then plan.addTo(Action.DOUBLE_CHECK_PLAN, "then a."); end
                rule "check" when Incident() then plan.step(Action.DOUBLE_CHECK_PLAN, "Check."); end
                """);

        assertThat(plan.step(Action.DOUBLE_CHECK_PLAN).orElseThrow().wording()).isEqualTo("Check; then a; then b.");
    }

    @Test
    void aClauseAddedToAnActionNoRuleRecommendedAddsNoStep() {
        RecoveryPlan plan = plan("""
                rule "own" when Incident() then plan.step(Action.TAKE_OWNERSHIP, "Own it."); end
                rule "review" when Incident() then plan.addTo(Action.DOUBLE_CHECK_PLAN, "ask your manager"); end
                """);

        assertThat(plan.actions()).containsExactly(Action.TAKE_OWNERSHIP);
    }

    @Test
    void eachThingToAvoidIsListedOnceInTheOrderOfTheVocabulary() {
        RecoveryPlan plan = plan("""
                rule "z" when Incident() then plan.avoid(Avoid.MINIMIZE_IT, "z"); plan.avoid(Avoid.BLAME_OTHERS, "z"); end
                rule "y" when Incident() then plan.avoid(Avoid.MINIMIZE_IT, "y"); plan.avoid(Avoid.OVERPROMISE, "y"); end
                rule "x" when Incident() then plan.avoid(Avoid.OVERPROMISE, "x"); end
                """);

        assertThat(plan.avoid()).containsExactly(
                new Plan.PlannedAvoidance(Avoid.BLAME_OTHERS, "z", "z"),
                new Plan.PlannedAvoidance(Avoid.OVERPROMISE, "x", "x"),
                new Plan.PlannedAvoidance(Avoid.MINIMIZE_IT, "y", "y"));
    }

    @Test
    void aRuleGivingTheSameWarningTwiceIsListedOnce() {
        RecoveryPlan plan = plan("""
                rule "twice" when Incident() then plan.avoid(Avoid.JOKE_ABOUT_IT, "no"); plan.avoid(Avoid.JOKE_ABOUT_IT, "no"); end
                """);

        assertThat(plan.avoid()).containsExactly(new Plan.PlannedAvoidance(Avoid.JOKE_ABOUT_IT, "no", "twice"));
    }

    @Test
    void aPlaybookThatRecommendsNothingGivesAnEmptyPlan() {
        RecoveryPlan plan = plan("""
                rule "only when critical" when Incident(severity == Severity.CRITICAL) then plan.step(Action.FIX, "Fix it."); end
                """);

        assertThat(plan.steps()).isEmpty();
        assertThat(plan.avoid()).isEmpty();
        assertThat(plan.incident()).isEqualTo(Incidents.wrongProduct().build());
    }

    @Test
    void aPlaybookWithoutThePlanGlobalStillRuns() {
        RecoveryAdvisor advisor = RecoveryAdvisor.builder().rules("bare.drl", """
                package test.bare;
                import dev.amends.model.*;
                rule "look" when Incident() then System.getProperty("nothing"); end
                """).build();

        assertThat(advisor.recommend(Incidents.wrongProduct().build()).steps()).isEmpty();
    }

    @Test
    void withEveryActionAtFirstContactTheInHouseStepsComeFirstInActionOrderThenTheConversationInPhaseOrder() {
        StringBuilder rules = new StringBuilder();
        Action[] actions = Action.values();
        for (int i = actions.length - 1; i >= 0; i--) {
            rules.append("rule \"r").append(i).append("\" salience ").append(i)
                    .append(" when Incident() then plan.step(Action.").append(actions[i]).append(", \"x\"); end\n");
        }

        RecoveryPlan plan = plan(rules.toString());

        List<Step> before = plan.steps(Stage.BEFORE_CONTACT);
        List<Step> conversation = plan.steps(Stage.FIRST_CONTACT);
        assertThat(before).extracting(Step::action)
                .containsExactlyElementsOf(Arrays.stream(actions).filter(Action::inHouse).toList());
        assertThat(conversation).extracting(Step::action)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(actions).filter(a -> !a.inHouse()).toList());
        assertThat(conversation).extracting(Step::phase).isSorted();
        assertThat(plan.steps(Stage.FOLLOW_THROUGH)).isEmpty();
        assertThat(plan.steps()).extracting(Step::order).containsExactlyElementsOf(
                IntStream.rangeClosed(1, actions.length).boxed().toList());
    }

    @Test
    void anInHouseStepDueImmediatelyComesBeforeTheConversation() {
        RecoveryPlan plan = plan("""
                rule "pace" when Incident() then plan.respondWithin(Timing.TODAY); end
                rule "own" when Incident() then plan.step(Action.TAKE_OWNERSHIP, "Own it."); end
                rule "report" when Incident() then plan.step(Action.ROUTE_COMPLAINT, "Report it.").within(Timing.IMMEDIATELY); end
                """);

        assertThat(plan.steps()).extracting(Step::action, Step::stage).containsExactly(
                tuple(Action.ROUTE_COMPLAINT, Stage.BEFORE_CONTACT), tuple(Action.TAKE_OWNERSHIP, Stage.FIRST_CONTACT));
    }

    @Test
    void anInHouseStepDueAfterTheFirstContactFollowsTheConversation() {
        RecoveryPlan plan = plan("""
                rule "pace" when Incident() then plan.respondWithin(Timing.WITHIN_AN_HOUR); end
                rule "own" when Incident() then plan.step(Action.TAKE_OWNERSHIP, "Own it."); end
                rule "escalate" when Incident() then plan.step(Action.ESCALATE_TO_LEADERSHIP, "Tell them.").within(Timing.TODAY); end
                """);

        assertThat(plan.steps()).extracting(Step::action, Step::stage).containsExactly(
                tuple(Action.TAKE_OWNERSHIP, Stage.FIRST_CONTACT), tuple(Action.ESCALATE_TO_LEADERSHIP, Stage.FOLLOW_THROUGH));
    }

    @Test
    void aCustomerStepAtFirstContactIsPartOfTheConversationInPhaseOrder() {
        RecoveryPlan plan = plan("""
                rule "pace" when Incident() then plan.respondWithin(Timing.TODAY); end
                rule "own" when Incident() then plan.step(Action.TAKE_OWNERSHIP, "Own it.").within(Timing.AT_FIRST_CONTACT); end
                rule "thank" when Incident() then plan.step(Action.THANK_FOR_RAISING, "Thank you."); end
                """);

        assertThat(plan.steps()).extracting(Step::action, Step::stage, Step::timing).containsExactly(
                tuple(Action.THANK_FOR_RAISING, Stage.FIRST_CONTACT, Timing.TODAY),
                tuple(Action.TAKE_OWNERSHIP, Stage.FIRST_CONTACT, Timing.TODAY));
    }

    @Test
    void aCustomerStepWithATimingOfItsOwnFollowsTheConversationAndBringsItForwardWhenDueSooner() {
        RecoveryPlan plan = plan("""
                rule "pace" when Incident() then plan.respondWithin(Timing.TODAY); end
                rule "thank" when Incident() then plan.step(Action.THANK_FOR_RAISING, "Thank you."); end
                rule "fix" when Incident() then plan.step(Action.FIX, "Fix it.").within(Timing.WITHIN_FOUR_HOURS); end
                """);

        assertThat(plan.respondWithin()).isEqualTo(Timing.WITHIN_FOUR_HOURS);
        assertThat(plan.steps()).extracting(Step::action, Step::stage, Step::timing).containsExactly(
                tuple(Action.THANK_FOR_RAISING, Stage.FIRST_CONTACT, Timing.WITHIN_FOUR_HOURS),
                tuple(Action.FIX, Stage.FOLLOW_THROUGH, Timing.WITHIN_FOUR_HOURS));
    }

    @Test
    void theFollowThroughComesInTheOrderItFallsDueWhateverThePhases() {
        RecoveryPlan plan = plan("""
                rule "pace" when Incident() then plan.respondWithin(Timing.WITHIN_AN_HOUR); end
                rule "fix" when Incident() then plan.step(Action.FIX, "Fix it.").within(Timing.WITHIN_TWO_WEEKS); end
                rule "call" when Incident() then plan.step(Action.FOLLOW_UP, "Call.").within(Timing.WITHIN_THREE_DAYS); end
                rule "explain" when Incident() then plan.step(Action.EXPLAIN_CAUSE, "Explain.").within(Timing.WITHIN_A_WEEK); end
                rule "cause" when Incident() then plan.step(Action.FIND_ROOT_CAUSE, "Find it.").within(Timing.TODAY); end
                """);

        assertThat(plan.actions()).containsExactly(Action.FIND_ROOT_CAUSE, Action.FOLLOW_UP, Action.EXPLAIN_CAUSE, Action.FIX);
        assertThat(plan.steps()).extracting(Step::stage).containsOnly(Stage.FOLLOW_THROUGH);
    }

    @Test
    void aWeekAfterTheFixCountsFromTheResolutionWindow() {
        String rules = """
                rule "pace" when Incident() then plan.resolveWithin(Timing.%s); end
                rule "call" when Incident() then plan.step(Action.FOLLOW_UP, "Call.").within(Timing.AFTER_A_WEEK); end
                rule "close" when Incident() then plan.step(Action.THANK_FOR_UNDERSTANDING, "Thanks.").within(Timing.WITHIN_TWO_WEEKS); end
                """;

        assertThat(plan(rules.formatted("TODAY")).actions()).as("fixed today: the call is due in about a week")
                .containsExactly(Action.FOLLOW_UP, Action.THANK_FOR_UNDERSTANDING);
        assertThat(plan(rules.formatted("WITHIN_TWO_WEEKS")).actions()).as("fixed within two weeks: the call is due in three")
                .containsExactly(Action.THANK_FOR_UNDERSTANDING, Action.FOLLOW_UP);
    }

    @Test
    void aWeekAfterTheFixCountsFromWhenTheFixItselfIsDue() {
        String rules = """
                rule "pace" when Incident() then plan.resolveWithin(Timing.WITHIN_TWO_WEEKS); end
                rule "fix" when Incident() then plan.step(Action.FIX, "Fix it.").within(Timing.%s); end
                rule "call" when Incident() then plan.step(Action.FOLLOW_UP, "Call.").within(Timing.AFTER_A_WEEK); end
                rule "close" when Incident() then plan.step(Action.THANK_FOR_UNDERSTANDING, "Thanks.").within(Timing.WITHIN_TWO_WEEKS); end
                """;

        assertThat(plan(rules.formatted("TODAY")).actions()).as("a same-day fix: the call comes in about a week")
                .containsExactly(Action.FIX, Action.FOLLOW_UP, Action.THANK_FOR_UNDERSTANDING);
        assertThat(plan(rules.formatted("BY_RESOLUTION_DEADLINE")).actions()).as("a fix due in two weeks: the call in three")
                .containsExactly(Action.FIX, Action.THANK_FOR_UNDERSTANDING, Action.FOLLOW_UP);
    }

    @Test
    void anInHouseStepDueWithTheFirstContactWaitsUntilTheCustomerHasBeenSpokenTo() {
        RecoveryPlan plan = plan("""
                rule "pace" when Incident() then plan.respondWithin(Timing.TODAY); end
                rule "own" when Incident() then plan.step(Action.TAKE_OWNERSHIP, "Own it."); end
                rule "approve" when Incident() then plan.step(Action.APPROVE_REMEDY, "Agree it.").within(Timing.TODAY); end
                rule "report" when Incident() then plan.step(Action.ROUTE_COMPLAINT, "Report it.").within(Timing.WITHIN_FOUR_HOURS); end
                """);

        assertThat(plan.steps()).extracting(Step::action, Step::stage).containsExactly(
                tuple(Action.ROUTE_COMPLAINT, Stage.BEFORE_CONTACT), tuple(Action.TAKE_OWNERSHIP, Stage.FIRST_CONTACT),
                tuple(Action.APPROVE_REMEDY, Stage.FOLLOW_THROUGH));
    }

    @Test
    void stepsDueTogetherComeInTheOrderTheActionsAreDeclaredNotByPhaseOrPriority() {
        RecoveryPlan plan = plan("""
                rule "pace" when Incident() then plan.respondWithin(Timing.WITHIN_AN_HOUR); end
                rule "share" when Incident() then plan.step(Action.SHARE_PREVENTION, "Share it.").within(Timing.WITHIN_A_WEEK).priority(-100); end
                rule "check" when Incident() then plan.step(Action.DOUBLE_CHECK_PLAN, "Add a check.").within(Timing.WITHIN_A_WEEK).priority(100); end
                """);

        assertThat(Phase.EXPLAIN).as("the phases alone would put the sharing first").isLessThan(Phase.PREVENT);
        assertThat(plan.actions()).containsExactly(Action.DOUBLE_CHECK_PLAN, Action.SHARE_PREVENTION);
    }

    @Test
    void priorityOrdersStepsOnlyInsideTheirPhase() {
        RecoveryPlan plan = plan("""
                rule "follow up first?" when Incident() then plan.step(Action.FOLLOW_UP, "Call.").priority(-1000); end
                rule "fix" when Incident() then plan.step(Action.FIX, "Fix it.").priority(1000); end
                rule "remedy" when Incident() then plan.step(Action.OFFER_REMEDY, "Refund.").priority(1); end
                """);

        assertThat(plan.actions()).containsExactly(Action.OFFER_REMEDY, Action.FIX, Action.FOLLOW_UP);
    }
}
