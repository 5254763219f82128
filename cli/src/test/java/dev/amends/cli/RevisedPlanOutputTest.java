package dev.amends.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VToDo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan revised by the incident's events, as {@code recommend} and {@code explain} print it: each
 * step's status, the overdue ones, the next step and the steps no longer needed, in text, JSON and
 * iCalendar; and which rule reacted to which event.
 */
class RevisedPlanOutputTest {

    private static final String RULES = """
            rule "Call today"
            when Incident()
            then plan.step(Action.REACH_OUT_FIRST, "Call them.").within(Timing.TODAY);
            end

            rule "Offer a remedy"
            when Incident()
            then plan.step(Action.OFFER_REMEDY, "Offer a credit.").within(Timing.WITHIN_A_BUSINESS_DAY);
            end

            rule "Fix within three days"
            when Incident()
            then plan.step(Action.FIX, "Put it right.").within(Timing.WITHIN_THREE_DAYS);
            end

            rule "Share the prevention"
            when Incident()
            then plan.step(Action.SHARE_PREVENTION, "Tell them what changed.").within(Timing.WITHIN_TWO_WEEKS);
            end

            rule "A declined remedy goes to the sales manager"
            when StepDone( action == Action.OFFER_REMEDY, outcome == Outcome.DECLINED )
            then plan.step(Action.INVOLVE_SALES_MANAGER, "Ask your manager what else can be offered.").within(Timing.WITHIN_A_BUSINESS_DAY);
            end

            rule "No fault of ours means no prevention to promise"
            when InvestigationClosed( finding == Finding.NO_FAULT_FOUND )
            then plan.drop(Action.SHARE_PREVENTION, "the investigation found no fault to prevent");
            end
            """;

    /** Wednesday 2 December, 12:00 in Berlin: the sales manager's step (due at 15:00) is open, the fix overdue. */
    private static final String NOW = "2026-12-02T12:00:00+01:00";

    @TempDir
    Path dir;

    private Cli.Result run(String command, ObjectNode incident, String... more) {
        return runWith(RULES, command, incident, more);
    }

