package dev.amends.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An incident's {@code events} in JSON: read as the incident's other fields are, each mistake
 * refused with exit status 2 and one line naming the event and field and what is allowed.
 */
class EventsInputTest {

    @TempDir
    Path dir;

    private static final String NOW = "2026-12-07T12:00:00+01:00";

    /** The default playbook's wrong-product case, reported on a Friday evening in Berlin. */
    private static ObjectNode incident() {
        return Cli.incident().put("reportedAt", "2026-11-20T17:30:00+01:00").put("timeZone", "Europe/Berlin");
    }

    private static ObjectNode event(ObjectNode incident, String at, String type) {
        ArrayNode events = incident.has("events") ? (ArrayNode) incident.get("events") : incident.putArray("events");
        ObjectNode event = events.addObject();
        if (at != null) {
            event.put("at", at);
        }
        if (type != null) {
            event.put("type", type);
        }
        return event;
    }

    private Cli.Result recommend(ObjectNode incident, String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "recommend";
        args[1] = Cli.write(dir, incident).toString();
        args[2] = "--now=" + NOW;
        System.arraycopy(more, 0, args, 3, more.length);
        return Cli.run(args);
    }

    private static void assertBadInput(Cli.Result result, String line) {
        assertThat(result.exitCode()).as("exit status").isEqualTo(2);
        assertThat(result.out()).as("stdout").isEmpty();
        assertThat(result.errLines()).as("stderr").containsExactly(line);
    }

