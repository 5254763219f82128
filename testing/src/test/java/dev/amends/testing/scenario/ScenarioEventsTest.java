package dev.amends.testing.scenario;

import dev.amends.api.RecoveryAdvisor;
import dev.amends.model.Action;
import dev.amends.model.Event;
import dev.amends.model.Outcome;
import dev.amends.testing.SmallPlaybook;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Scenarios with events: what happened since the report, written as plain text, and checks on the plan they revise. */
class ScenarioEventsTest {

    /** The small playbook, and a rule that reacts to a fix that failed. */
    private static final RecoveryAdvisor ADVISOR = SmallPlaybook.advisor("""
            rule "A failed fix is tried another way"
            when StepDone( action == Action.FIX, outcome == Outcome.FAILED )
            then plan.step(Action.FIX, "Try another way.").within(Timing.WITHIN_A_BUSINESS_DAY).because("failed"); end
            rule "No follow-up after a second occurrence"
            when Recurred()
            then plan.drop(Action.FOLLOW_UP, "leadership takes it over"); end
            rule "A second occurrence is put right again"
            when Recurred()
            then plan.step(Action.FIX, "Put it right again.").within(Timing.TODAY).because("again"); end
            """);

    private static final String HEAD = """
            scenario: a fix that failed
              mistake: WRONG_PRODUCT
              faultOwner: REP
              severity: MEDIUM
              relationship: ESTABLISHED
              reportedAt: 2026-11-02T09:00+01:00
              timeZone: Europe/Berlin
            """;

    private static ScenarioResult runOne(String text) {
        ScenarioSuite suite = ScenarioSuite.parse("events.scenarios", text);
        return ScenarioSuite.run(suite.scenarios().get(0), ADVISOR);
    }

    @Test
    void anEventLineAddsAnEventToTheScenariosIncident() {
        ScenarioSuite suite = ScenarioSuite.parse("events.scenarios", HEAD + """
                  event: 2026-11-03T10:00+01:00 STEP_DONE FIX FAILED
                  expect: has FIX
                """);

        Scenario scenario = suite.scenarios().get(0);
        assertThat(scenario.incident().events()).containsExactly(
                Event.stepDone(OffsetDateTime.parse("2026-11-03T10:00+01:00"), Action.FIX, Outcome.FAILED));
        assertThat(scenario.eventLines()).containsExactly(8);
        assertThat(scenario.expectations().get(0).afterEvents()).isEqualTo(1);
    }

    @Test
    void eachEventTypeIsReadWithWhatItNeeds() {
        ScenarioSuite suite = ScenarioSuite.parse("events.scenarios", HEAD + """
                  event: 2026-11-03T10:00+01:00 NO_REPLY FIX
                  event: 2026-11-04T10:00+01:00 CUSTOMER_REPLIED ANGRY
                  event: 2026-11-05T10:00+01:00 INVESTIGATION_CLOSED PARTNER
                  event: 2026-11-06T10:00+01:00 RECURRED
                  expect: has FIX
                """);

        assertThat(suite.scenarios().get(0).incident().events()).extracting(e -> e.type().name())
                .containsExactly("NO_REPLY", "CUSTOMER_REPLIED", "INVESTIGATION_CLOSED", "RECURRED");
    }

    @Test
    void anExpectationChecksThePlanRevisedByTheEventsAboveItOnly() {
        ScenarioResult result = runOne(HEAD + """
                  expect: FIX open
                  expect: FIX says "Fix the"
                  event: 2026-11-03T10:00+01:00 STEP_DONE FIX FAILED
                  expect: FIX done
                  expect: FIX says "Try another way."
                """);

        assertThat(result.failures()).isEmpty();
    }

    @Test
    void anExpectationBeforeTheEventsFailsWhenOnlyTheRevisedPlanWouldPassIt() {
        ScenarioResult result = runOne(HEAD + """
                  expect: FIX done
                  event: 2026-11-03T10:00+01:00 STEP_DONE FIX FAILED
                  expect: FIX done
                """);

        assertThat(result.failures()).singleElement().asString().startsWith("line 8: expected FIX done, but no FIX step is done");
    }

    @Test
    void aDroppedStepIsExpectedAsDropped() {
        ScenarioResult result = runOne(HEAD + """
                  event: 2026-11-04T10:00+01:00 RECURRED
                  expect: FOLLOW_UP dropped
                  expect: FIX dropped
                """);

        assertThat(result.failures()).singleElement().asString()
                .startsWith("line 10: expected FIX dropped, but no FIX step was dropped (dropped: FOLLOW_UP)");
    }

