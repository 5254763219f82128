package dev.amends.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VToDo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code amends recommend} with reportedAt and timeZone: due dates in text and JSON, {@code --calendar}, {@code --now}, and {@code --format ics}. */
class DueDatesCommandTest {

    private static final String NOW = "2026-11-20T18:00:00+01:00";
    private static final String CHRISTMAS = """
            workingHours: 09:00-17:00
            holidays:
              2026-12-24: Christmas Eve
              2026-12-25: Christmas Day
            """;

    @TempDir
    Path dir;

    /** The Friday-evening patient case of the example. */
    private static ObjectNode fridayEvening() {
        return Cli.incident().put("severity", "HIGH").put("reportedAt", "2026-11-20T17:30:00+01:00").put("timeZone", "Europe/Berlin");
    }

    private Cli.Result recommend(ObjectNode incident, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("recommend", Cli.write(dir, incident).toString()));
        args.addAll(List.of(options));
        if (!args.contains("--now")) {
            args.addAll(List.of("--now", NOW));
        }
        return Cli.run(args.toArray(String[]::new));
    }

    private static JsonNode step(JsonNode plan, String action) {
        for (JsonNode step : plan.get("steps")) {
            if (step.get("action").asText().equals(action)) {
                return step;
            }
        }
        throw new AssertionError("no " + action + " step in " + plan);
    }

    private static void assertBadInput(Cli.Result result, String line) {
        assertThat(result.exitCode()).as("exit status").isEqualTo(2);
        assertThat(result.out()).as("stdout").isEmpty();
        assertThat(result.errLines()).as("stderr").containsExactly(line);
    }

    @Test
    void the_json_gives_each_step_its_due_date_beside_its_timing() {
        JsonNode plan = recommend(fridayEvening(), "--format", "json").json();

        JsonNode fix = step(plan, "FIX");
        assertThat(fix.get("timing").asText()).isEqualTo("WITHIN_AN_HOUR");
        assertThat(fix.get("due").asText()).isEqualTo("2026-11-20T18:30:00+01:00");
        assertThat(step(plan, "FOLLOW_UP").get("due").asText()).isEqualTo("2026-11-23T17:00:00+01:00");
        assertThat(plan.get("incident").get("reportedAt").asText()).isEqualTo("2026-11-20T17:30:00+01:00");
        assertThat(plan.get("incident").get("timeZone").asText()).isEqualTo("Europe/Berlin");
        List<String> keys = new java.util.ArrayList<>();
        fix.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsSubsequence("timing", "due", "owner");
    }

    @Test
    void an_incident_without_reportedAt_gets_the_same_json_as_before() {
        Cli.Result without = recommend(Cli.incident(), "--format", "json");

        assertThat(without.exitCode()).isZero();
        assertThat(without.out()).doesNotContain("\"due\"").doesNotContain("reportedAt");
        assertThat(Cli.run("recommend", Cli.write(dir, Cli.incident()).toString(), "--format", "json").out()).isEqualTo(without.out());
    }

    @Test
    void the_text_shows_when_it_was_reported_and_when_each_step_is_due() {
        String text = recommend(fridayEvening()).out().replaceAll("\\s+", " ");   // as read, wherever lines wrap

        assertThat(text).contains("Reported Fri 20 Nov 2026, 17:30 +01:00 (Europe/Berlin).")
                .contains("The first conversation: call Dr. Amara Osei within the hour, by Fri 20 Nov 2026, 18:30 +01:00")
                .contains("Due Mon 23 Nov 2026, 17:00 +01:00.");
    }

    @Test
    void the_calendar_file_moves_due_dates_past_its_holidays() {
        ObjectNode beforeChristmas = fridayEvening().put("reportedAt", "2026-12-23T15:00:00+01:00");
        Path calendar = Cli.write(dir, "calendar.yaml", CHRISTMAS);

        JsonNode standard = recommend(beforeChristmas, "--format", "json", "--now", "2026-12-23T15:05:00+01:00").json();
        JsonNode withHolidays = recommend(beforeChristmas, "--format", "json", "--now", "2026-12-23T15:05:00+01:00",
                "--calendar", calendar.toString()).json();

        assertThat(step(standard, "FOLLOW_UP").get("due").asText()).isEqualTo("2026-12-24T15:00:00+01:00");
        assertThat(step(withHolidays, "FOLLOW_UP").get("due").asText()).isEqualTo("2026-12-28T15:00:00+01:00");
    }

    @Test
    void a_report_time_without_an_offset_is_refused() {
        assertBadInput(recommend(fridayEvening().put("reportedAt", "2026-11-20T17:30:00")),
                "amends: reportedAt: \"2026-11-20T17:30:00\" has no offset from UTC, so it could be any of many moments; write it "
                        + "as an ISO-8601 date and time with its offset from UTC, such as 2026-11-27T17:30:00+01:00 or 2026-11-27T16:30:00Z");
    }

    @Test
    void a_report_time_that_is_not_a_time_is_refused() {
        Cli.Result result = recommend(fridayEvening().put("reportedAt", "last Friday"));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("amends: reportedAt: \"last Friday\" is not a date and time;");
    }

    @Test
    void a_report_time_later_than_now_is_refused() {
        Cli.Result result = recommend(fridayEvening(), "--now", "2026-11-20T17:00:00+01:00");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("amends: reportedAt: 2026-11-20T17:30:00+01:00 is later than now (2026-11-20T16:00:00Z)");
    }

    @Test
    void an_unknown_time_zone_is_refused_with_the_nearest_name() {
        assertBadInput(recommend(fridayEvening().put("timeZone", "Europe/Berln")),
                "amends: timeZone: unknown time zone \"Europe/Berln\" (did you mean Europe/Berlin?); give an IANA time zone name, "
                        + "such as Europe/Berlin or America/New_York");
    }

    @Test
    void a_time_zone_that_is_not_text_is_refused() {
        ObjectNode incident = fridayEvening();
        incident.put("timeZone", 1);

        assertBadInput(recommend(incident), "amends: timeZone: expected a string, got number 1");
    }

    @Test
    void a_calendar_file_with_a_problem_is_named_with_its_line() {
        Path calendar = Cli.write(dir, "calendar.yaml", "workingHours: 09:00-17:00\nholidays:\n  2026-02-30: Nonsense\n");

        assertBadInput(recommend(fridayEvening(), "--calendar", calendar.toString()),
                "amends: --calendar: " + calendar + ":3: holidays: \"2026-02-30\" is not a date; write dates as YYYY-MM-DD, "
                        + "such as 2026-12-25");
    }

    @Test
    void now_that_is_not_a_time_is_refused() {
        Cli.Result result = recommend(fridayEvening(), "--now", "tomorrow");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("amends: --now: \"tomorrow\" is not a date and time with its offset from UTC");
    }

    @Test
    void ics_writes_one_to_do_per_step_with_its_due_date_owner_and_wording() throws Exception {
        Cli.Result result = recommend(fridayEvening(), "--format", "ics");
        JsonNode plan = recommend(fridayEvening(), "--format", "json").json();

        assertThat(result.exitCode()).isZero();
        Calendar calendar = new CalendarBuilder().build(new StringReader(result.out()));
        List<VToDo> todos = calendar.getComponents("VTODO");
        assertThat(todos).hasSize(plan.get("steps").size());
        VToDo follow = todos.stream().filter(t -> summary(t).contains("Follow up")).findFirst().orElseThrow();
        assertThat(follow.getProperty(Property.DUE).orElseThrow().getValue()).isEqualTo("20261123T160000Z");
        assertThat(follow.getProperty(Property.DTSTAMP).orElseThrow().getValue()).isEqualTo("20261120T170000Z");
        assertThat(follow.getProperty(Property.CATEGORIES).orElseThrow().getValue()).isEqualTo("You");
        assertThat(follow.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .startsWith(step(plan, "FOLLOW_UP").get("wording").asText());
        assertThat(summary(follow)).isEqualTo("Step " + step(plan, "FOLLOW_UP").get("order").asInt() + ": Follow up (St. Brendan's Hospital)");
    }

    @Test
    void each_to_do_keeps_its_uid_when_the_plan_is_written_again_so_an_import_updates_it() throws Exception {
        List<String> first = uids(recommend(fridayEvening(), "--format", "ics").out());
        List<String> again = uids(recommend(fridayEvening().put("customerMood", "CALM"), "--format", "ics", "--now", "2026-11-21T09:00:00+01:00").out());
        List<String> another = uids(recommend(fridayEvening().put("id", "T-2"), "--format", "ics").out());

        assertThat(first).doesNotHaveDuplicates();
        assertThat(again).containsAnyElementsOf(first);
        assertThat(another).doesNotContainAnyElementsOf(first);
    }

    @Test
    void ics_repeats_the_quarterly_visit_four_times_a_quarter_apart() throws Exception {
        ObjectNode lostReferrals = Cli.incident().put("mistake", "MISSED_APPOINTMENT").put("faultOwner", "COMPANY")
                .put("severity", "MEDIUM").put("relationship", "ESTABLISHED").put("referralsLost", true)
                .put("reportedAt", "2026-11-20T17:30:00+01:00").put("timeZone", "Europe/Berlin");

        Calendar calendar = new CalendarBuilder().build(new StringReader(recommend(lostReferrals, "--format", "ics").out()));

        List<VToDo> quarterly = calendar.<VToDo>getComponents("VTODO").stream()
                .filter(t -> t.getProperty(Property.RRULE).isPresent()).toList();
        assertThat(quarterly).singleElement().satisfies(visit -> {
            assertThat(summary(visit)).contains("Revisit every quarter");
            net.fortuna.ical4j.model.Recur<?> recur = new net.fortuna.ical4j.model.Recur<>(visit.getProperty(Property.RRULE).orElseThrow().getValue());
            assertThat(recur.getFrequency()).isEqualTo(net.fortuna.ical4j.transform.recurrence.Frequency.MONTHLY);
            assertThat(recur.getInterval()).isEqualTo(3);
            assertThat(recur.getCount()).isEqualTo(4);
            assertThat(visit.getProperty(Property.DTSTART).orElseThrow().getValue())
                    .isEqualTo(visit.getProperty(Property.DUE).orElseThrow().getValue());
        });
    }

    @Test
    void ics_never_passes_a_control_character_from_the_incident() throws Exception {
        Cli.Result result = recommend(fridayEvening().put("account", "Evil\u001b[2J Clinic").put("contact", "Dr. Bell\u0007"), "--format", "ics");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().chars().filter(c -> c < 0x20 && c != '\r' && c != '\n')).isEmpty();
        VToDo first = new CalendarBuilder().build(new StringReader(result.out())).<VToDo>getComponents("VTODO").get(0);
        assertThat(summary(first)).endsWith("(Evil\\u001B[2J Clinic)");
    }

    @Test
    void ics_needs_the_report_time() {
        assertBadInput(recommend(Cli.incident(), "--format", "ics"),
                "amends: reportedAt: --format ics needs the time the incident was reported, to give each to-do its due date; "
                        + "add \"reportedAt\" (such as \"2026-11-27T17:30:00+01:00\") and \"timeZone\" to the incident");
    }

    @Test
    void explain_does_not_write_ics() {
        Cli.Result result = Cli.run("explain", Cli.write(dir, fridayEvening()).toString(), "--format", "ics", "--now", NOW);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("amends: --format: ics writes a plan's steps as to-dos, with 'amends recommend'");
    }

    @Test
    void the_example_incident_gets_due_dates_on_the_example_calendar() {
        Cli.Result result = Cli.run("recommend", "../examples/incidents/wrong-implant-reported-friday-evening.json",
                "--calendar", "../examples/calendars/berlin-office.yaml", "--now", NOW, "--format", "json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(step(result.json(), "FOLLOW_UP").get("due").asText()).isEqualTo("2026-11-23T17:00:00+01:00");
    }

    @Test
    void scenario_files_expect_due_dates_on_the_calendar_given_to_test() {
        Path scenarios = Cli.write(dir, "christmas.scenarios", """
                scenario: A follow-up due on Christmas Eve moves to the Monday after
                  mistake: WRONG_PRODUCT
                  faultOwner: COMPANY
                  severity: HIGH
                  relationship: ESTABLISHED
                  patientImpact: true
                  reportedAt: 2026-12-23T15:00:00+01:00
                  timeZone: Europe/Berlin
                  expect: FOLLOW_UP due 2026-12-28T15:00+01:00
                """);
        Path calendar = Cli.write(dir, "calendar.yaml", CHRISTMAS);

        Cli.Result onTheCalendar = Cli.run("test", scenarios.toString(), "--calendar", calendar.toString(), "--now", NOW.replace("11-20", "12-24"));
        Cli.Result standard = Cli.run("test", scenarios.toString(), "--now", NOW.replace("11-20", "12-24"));

        assertThat(onTheCalendar.exitCode()).as(onTheCalendar.out()).isZero();
        assertThat(standard.exitCode()).isEqualTo(1);
        assertThat(standard.out()).contains("it is due 2026-12-24T15:00:00+01:00");
    }

    private static String summary(VToDo todo) {
        return todo.getProperty(Property.SUMMARY).orElseThrow().getValue();
    }

    private static List<String> uids(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        return calendar.<VToDo>getComponents("VTODO").stream()
                .map(t -> t.getProperty(Property.UID).orElseThrow().getValue()).toList();
    }
}
