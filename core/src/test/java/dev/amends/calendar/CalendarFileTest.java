package dev.amends.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CalendarFileTest {

    private static InvalidCalendarException problem(String yaml) {
        return catchThrowableOfType(InvalidCalendarException.class, () -> CalendarFile.read(yaml, "calendar.yaml"));
    }

    @Test
    void reads_working_days_hours_and_holidays() {
        BusinessCalendar calendar = CalendarFile.read("""
                # The service desk's week
                workingDays: [MONDAY, Tuesday, wednesday, THURSDAY]
                workingHours: 8:30-16:00
                holidays:
                  2026-12-25: Christmas Day
                  2027-01-01: New Year's Day
                """, "calendar.yaml");

        assertThat(calendar.workingDays()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
        assertThat(calendar.opens()).isEqualTo(LocalTime.of(8, 30));
        assertThat(calendar.closes()).isEqualTo(LocalTime.of(16, 0));
        assertThat(calendar.holidays()).containsExactly(Map.entry(LocalDate.parse("2026-12-25"), "Christmas Day"),
                Map.entry(LocalDate.parse("2027-01-01"), "New Year's Day"));
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-25"))).isFalse();
    }

    @Test
    void what_a_file_leaves_out_is_as_in_the_standard_calendar() {
        BusinessCalendar calendar = CalendarFile.read("holidays:\n  2026-12-25: Christmas Day\n", "calendar.yaml");

        assertThat(calendar.workingDays()).isEqualTo(BusinessCalendar.standard().workingDays());
        assertThat(calendar.workingDay()).hasHours(8);
    }

    @Test
    void reads_a_file(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("calendar.yaml"), "workingHours: 10:00-18:00\n");

        assertThat(CalendarFile.read(file).opens()).isEqualTo(LocalTime.of(10, 0));
    }

    @Test
    void a_missing_file_is_named() {
        InvalidCalendarException e = catchThrowableOfType(InvalidCalendarException.class,
                () -> CalendarFile.read(Path.of("no-such-calendar.yaml")));

        assertThat(e.file()).contains("no-such-calendar.yaml");
        assertThat(e).hasMessage("no-such-calendar.yaml: no such file");
    }

    @Test
    void an_unknown_key_is_named_with_its_line_and_the_keys_allowed() {
        InvalidCalendarException e = problem("workingDays: [MONDAY]\nholiday:\n  2026-12-25: Christmas Day\n");

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.field()).isEqualTo("holiday");
        assertThat(e).hasMessage("calendar.yaml:2: holiday: unknown key; allowed: workingDays, workingHours, holidays");
    }

    @Test
    void a_date_that_is_not_a_date_is_named_with_its_line() {
        InvalidCalendarException e = problem("holidays:\n  2026-12-25: Christmas Day\n  2026-13-01: Nonsense\n");

        assertThat(e).hasMessage("calendar.yaml:3: holidays: \"2026-13-01\" is not a date; write dates as YYYY-MM-DD, such as 2026-12-25");
    }

    @Test
    void a_day_off_without_a_name_is_refused() {
        InvalidCalendarException e = problem("holidays:\n  2026-12-25: \"\"\n");

        assertThat(e.field()).isEqualTo("holidays.2026-12-25");
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void a_holiday_name_with_a_control_character_is_refused() {
        InvalidCalendarException e = problem("holidays:\n  2026-12-25: \"Christmas\\u001b[2J\"\n");

        assertThat(e.field()).isEqualTo("holidays.2026-12-25");
        assertThat(e.problem()).contains("control or invisible character");
    }

    @Test
    void a_day_that_is_not_a_day_of_the_week_is_refused() {
        InvalidCalendarException e = problem("workingDays: [MONDAY, Funday]\n");

        assertThat(e.field()).isEqualTo("workingDays");
        assertThat(e.problem()).startsWith("\"Funday\" is not a day of the week; allowed: MONDAY");
    }

    @Test
    void a_day_listed_twice_is_refused() {
        assertThat(problem("workingDays: [MONDAY, monday]\n").problem()).isEqualTo("MONDAY is listed twice; list each day once");
    }

    @Test
    void no_working_day_at_all_is_refused() {
        InvalidCalendarException e = problem("workingDays: []\n");

        assertThat(e.field()).isEqualTo("workingDays");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.problem()).startsWith("name at least one working day");
    }

    @Test
    void working_hours_must_open_before_they_close() {
        InvalidCalendarException e = problem("workingHours: 17:00-09:00\n");

        assertThat(e.field()).isEqualTo("workingHours");
        assertThat(e.problem()).contains("must start before it ends").contains("17:00-09:00");
    }

    @Test
    void working_hours_that_are_not_times_are_refused() {
        assertThat(problem("workingHours: nine to five\n").problem()).startsWith("\"nine to five\" is not a span of hours");
        assertThat(problem("workingHours: 09:00-25:00\n").problem()).isEqualTo("\"25:00\" is not a time of day; hours 00-23, minutes 00-59");
    }

    @Test
    void an_empty_file_is_refused_as_likely_cut_short() {
        assertThat(problem("# nothing yet\n").problem()).startsWith("is empty");
    }

    @Test
    void text_that_is_not_yaml_is_refused_with_its_line() {
        InvalidCalendarException e = problem("workingDays: [MONDAY\nworkingHours: 09:00-17:00\n");

        assertThat(e.problem()).startsWith("is not valid YAML");
        assertThat(e.line()).isPositive();
    }

    @Test
    void a_key_given_twice_is_refused() {
        assertThat(problem("workingHours: 09:00-17:00\nworkingHours: 08:00-16:00\n").line()).isEqualTo(2);
    }
}
