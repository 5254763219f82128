package dev.amends.calendar;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessCalendarTest {

    @Test
    void the_standard_calendar_works_monday_to_friday_nine_to_five() {
        BusinessCalendar standard = BusinessCalendar.standard();

        assertThat(standard.isWorkingDay(LocalDate.parse("2026-11-27"))).isTrue();
        assertThat(standard.isWorkingDay(LocalDate.parse("2026-11-28"))).isFalse();
        assertThat(standard.workingDay()).hasHours(8);
        assertThat(standard.holidays()).isEmpty();
    }

    @Test
    void a_calendar_needs_a_working_day() {
        assertThatThrownBy(() -> BusinessCalendar.builder().workingDays())
                .isInstanceOf(InvalidCalendarException.class)
                .hasMessageStartingWith("workingDays: name at least one working day");
    }

    @Test
    void a_date_is_a_holiday_once() {
        BusinessCalendar.Builder builder = BusinessCalendar.builder().holiday(LocalDate.parse("2026-12-25"), "Christmas Day");

        assertThatThrownBy(() -> builder.holiday(LocalDate.parse("2026-12-25"), "Xmas"))
                .isInstanceOf(InvalidCalendarException.class)
                .hasMessage("holidays.2026-12-25: is listed twice (\"Christmas Day\" and \"Xmas\"); list each date once");
    }

    @Test
    void calendars_with_the_same_settings_are_equal() {
        assertThat(BusinessCalendar.builder().workingDays(DayOfWeek.FRIDAY, DayOfWeek.MONDAY).build())
                .isEqualTo(BusinessCalendar.builder().workingDays(DayOfWeek.MONDAY, DayOfWeek.FRIDAY).build())
                .isNotEqualTo(BusinessCalendar.standard());
    }
}