    private Cli.Result runWith(String playbook, String command, ObjectNode incident, String... more) {
        Path rules = Drl.playbook(dir, "rules", playbook);
        List<String> args = new ArrayList<>(List.of(command, Cli.write(dir, incident).toString(), "--rules", rules.toString(),
                "--now", NOW));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    /** Reported Monday 23 November, 09:00 in Berlin. */
    private static ObjectNode incident() {
        return Cli.incident().put("reportedAt", "2026-11-23T09:00:00+01:00").put("timeZone", "Europe/Berlin");
    }

    /** The call made, the remedy declined on Wednesday, the investigation closed with no fault found. */
    private static ObjectNode revised() {
        ObjectNode incident = incident();
        ArrayNode events = incident.putArray("events");
        events.addObject().put("at", "2026-11-23T11:00:00+01:00").put("type", "STEP_DONE")
                .put("action", "REACH_OUT_FIRST").put("outcome", "SUCCEEDED");
        events.addObject().put("at", "2026-12-01T15:00:00+01:00").put("type", "STEP_DONE")
                .put("action", "OFFER_REMEDY").put("outcome", "DECLINED");
        events.addObject().put("at", "2026-12-02T09:30:00+01:00").put("type", "INVESTIGATION_CLOSED")
                .put("finding", "NO_FAULT_FOUND");
        return incident;
    }

    private static JsonNode step(JsonNode plan, String action) {
        for (JsonNode step : plan.get("steps")) {
            if (step.get("action").asText().equals(action)) {
                return step;
            }
        }
        throw new AssertionError("no step " + action + " in " + plan);
    }

    @Test
    void textShowsWhatHappenedEachStepsStatusTheNextStepAndWhatIsNoLongerNeeded() {
        Cli.Result result = run("recommend", revised());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("""

                Since the report
                  - Mon 23 Nov 11:00: Tell them first: done, succeeded.
                  - Tue 1 Dec 15:00: Offer a remedy: done, declined.
                  - Wed 2 Dec 09:30: the investigation closed: no fault found.
                """);
        assertThat(result.out()).contains("""

                Next: Fix it (step 3): you, within three business days; due Wed 25 Nov 2026,
                  17:00 +01:00, overdue.
                Overdue: step 3.
                """);
        assertThat(result.out()).contains("Done Mon 23 Nov 11:00, succeeded.", "Done Tue 1 Dec 15:00, declined.");
        assertThat(result.out()).contains("Overdue: it was due Wed 25 Nov 2026, 17:00 +01:00.");
        assertThat(result.out()).contains("""

                No longer needed
                  - Share how it is prevented: the investigation found no fault to prevent (rule
                    "No fault of ours means no prevention to promise").
                """);
        assertThat(result.out()).doesNotContain("Put it right.\n      Done").doesNotContain("Call them.");
    }

    @Test
    void aPlanWithoutEventsReadsAsBefore() {
        String text = run("recommend", incident()).out();

        assertThat(text).contains("In the next hour").doesNotContain("Since the report", "Next:", "Done ", "Overdue",
                "No longer needed");
    }

    @Test
    void jsonGivesEachStepsStatusTheNextStepAndTheDroppedOnes() {
        JsonNode plan = run("recommend", revised(), "--format", "json").json();

        JsonNode offer = step(plan, "OFFER_REMEDY");
        assertThat(offer.get("status").asText()).isEqualTo("DONE");
        assertThat(offer.get("done").get("at").asText()).isEqualTo("2026-12-01T15:00:00+01:00");
        assertThat(offer.get("done").get("outcome").asText()).isEqualTo("DECLINED");
        assertThat(offer.get("overdue").asBoolean()).isFalse();
        JsonNode fix = step(plan, "FIX");
        assertThat(fix.get("status").asText()).isEqualTo("OPEN");
        assertThat(fix.has("done")).isFalse();
        assertThat(fix.get("overdue").asBoolean()).isTrue();
        assertThat(plan.get("next").get("action").asText()).isEqualTo("FIX");
        assertThat(plan.get("next").get("order").asInt()).isEqualTo(fix.get("order").asInt());
        assertThat(step(plan, "INVOLVE_SALES_MANAGER").get("overdue").asBoolean()).isFalse();
        assertThat(plan.get("dropped")).singleElement().satisfies(dropped -> {
            assertThat(dropped.get("action").asText()).isEqualTo("SHARE_PREVENTION");
            assertThat(dropped.get("wording").asText()).isEqualTo("Tell them what changed.");
            assertThat(dropped.get("proposedBy").asText()).isEqualTo("Share the prevention");
            assertThat(dropped.get("droppedBy").asText()).isEqualTo("No fault of ours means no prevention to promise");
            assertThat(dropped.get("why").asText()).isEqualTo("the investigation found no fault to prevent");
        });
    }

    @Test
    void jsonStepsStayInTheOrderToDoThem() {
        JsonNode plan = run("recommend", revised(), "--format", "json").json();

        List<Integer> orders = new ArrayList<>();
        plan.get("steps").forEach(step -> orders.add(step.get("order").asInt()));
        assertThat(orders).isSorted().startsWith(1).doesNotHaveDuplicates();
        assertThat(orders.get(orders.size() - 1)).isEqualTo(orders.size());
    }

    @Test
    void icsMarksDoneStepsCompletedOpenOnesNeedingActionAndDroppedOnesCancelled() throws Exception {
        String ics = run("recommend", revised(), "--format", "ics").out();

        List<VToDo> todos = new CalendarBuilder().build(new StringReader(ics)).getComponents("VTODO");
        VToDo offer = todo(todos, "Offer a remedy");
        assertThat(value(offer, Property.STATUS)).isEqualTo("COMPLETED");
        assertThat(value(offer, Property.COMPLETED)).isEqualTo("20261201T140000Z");
        assertThat(value(todo(todos, "Fix it"), Property.STATUS)).isEqualTo("NEEDS-ACTION");
        VToDo dropped = todo(todos, "Share how it is prevented");
        assertThat(value(dropped, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(dropped, Property.DESCRIPTION)).contains("the investigation found no fault to prevent");
    }

    @Test
    void icsUidsStayTheSameAsEventsReviseThePlanSoAnImportUpdatesTheToDos() throws Exception {
        List<VToDo> before = new CalendarBuilder().build(new StringReader(run("recommend", incident().without("id"), "--format", "ics")
                .out())).getComponents("VTODO");
        List<VToDo> after = new CalendarBuilder().build(new StringReader(run("recommend", revised().without("id"), "--format", "ics")
                .out())).getComponents("VTODO");

        for (String step : List.of("Offer a remedy", "Fix it", "Share how it is prevented")) {
            assertThat(value(todo(after, step), Property.UID)).as(step).isEqualTo(value(todo(before, step), Property.UID));
        }
        assertThat(after).extracting(t -> value(t, Property.UID)).doesNotHaveDuplicates();
    }

    @Test
    void explainSaysWhichRuleReactedToWhichEvent() {
        String text = run("explain", revised()).out();

        assertThat(text).contains("added by \"A declined remedy goes to the sales manager\"")
                .contains("     reacted to events[1]: STEP_DONE OFFER_REMEDY DECLINED at 2026-12-01T15:00:00+01:00\n")
                .contains("     reacted to events[2]: INVESTIGATION_CLOSED NO_FAULT_FOUND at 2026-12-02T09:30:00+01:00\n");
    }

    @Test
    void explainJsonListsTheEventsEachRuleReactedTo() {
        JsonNode explanation = run("explain", revised(), "--format", "json").json();

        JsonNode manager = null;
        for (JsonNode step : explanation.get("steps")) {
            if (step.get("action").asText().equals("INVOLVE_SALES_MANAGER")) {
                manager = step;
            }
        }
        assertThat(manager).isNotNull();
        assertThat(manager.get("reactedTo")).singleElement().satisfies(event -> {
            assertThat(event.get("event").asInt()).isEqualTo(1);
            assertThat(event.get("type").asText()).isEqualTo("STEP_DONE");
            assertThat(event.get("action").asText()).isEqualTo("OFFER_REMEDY");
            assertThat(event.get("outcome").asText()).isEqualTo("DECLINED");
        });
        JsonNode drop = null;
        for (JsonNode rule : explanation.get("otherRules")) {
            if (rule.get("rule").get("name").asText().startsWith("No fault")) {
                drop = rule;
            }
        }
        assertThat(drop).isNotNull();
        assertThat(drop.get("reactedTo")).singleElement().satisfies(event -> assertThat(event.get("event").asInt()).isEqualTo(2));
    }

    @Test
    void theExampleOfAPlanAWeekAndAHalfOnMarksItsStepsInEveryFormat() throws Exception {
        List<String> example = List.of("recommend", "../examples/incidents/repeat-late-delivery-a-week-on.json",
                "--calendar", "../examples/calendars/berlin-office.yaml", "--now", "2026-11-27T09:00:00+01:00");

        Cli.Result text = Cli.run(example);
        JsonNode plan = Cli.run(example, "--format", "json").json();
        List<VToDo> todos = new CalendarBuilder().build(new StringReader(Cli.run(example, "--format", "ics").out()))
                .getComponents("VTODO");

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("Since the report", "Done Mon 16 Nov 15:40, succeeded.", "Next: ");
        assertThat(plan.get("incident").get("events")).hasSize(3);
        assertThat(step(plan, "FIX").get("status").asText()).isEqualTo("DONE");
        assertThat(step(plan, "REVISIT_QUARTERLY").get("due").asText()).as("three months after the fix was done, on 16 November")
                .isEqualTo("2027-02-16T17:00:00+01:00");
        assertThat(value(todo(todos, "Fix it"), Property.STATUS)).isEqualTo("COMPLETED");
    }

    @Test
    void anOverdueFirstConversationIsMarkedOnceInItsHeading() {
        ObjectNode incident = incident();
        incident.putArray("events").addObject().put("at", "2026-11-23T10:00:00+01:00").put("type", "CUSTOMER_REPLIED").put("mood", "CALM");

        String text = runWith("""
                rule "Thank them"
                when Incident()
                then plan.step(Action.THANK_FOR_RAISING, "Thank you.");
                end
                """, "recommend", incident).out();

        assertThat(text).contains("The first conversation: write to Dr. Amara Osei within one business day, by Mon\n"
                + "  23 Nov 2026, 17:00 +01:00 (overdue)\n").doesNotContain("Overdue: it was due");
    }

    /** The call made, then no answer to the offer by Tuesday noon. */
    private static ObjectNode unanswered() {
        ObjectNode incident = incident();
        ArrayNode events = incident.putArray("events");
        events.addObject().put("at", "2026-11-23T11:00:00+01:00").put("type", "STEP_DONE")
                .put("action", "REACH_OUT_FIRST").put("outcome", "SUCCEEDED");
        events.addObject().put("at", "2026-12-01T12:00:00+01:00").put("type", "NO_REPLY").put("action", "OFFER_REMEDY");
        return incident;
    }

    @Test
    void textShowsAStepTheCustomerDidNotAnswerAsWaitingOnThemNotOverdue() {
        Cli.Result result = run("recommend", unanswered());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("No reply by Tue 1 Dec 12:00.").doesNotContain("Offer a credit.")
                .contains("Overdue: step 3.\n");
    }

    @Test
    void jsonGivesAStepTheCustomerDidNotAnswerItsSilence() {
        JsonNode plan = run("recommend", unanswered(), "--format", "json").json();

        JsonNode offer = step(plan, "OFFER_REMEDY");
        assertThat(offer.get("status").asText()).isEqualTo("UNANSWERED");
        assertThat(offer.get("unanswered").get("at").asText()).isEqualTo("2026-12-01T12:00:00+01:00");
        assertThat(offer.has("done")).isFalse();
        assertThat(offer.get("overdue").asBoolean()).isFalse();
    }

    @Test
    void icsMarksAStepTheCustomerDidNotAnswerInProcess() throws Exception {
        String ics = run("recommend", unanswered(), "--format", "ics").out();

        List<VToDo> todos = new CalendarBuilder().build(new StringReader(ics)).getComponents("VTODO");
        assertThat(value(todo(todos, "Offer a remedy"), Property.STATUS)).isEqualTo("IN-PROCESS");
    }

    private static VToDo todo(List<VToDo> todos, String step) {
        return todos.stream().filter(t -> value(t, Property.SUMMARY).contains(step)).findFirst()
                .orElseThrow(() -> new AssertionError("no to-do for " + step));
    }

    private static String value(VToDo todo, String property) {
        return todo.getProperty(property).orElseThrow(() -> new AssertionError("no " + property)).getValue();
    }
}
