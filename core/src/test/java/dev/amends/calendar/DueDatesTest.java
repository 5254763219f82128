package dev.amends.calendar;

import dev.amends.model.Timing;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DueDatesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DueDates STANDARD = DueDates.on(BusinessCalendar.standard());
    /** Friday 27 November 2026, half past five: the office has just closed for the weekend. */
    private static final ZonedDateTime FRIDAY_EVENING = berlin("2026-11-27T17:30");
    /** Tuesday 24 November 2026, ten in the morning. */
    private static final ZonedDateTime TUESDAY_MORNING = berlin("2026-11-24T10:00");

    private static ZonedDateTime berlin(String local) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(local), BERLIN);
    }

    private static ZonedDateTime due(Timing timing, ZonedDateTime reported) {
        return STANDARD.due(timing, reported, Timing.WITHIN_A_WEEK);
    }

    @Test
    void within_the_hour_on_a_friday_evening_is_still_within_the_hour() {
        assertThat(due(Timing.WITHIN_AN_HOUR, FRIDAY_EVENING)).isEqualTo(berlin("2026-11-27T18:30"));
    }

    @Test
    void immediately_is_due_when_reported_even_out_of_hours() {
        assertThat(due(Timing.IMMEDIATELY, FRIDAY_EVENING)).isEqualTo(FRIDAY_EVENING);
    }

    @Test
    void within_a_business_day_on_a_friday_evening_means_by_the_end_of_monday() {
        assertThat(due(Timing.WITHIN_A_BUSINESS_DAY, FRIDAY_EVENING)).isEqualTo(berlin("2026-11-30T17:00"));
    }

    @Test
    void within_a_business_day_in_working_hours_is_the_same_time_the_next_working_day() {
        assertThat(due(Timing.WITHIN_A_BUSINESS_DAY, TUESDAY_MORNING)).isEqualTo(berlin("2026-11-25T10:00"));
    }

    @Test
    void within_four_hours_counts_working_hours_only() {
        assertThat(due(Timing.WITHIN_FOUR_HOURS, TUESDAY_MORNING)).isEqualTo(berlin("2026-11-24T14:00"));
        assertThat(due(Timing.WITHIN_FOUR_HOURS, berlin("2026-11-24T16:00"))).isEqualTo(berlin("2026-11-25T12:00"));
        assertThat(due(Timing.WITHIN_FOUR_HOURS, FRIDAY_EVENING)).isEqualTo(berlin("2026-11-30T13:00"));
    }

    @Test
    void today_is_the_close_of_the_working_day_or_of_the_next_one_when_reported_after_hours() {
        assertThat(due(Timing.TODAY, TUESDAY_MORNING)).isEqualTo(berlin("2026-11-24T17:00"));
        assertThat(due(Timing.TODAY, FRIDAY_EVENING)).isEqualTo(berlin("2026-11-30T17:00"));
        assertThat(due(Timing.TODAY, berlin("2026-11-24T07:45"))).isEqualTo(berlin("2026-11-24T17:00"));
    }

    @Test
    void business_days_and_weeks_count_working_days() {
        assertThat(due(Timing.WITHIN_THREE_DAYS, FRIDAY_EVENING)).isEqualTo(berlin("2026-12-02T17:00"));
        assertThat(due(Timing.WITHIN_A_WEEK, TUESDAY_MORNING)).isEqualTo(berlin("2026-12-01T10:00"));
        assertThat(due(Timing.WITHIN_TWO_WEEKS, TUESDAY_MORNING)).isEqualTo(berlin("2026-12-08T10:00"));
        assertThat(due(Timing.WHEN_INVESTIGATION_CLOSES, TUESDAY_MORNING)).isEqualTo(berlin("2026-12-22T10:00"));
    }

    @Test
    void a_week_has_as_many_business_days_as_the_calendar_works() {
        DueDates sixDays = DueDates.on(BusinessCalendar.builder().workingDays(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY).build());

        assertThat(sixDays.due(Timing.WITHIN_A_WEEK, TUESDAY_MORNING, Timing.WITHIN_A_WEEK)).isEqualTo(berlin("2026-12-01T10:00"));
        assertThat(sixDays.due(Timing.WITHIN_A_BUSINESS_DAY, FRIDAY_EVENING, Timing.WITHIN_A_WEEK))
                .isEqualTo(berlin("2026-11-28T17:00"));
    }

    @Test
    void holidays_are_skipped_like_weekends() {
        DueDates christmas = DueDates.on(BusinessCalendar.builder()
                .holiday(LocalDate.parse("2026-12-24"), "Christmas Eve")
                .holiday(LocalDate.parse("2026-12-25"), "Christmas Day").build());
        ZonedDateTime beforeTheHoliday = berlin("2026-12-23T15:00");

        assertThat(christmas.due(Timing.WITHIN_A_BUSINESS_DAY, beforeTheHoliday, Timing.WITHIN_A_WEEK))
                .isEqualTo(berlin("2026-12-28T15:00"));
        assertThat(STANDARD.due(Timing.WITHIN_A_BUSINESS_DAY, beforeTheHoliday, Timing.WITHIN_A_WEEK))
                .isEqualTo(berlin("2026-12-24T15:00"));
        assertThat(christmas.due(Timing.WITHIN_AN_HOUR, berlin("2026-12-25T11:00"), Timing.WITHIN_A_WEEK))
                .isEqualTo(berlin("2026-12-25T12:00"));
    }

    @Test
    void working_hours_keep_their_wall_clock_time_across_a_change_to_winter_time() {
        ZonedDateTime fridayInSummerTime = berlin("2026-10-23T10:00");

        ZonedDateTime monday = due(Timing.WITHIN_A_BUSINESS_DAY, fridayInSummerTime);

        assertThat(monday).isEqualTo(berlin("2026-10-26T10:00"));
        assertThat(fridayInSummerTime.getOffset().getTotalSeconds()).isEqualTo(2 * 3600);
        assertThat(monday.getOffset().getTotalSeconds()).isEqualTo(3600);
    }

    @Test
    void within_the_hour_is_sixty_minutes_of_real_time_on_the_night_the_clocks_go_back() {
        ZonedDateTime beforeTheChange = ZonedDateTime.parse("2026-11-01T01:30-04:00[America/New_York]");

        ZonedDateTime due = due(Timing.WITHIN_AN_HOUR, beforeTheChange);

        assertThat(due.toLocalTime()).hasToString("01:30");
        assertThat(due.getOffset().getTotalSeconds()).isEqualTo(-5 * 3600);
        assertThat(java.time.Duration.between(beforeTheChange, due)).hasHours(1);
    }

    @Test
    void working_hours_are_those_of_the_accounts_own_time_zone() {
        ZonedDateTime friday = ZonedDateTime.parse("2026-11-27T16:00-08:00[America/Los_Angeles]");

        ZonedDateTime due = due(Timing.WITHIN_A_BUSINESS_DAY, friday);

        assertThat(due).isEqualTo(ZonedDateTime.parse("2026-11-30T16:00-08:00[America/Los_Angeles]"));
        assertThat(due(Timing.WITHIN_A_BUSINESS_DAY, friday.withZoneSameInstant(BERLIN))).isEqualTo(berlin("2026-11-30T17:00"));
    }

    @Test
    void timings_after_the_fix_count_from_when_the_fix_falls_due() {
        // Fix within three business days of Tuesday 10:00: Friday 10:00.
        assertThat(STANDARD.due(Timing.AFTER_A_WEEK, TUESDAY_MORNING, Timing.WITHIN_THREE_DAYS)).isEqualTo(berlin("2026-12-04T10:00"));
        assertThat(STANDARD.due(Timing.AFTER_A_WEEK, TUESDAY_MORNING, Timing.WITHIN_A_BUSINESS_DAY)).isEqualTo(berlin("2026-12-02T10:00"));
    }

    @Test
    void a_month_and_a_quarter_after_the_fix_fall_on_the_close_of_the_next_working_day() {
        // Fix due Friday 27 November; a month later is Sunday 27 December, a quarter later Saturday 27 February.
        assertThat(STANDARD.due(Timing.AFTER_A_MONTH, TUESDAY_MORNING, Timing.WITHIN_THREE_DAYS)).isEqualTo(berlin("2026-12-28T17:00"));
        assertThat(STANDARD.due(Timing.EVERY_QUARTER, TUESDAY_MORNING, Timing.WITHIN_THREE_DAYS)).isEqualTo(berlin("2027-03-01T17:00"));
    }

    @Test
    void the_plans_windows_have_no_due_date_of_their_own() {
        assertThatThrownBy(() -> due(Timing.AT_FIRST_CONTACT, TUESDAY_MORNING))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AT_FIRST_CONTACT");
        assertThatThrownBy(() -> STANDARD.due(Timing.TODAY, TUESDAY_MORNING, Timing.BY_RESOLUTION_DEADLINE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BY_RESOLUTION_DEADLINE");
    }
}