    @Test
    void everyTypeOfEventIsReadAndWrittenBackAsGiven() {
        ObjectNode incident = incident();
        event(incident, "2026-11-20T18:00:00+01:00", "STEP_DONE").put("action", "FIX").put("outcome", "SUCCEEDED");
        event(incident, "2026-11-23T10:00:00+01:00", "CUSTOMER_REPLIED").put("mood", "CALM");
        event(incident, "2026-11-24T17:00:00+01:00", "NO_REPLY").put("action", "FOLLOW_UP");
        event(incident, "2026-11-30T09:00:00+01:00", "INVESTIGATION_CLOSED").put("finding", "NO_FAULT_FOUND");
        event(incident, "2026-12-01T09:00:00+01:00", "RECURRED");

        Cli.Result result = recommend(incident, "--format", "json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode events = result.json().path("incident").path("events");
        assertThat(events).isEqualTo(incident.get("events"));
    }

    @Test
    void eventsMustBeAnArray() {
        ObjectNode incident = incident();
        incident.putObject("events").put("type", "RECURRED");

        Cli.Result result = recommend(incident);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("amends: events: expected an array of what happened since the report, such as [{")
                .contains("got an object");
    }

    @Test
    void anEventMustBeAnObject() {
        ObjectNode incident = incident();
        incident.putArray("events").add("RECURRED");

        Cli.Result result = recommend(incident);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("amends: events[0]: expected an object with the event's at and type")
                .contains("got string \"RECURRED\"");
    }

    @Test
    void aMissingTypeListsTheTypes() {
        ObjectNode incident = incident();
        event(incident, "2026-11-23T10:00:00+01:00", null).put("mood", "CALM");

        assertBadInput(recommend(incident), "amends: events[0].type: required field is missing; allowed: "
                + "STEP_DONE, CUSTOMER_REPLIED, NO_REPLY, INVESTIGATION_CLOSED, RECURRED");
    }

    @Test
    void anUnknownTypeSuggestsTheNearestOne() {
        ObjectNode incident = incident();
        event(incident, "2026-11-23T10:00:00+01:00", "STEP_DONE").put("action", "FIX").put("outcome", "SUCCEEDED");
        event(incident, "2026-11-23T11:00:00+01:00", "CUSTOMER_REPLY").put("mood", "CALM");

        assertBadInput(recommend(incident), "amends: events[1].type: unknown event type \"CUSTOMER_REPLY\" (did you mean "
                + "CUSTOMER_REPLIED?); allowed: STEP_DONE, CUSTOMER_REPLIED, NO_REPLY, INVESTIGATION_CLOSED, RECURRED");
    }

    @Test
    void anUnknownTypeIsQuotedWithoutPassingOnAControlCharacter() {
        ObjectNode incident = incident();
        event(incident, "2026-11-23T10:00:00+01:00", "RECURRED\u001b]0;x\u0007");

        Cli.Result result = recommend(incident);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("amends: events[0].type: unknown event type \"RECURRED\\u001B]0;x\\u0007\"")
                .doesNotContain("\u001b", "\u0007");
    }

    @Test
    void aMissingFieldOfTheTypeIsNamedWithItsValues() {
        ObjectNode incident = incident();
        event(incident, "2026-11-23T10:00:00+01:00", "STEP_DONE").put("action", "FIX");

        assertBadInput(recommend(incident), "amends: events[0].outcome: required field is missing; allowed: "
                + "SUCCEEDED, FAILED, ACCEPTED, DECLINED");
    }

    @Test
    void aMissingActionIsNamed() {
        ObjectNode incident = incident();
        event(incident, "2026-11-23T10:00:00+01:00", "NO_REPLY");

        assertBadInput(recommend(incident), "amends: events[0].action: required field is missing; "
                + "name the step by its action, such as FIX or OFFER_REMEDY");
    }

    @Test
    void aMissingTimeIsNamed() {
        ObjectNode incident = incident();
        event(incident, null, "RECURRED");

        assertBadInput(recommend(incident), "amends: events[0].at: required field is missing; give when it happened, "
                + "in ISO-8601 with its offset from UTC, such as 2026-11-24T10:00:00+01:00");
    }

    @Test
    void aFieldOfAnotherTypeSaysWhichFieldsThisTypeTakes() {
        ObjectNode incident = incident();
        event(incident, "2026-11-23T10:00:00+01:00", "STEP_DONE").put("action", "FIX").put("outcome", "SUCCEEDED")
                .put("mood", "CALM");

        assertBadInput(recommend(incident), "amends: events[0].mood: a STEP_DONE event does not take mood; "
                + "STEP_DONE takes at, type, action, outcome");
    }

    @Test
    void anUnknownFieldSuggestsTheNearestOneOfTheType() {
        ObjectNode incident = incident();
        event(incident, "2026-11-23T10:00:00+01:00", "INVESTIGATION_CLOSED").put("findings", "PARTNER");

        assertBadInput(recommend(incident), "amends: events[0].findings: unknown field (did you mean \"finding\"?); "
                + "INVESTIGATION_CLOSED takes at, type, finding");
    }

    @Test
    void aTimeWithoutOffsetIsRefused() {
        ObjectNode incident = incident();
        event(incident, "2026-11-23T10:00:00", "RECURRED");

        Cli.Result result = recommend(incident);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("amends: events[0].at: \"2026-11-23T10:00:00\" has no offset from UTC");
    }

    @Test
    void aTimeThatIsNoTimeIsRefused() {
        ObjectNode incident = incident();
        event(incident, "Monday", "RECURRED");

        Cli.Result result = recommend(incident);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("amends: events[0].at: \"Monday\" is not a date and time; write it as an ISO-8601 date and time");
    }

    @Test
    void aValueOutOfItsEnumListsTheAllowedOnes() {
        ObjectNode incident = incident();
        event(incident, "2026-11-23T10:00:00+01:00", "CUSTOMER_REPLIED").put("mood", "HAPPY");

        assertBadInput(recommend(incident), "amends: events[0].mood: unknown value \"HAPPY\"; allowed: CALM, UPSET, ANGRY");
    }

    @Test
    void anUnknownActionIsNamedWithTheNearestOne() {
        ObjectNode incident = incident();
        event(incident, "2026-11-23T10:00:00+01:00", "STEP_DONE").put("action", "FIXX").put("outcome", "SUCCEEDED");

        Cli.Result result = recommend(incident);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("amends: events[0].action: unknown action \"FIXX\"")
                .contains("did you mean FIX?");
    }

    @Test
    void anActionWithControlCharactersIsRefusedWithoutPassingThemOn() {
        ObjectNode incident = incident();
        event(incident, "2026-11-23T10:00:00+01:00", "STEP_DONE").put("action", "FIX\u001b[2J").put("outcome", "SUCCEEDED");

        Cli.Result result = recommend(incident);

        assertBadInput(result, "amends: events[0].action: \"FIX\\u001B[2J\" is not an action's name; name the step by its "
                + "action, in letters, digits and underscores, such as FIX or OFFER_REMEDY");
    }

    @Test
    void eventsOutOfOrderAreRefusedNamingTheLaterOne() {
        ObjectNode incident = incident();
        event(incident, "2026-11-24T10:00:00+01:00", "RECURRED");
        event(incident, "2026-11-23T10:00:00+01:00", "CUSTOMER_REPLIED").put("mood", "CALM");

        Cli.Result result = recommend(incident);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("amends: events[1].at: is 2026-11-23T10:00+01:00, before the event listed above it");
    }

    @Test
    void anEventBeforeTheReportIsRefused() {
        ObjectNode incident = incident();
        event(incident, "2026-11-19T10:00:00+01:00", "RECURRED");

        Cli.Result result = recommend(incident);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("amends: events[0].at: is 2026-11-19T10:00+01:00, before the incident was reported");
    }

    @Test
    void anEventAboutAStepThePlanDoesNotHaveIsShownAsMarkingNothing() {
        ObjectNode incident = incident();
        event(incident, "2026-11-23T10:00:00+01:00", "STEP_DONE").put("action", "OFFER_REMEDY").put("outcome", "DECLINED");

        Cli.Result result = recommend(incident);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().replaceAll("\\s+", " ")).contains("Offer a remedy: done, declined. " + RevisionText.WITHOUT_STEP);
    }

