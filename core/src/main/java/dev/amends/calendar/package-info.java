/**
 * Business calendars and due dates: an organisation's working days, working hours and holidays
 * ({@link dev.amends.calendar.BusinessCalendar}, read from a calendar file by
 * {@link dev.amends.calendar.CalendarFile}), and the rule that turns each step's timing into an
 * absolute due date ({@link dev.amends.calendar.DueDates}).
 */
package dev.amends.calendar;
