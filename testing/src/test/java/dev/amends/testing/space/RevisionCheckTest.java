package dev.amends.testing.space;

import dev.amends.api.RecoveryAdvisor;
import dev.amends.api.RecoveryPlan;
import dev.amends.model.Action;
import dev.amends.model.CustomerMood;
import dev.amends.model.Event;
import dev.amends.model.EventType;
import dev.amends.model.Finding;
import dev.amends.model.Outcome;
import dev.amends.model.StepDone;
import dev.amends.testing.SmallPlaybook;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The whole-space check after every single event: small inline playbooks, each with one rule that
 * reacts to an event in a way that breaks one invariant, and the report naming the incident, the
 * event and the step.
 */
class RevisionCheckTest {

    /** Owns it, fixes it, offers a credit, follows up: every step of it keeps the invariants after any event. */
    private static final String SOUND = """
            rule "Own it"
            when Incident() then plan.step(Action.TAKE_OWNERSHIP, "I will put it right.").because("ownership"); end
            rule "Fix it"
            when Incident() then plan.step(Action.FIX, "Fix it.").because("fix"); end
            rule "Offer a credit"
            when Incident() then plan.step(Action.OFFER_REMEDY, "Offer a credit.").within(Timing.WITHIN_A_BUSINESS_DAY).because("remedy"); end
            rule "Check back"
            when Incident() then plan.step(Action.FOLLOW_UP, "Call back.").within(Timing.AFTER_A_WEEK).because("follow-up"); end
            rule "A declined credit goes to the sales manager"
            when StepDone( action == Action.OFFER_REMEDY, outcome == Outcome.DECLINED )
            then plan.step(Action.INVOLVE_SALES_MANAGER, "Ask your manager what else can be offered.").within(Timing.WITHIN_A_BUSINESS_DAY).because("declined"); end
            """;

    private static RecoveryAdvisor advisor(String extraRules) {
        RecoveryAdvisor.Builder builder = RecoveryAdvisor.builder().rules("sound.drl", SmallPlaybook.HEADER + SOUND);
        return (extraRules.isEmpty() ? builder : builder.rules("extra.drl", SmallPlaybook.HEADER + extraRules)).build();
    }

    /** Every event on the one class these playbooks have (their rules read no fact). */
    private static RevisionReport check(String extraRules) {
        return RevisionCheck.of(advisor(extraRules)).everyEvent().run();
    }