    @Test
    void anEventAboutAStepThePlanDoesNotHaveIsListedApartInJson() {
        ObjectNode incident = incident();
        event(incident, "2026-11-23T09:30:00+01:00", "STEP_DONE").put("action", "FIX").put("outcome", "SUCCEEDED");
        event(incident, "2026-11-23T10:00:00+01:00", "STEP_DONE").put("action", "OFFER_REMEDY").put("outcome", "DECLINED");

        Cli.Result result = recommend(incident, "--format", "json");

        assertThat(result.exitCode()).isZero();
        JsonNode without = result.json().path("eventsWithoutStep");
        assertThat(without).hasSize(1);
        assertThat(without.get(0).path("event").asInt()).isEqualTo(1);
        assertThat(without.get(0).path("action").asText()).isEqualTo("OFFER_REMEDY");
    }

    @Test
    void aFixThatFailedAfterItWasDoneShowsOnTheStepItReportsOn() {
        ObjectNode incident = incident();
        event(incident, "2026-11-23T09:30:00+01:00", "STEP_DONE").put("action", "FIX").put("outcome", "SUCCEEDED");
        event(incident, "2026-11-23T15:00:00+01:00", "STEP_DONE").put("action", "FIX").put("outcome", "FAILED");

        Cli.Result result = recommend(incident);

        assertThat(result.out()).contains("Done Mon 23 Nov 09:30, succeeded; then failed Mon 23 Nov 15:00.");
    }

    @Test
    void aPlanWhoseEventsAllHaveTheirStepWritesNoListOfEventsWithoutStep() {
        ObjectNode incident = incident();
        event(incident, "2026-11-23T09:30:00+01:00", "STEP_DONE").put("action", "FIX").put("outcome", "SUCCEEDED");

        Cli.Result result = recommend(incident, "--format", "json");

        assertThat(result.json().has("eventsWithoutStep")).isFalse();
    }

    @Test
    void anEventLaterThanNowIsRefused() {
        ObjectNode incident = incident();
        event(incident, "2026-12-24T10:00:00+01:00", "RECURRED");

        Cli.Result result = recommend(incident);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().startsWith("amends: events[0].at: ");
    }
}