    @Test
    void aStepTheCustomerDidNotAnswerIsExpectedAsUnanswered() {
        ScenarioResult result = runOne(HEAD + """
                  event: 2026-11-03T10:00+01:00 NO_REPLY FIX
                  expect: FIX unanswered
                  expect: FOLLOW_UP unanswered
                """);

        assertThat(result.failures()).singleElement().asString()
                .startsWith("line 10: expected FOLLOW_UP unanswered, but no FOLLOW_UP step is waiting on the customer's reply");
    }

    @Test
    void overdueAtATimeMeansOpenAndDueBeforeIt() {
        ScenarioResult result = runOne(HEAD + """
                  event: 2026-11-03T10:00+01:00 STEP_DONE FIX FAILED
                  expect: FIX overdue at 2026-11-04T11:00+01:00
                  expect: FIX overdue at 2026-11-04T09:00+01:00
                """);

        assertThat(result.failures()).singleElement().asString().startsWith("line 10: expected FIX overdue at");
    }

    @Test
    void nextNamesTheFirstOpenStepAfterTheConversationWasHeld() {
        ScenarioResult result = runOne(HEAD + """
                  expect: next APOLOGIZE
                  event: 2026-11-02T10:00+01:00 STEP_DONE APOLOGIZE SUCCEEDED
                  expect: next APOLOGIZE
                """);

        assertThat(result.failures()).singleElement().asString()
                .isEqualTo("line 10: expected next APOLOGIZE, but the next step is FOLLOW_UP (step 4)");
    }

    @Test
    void openOnceMeansExactlyOneStepOfTheActionIsOpen() {
        ScenarioResult result = runOne(HEAD + """
                  expect: FIX open once
                  event: 2026-11-04T10:00+01:00 RECURRED
                  expect: FIX open once
                """);

        assertThat(result.failures()).singleElement().asString()
                .startsWith("line 10: expected FIX open once, but 2 FIX steps are open: steps 3, 4");
    }

    @Test
    void rulesCountAsCoveredWhenTheyFireOnAnyRevisedPlan() {
        ScenarioReport report = ScenarioSuite.parse("events.scenarios", HEAD + """
                  event: 2026-11-03T10:00+01:00 STEP_DONE FIX FAILED
                  expect: has FIX
                """).run(ADVISOR);

        assertThat(report.coverage().uncovered()).extracting(r -> r.name())
                .contains("No follow-up after a second occurrence").doesNotContain("A failed fix is tried another way", "Own it");
    }

    @Test
    void anEventAboutAStepThePlanNeverHadFailsTheScenarioAtTheEventsLine() {
        ScenarioResult result = runOne(HEAD + """
                  event: 2026-11-03T10:00+01:00 STEP_DONE OFFER_REMEDY ACCEPTED
                  expect: has FIX
                """);

        assertThat(result.failures()).singleElement().asString()
                .startsWith("line 8: the event cannot be applied: events[0].action: the plan has no step OFFER_REMEDY");
        assertThat(result.passed()).isFalse();
    }

    @Test
    void aMisspelledEventNamesTheLineAndTheNearestName() {
        ScenarioFileException e = catchThrowableOfType(() -> ScenarioSuite.parse("events.scenarios", HEAD + """
                  event: 2026-11-03T10:00+01:00 STEP_DONE FIKS FAILED
                  event: 2026-11-03T11:00+01:00 STEPDONE FIX FAILED
                  event: 2026-11-03T12:00+01:00 STEP_DONE FIX
                  event: tomorrow RECURRED
                  expect: has FIX
                """), ScenarioFileException.class);

        assertThat(e.problems()).extracting(ScenarioFileException.Problem::line).containsExactly(8, 9, 10, 11);
        assertThat(e.problems().get(0).message()).contains("unknown action \"FIKS\"").contains("FIX");
        assertThat(e.problems().get(1).message()).contains("unknown event type \"STEPDONE\"").contains("STEP_DONE");
        assertThat(e.problems().get(2).message()).contains("STEP_DONE takes ACTION OUTCOME");
        assertThat(e.problems().get(3).message()).contains("2026-11-24T10:00+01:00").contains("tomorrow");
    }

    @Test
    void anEventOutOfTimeOrderIsReportedAtItsLine() {
        ScenarioFileException e = catchThrowableOfType(() -> ScenarioSuite.parse("events.scenarios", HEAD + """
                  event: 2026-11-04T10:00+01:00 STEP_DONE FIX FAILED
                  event: 2026-11-03T10:00+01:00 RECURRED
                  expect: has FIX
                """), ScenarioFileException.class);

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(9);
            assertThat(p.message()).contains("events[1].at");
        });
    }
}