    private static RevisionReport.Result result(RevisionReport report, String name) {
        return report.invariants().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private static RevisionReport.Result result(RevisionReport report, RevisionInvariant invariant) {
        return result(report, invariant.name());
    }

    @Test
    void eachPlanIsRevisedByEachStepDoneEachMoodEachNoReplyEachFindingAndTheMistakeAgain() {
        RecoveryPlan plan = advisor("").recommend(SmallPlaybook.incident().build());
        OffsetDateTime at = RevisionCheck.REPORTED_AT.plus(RevisionCheck.EVENT_AFTER);

        List<Event> events = RevisionCheck.events(plan, at);

        assertThat(events).containsExactly(
                Event.stepDone(at, Action.TAKE_OWNERSHIP, Outcome.SUCCEEDED), Event.stepDone(at, Action.TAKE_OWNERSHIP, Outcome.FAILED),
                Event.stepDone(at, Action.FIX, Outcome.SUCCEEDED), Event.stepDone(at, Action.FIX, Outcome.FAILED),
                Event.stepDone(at, Action.OFFER_REMEDY, Outcome.ACCEPTED), Event.stepDone(at, Action.OFFER_REMEDY, Outcome.DECLINED),
                Event.stepDone(at, Action.FOLLOW_UP, Outcome.SUCCEEDED), Event.stepDone(at, Action.FOLLOW_UP, Outcome.FAILED),
                Event.customerReplied(at, CustomerMood.CALM), Event.customerReplied(at, CustomerMood.UPSET),
                Event.customerReplied(at, CustomerMood.ANGRY),
                Event.noReply(at, Action.TAKE_OWNERSHIP), Event.noReply(at, Action.FIX), Event.noReply(at, Action.OFFER_REMEDY), Event.noReply(at, Action.FOLLOW_UP),
                Event.investigationClosed(at, Finding.OUR_PROCESS), Event.investigationClosed(at, Finding.PARTNER),
                Event.investigationClosed(at, Finding.CUSTOMER_SIDE), Event.investigationClosed(at, Finding.NO_FAULT_FOUND),
                Event.recurred(at));
    }

    @Test
    void byDefaultEachClassIsRevisedByOneEventOfEachTypeAndTheSpaceMeetsEveryEvent() {
        RecoveryPlan plan = advisor("").recommend(SmallPlaybook.incident().build());
        List<Event> events = RevisionCheck.events(plan, RevisionCheck.REPORTED_AT.plus(RevisionCheck.EVENT_AFTER));

        assertThat(RevisionCheck.oneOfEachType(events, 0)).extracting(Event::type).containsExactly(EventType.values());
        assertThat(LongStream.range(0, 100).boxed().flatMap(cls -> RevisionCheck.oneOfEachType(events, cls).stream()))
                .as("a hundred neighbouring classes").containsAll(events);
        assertThat(RevisionCheck.of(advisor("")).run().revisions()).isEqualTo(EventType.values().length);
    }

    @Test
    void aSoundPlaybookKeepsEveryInvariantOfRevisionsAfterEveryEvent() {
        RevisionReport report = check("");

        assertThat(report.classes()).as("no rule reads the incident's facts").isEqualTo(1);
        assertThat(report.revisions()).isEqualTo(20);
        assertThat(result(report, RevisionCheck.REVISED).violations()).isZero();
        for (RevisionInvariant invariant : List.of(RevisionInvariants.NOTHING_DONE_AGAIN, RevisionInvariants.DECLINED_NOT_OFFERED_AGAIN,
                RevisionInvariants.NEXT_STEP_UNTIL_CLOSED, RevisionInvariants.DETERMINISTIC)) {
            assertThat(result(report, invariant).violations()).as(invariant.name()).isZero();
        }
    }

    @Test
    void theInvariantsOfPlansAreAskedAboutRevisedPlansToo() {
        RevisionReport report = check("");

        assertThat(result(report, "every plan opens a conversation with the customer").violations())
                .as("the conversation opens with TAKE_OWNERSHIP, in the one class, after each of its 20 events").isEqualTo(20);
        assertThat(result(report, "every plan opens a conversation with the customer").examples().get(0).problem())
                .isEqualTo("the conversation opens with TAKE_OWNERSHIP");
    }

    @Test
    void aDeclinedRemedyOfferedAgainAsItWasIsReportedWithTheIncidentTheEventAndTheStep() {
        RevisionReport report = check("""
                rule "A declined credit is offered by the manager"
                when StepDone( action == Action.OFFER_REMEDY, outcome == Outcome.DECLINED )
                then plan.step(Action.ESCALATE_TO_LEADERSHIP, "Offer a credit.").because("again"); end
                """);

        RevisionReport.Result offered = result(report, RevisionInvariants.DECLINED_NOT_OFFERED_AGAIN);
        assertThat(offered.violations()).isEqualTo(1);
        RevisionReport.Counterexample example = offered.examples().get(0);
        assertThat(example.event()).isEqualTo(Event.stepDone(RevisionCheck.REPORTED_AT.plus(RevisionCheck.EVENT_AFTER),
                Action.OFFER_REMEDY, Outcome.DECLINED));
        assertThat(example.problem()).matches("step \\d+ ESCALATE_TO_LEADERSHIP \\(\"Offer a credit.\"\\) is open, "
                + "worded as step \\d+ OFFER_REMEDY, which the customer declined");
        assertThat(report.describe()).contains("VIOLATED (1 revision)  a declined step is never offered again as it was",
                "      " + InputSpace.describe(example.incident()),
                "        event: STEP_DONE OFFER_REMEDY DECLINED at 2025-03-04T09:00:00+01:00",
                "        problem: step ");
        assertThat(report.passed()).isFalse();
    }

    @Test
    void aPlanLeftWithNoOpenStepBeforeItIsClosedIsReported() {
        RevisionReport report = check("""
                rule "A calm reply ends it all"
                when CustomerReplied( mood == CustomerMood.CALM )
                then plan.drop(Action.TAKE_OWNERSHIP, "calm"); plan.drop(Action.FIX, "calm");
                     plan.drop(Action.OFFER_REMEDY, "calm"); plan.drop(Action.FOLLOW_UP, "calm"); end
                """);

        RevisionReport.Result next = result(report, RevisionInvariants.NEXT_STEP_UNTIL_CLOSED);
        assertThat(next.violations()).isEqualTo(1);
        assertThat(next.examples().get(0).event().type()).isEqualTo(EventType.CUSTOMER_REPLIED);
        assertThat(next.examples().get(0).problem())
                .isEqualTo("the plan has no step left; dropped: TAKE_OWNERSHIP, FIX, OFFER_REMEDY, FOLLOW_UP");
    }

    @Test
    void aRevisedPlanThatDiffersWhenAskedAgainIsReported() {
        RevisionReport report = check("""
                rule "A new occurrence gets a new ticket"
                when Recurred()
                then plan.step(Action.ESCALATE_TO_LEADERSHIP, "Escalate as ticket " + System.nanoTime() + ".").because("again"); end
                """);

        RevisionReport.Result again = result(report, RevisionInvariants.DETERMINISTIC);
        assertThat(again.violations()).isEqualTo(1);
        assertThat(again.examples().get(0).event().type()).isEqualTo(EventType.RECURRED);
        assertThat(again.examples().get(0).problem()).matches(
                "asked again, step \\d+ ESCALATE_TO_LEADERSHIP \\(\"Escalate as ticket \\d+\\.\"\\), .* became step \\d+ "
                        + "ESCALATE_TO_LEADERSHIP \\(\"Escalate as ticket \\d+\\.\"\\), .*");
    }

    @Test
    void anInvariantOfPlansBrokenAfterAnEventIsReportedWithTheEvent() {
        RevisionReport report = check("""
                rule "No fault of ours, nothing to fix or offer"
                when InvestigationClosed( finding == Finding.NO_FAULT_FOUND )
                then plan.drop(Action.FIX, "no fault"); plan.drop(Action.OFFER_REMEDY, "no fault"); end
                """);

        RevisionReport.Result fix = result(report, "every plan has a fix or a remedy");
        assertThat(fix.violations()).isEqualTo(1);
        assertThat(fix.examples().get(0).event()).isEqualTo(Event.investigationClosed(
                RevisionCheck.REPORTED_AT.plus(RevisionCheck.EVENT_AFTER), Finding.NO_FAULT_FOUND));
        assertThat(fix.examples().get(0).problem()).isEqualTo("no FIX or OFFER_REMEDY step");
    }

    @Test
    void aRuleThatFailsOnAnEventIsReportedAsARevisionNotMade() {
        RevisionReport report = check("""
                rule "Breaks on a failed fix"
                when StepDone( action == Action.FIX, outcome == Outcome.FAILED )
                then throw new IllegalStateException("no plan for this"); end
                """);

        RevisionReport.Result revised = result(report, RevisionCheck.REVISED);
        assertThat(revised.violations()).isEqualTo(1);
        assertThat(revised.examples().get(0).event().type()).isEqualTo(EventType.STEP_DONE);
        assertThat(revised.examples().get(0).problem()).contains("Breaks on a failed fix", "no plan for this");
    }

    @Test
    void anEventWhoseStepTheRevisedPlanNoLongerHasIsReportedAsARevisionNotMade() {
        RevisionReport report = check("""
                rule "Apologise until it is done"
                when Incident() and not StepDone( action == Action.APOLOGIZE )
                then plan.step(Action.APOLOGIZE, "Say sorry.").because("apology"); end
                """);

        RevisionReport.Result revised = result(report, RevisionCheck.REVISED);
        assertThat(revised.violations()).isPositive();
        assertThat(revised.examples()).allSatisfy(example -> {
            assertThat(example.event()).isInstanceOfSatisfying(StepDone.class, done -> assertThat(done.action()).isEqualTo(Action.APOLOGIZE));
            assertThat(example.problem()).isEqualTo("the event is about a step the revised plan does not have");
        });
    }

    @Test
    void anInvariantNamedTwiceIsRefused() {
        assertThatThrownBy(() -> RevisionCheck.of(advisor("")).invariant(RevisionInvariants.DETERMINISTIC))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already checked");
    }
    @Test
    void anInvariantNamedLikeAFailedRevisionIsRefused() {
        RevisionInvariant named = RevisionInvariant.explained(RevisionCheck.REVISED, revision -> null);

        assertThatThrownBy(() -> RevisionCheck.of(advisor("")).invariant(named))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an invariant named \"" + RevisionCheck.REVISED + "\" is already checked; give each invariant its own name, "
                        + "so that the report can tell them apart");
    }

    @Test
    void aSecondSpaceIsRefused() {
        RevisionCheck check = RevisionCheck.of(advisor("")).over(InputSpace.builtIn());

        assertThatThrownBy(() -> check.over(InputSpace.builtIn())).isInstanceOf(IllegalStateException.class)
                .hasMessage("over(space) was already called; a check covers one space, so give it once");
    }
}
