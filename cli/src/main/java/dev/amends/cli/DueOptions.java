package dev.amends.cli;

import dev.amends.calendar.BusinessCalendar;
import dev.amends.calendar.CalendarFile;
import dev.amends.calendar.InvalidCalendarException;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The {@code --calendar FILE} and {@code --now TIME} options: the business calendar due dates are
 * counted on, and the moment taken as now, so that output can be reproduced.
 */
final class DueOptions {

    @Option(names = "--calendar", paramLabel = "FILE", converter = FileName.class,
            description = "The business calendar (YAML: workingDays, workingHours, holidays) due dates are counted on; "
                    + "without it, Monday to Friday, 09:00-17:00, no holidays.")
    Path calendar;

    @Option(names = "--now", paramLabel = "TIME",
            description = "Take TIME as now, for reproducible output: ISO-8601 with offset, such as 2026-11-20T18:00+01:00.")
    String now;

    /** Whether {@code --calendar} or {@code --now} was given; without them the advisor's defaults stand. */
    boolean given() {
        return calendar != null || now != null;
    }

    /** The calendar {@code --calendar} names, or the standard one. */
    BusinessCalendar calendar() {
        if (calendar == null) {
            return BusinessCalendar.standard();
        }
        try {
            return CalendarFile.read(calendar);
        } catch (InvalidCalendarException e) {
            throw new BadInputException("--calendar", e.getMessage());
        }
    }

    /** A clock stopped at {@code --now}, or the system's clock. */
    Clock clock() {
        if (now == null) {
            return Clock.systemUTC();
        }
        try {
            return Clock.fixed(OffsetDateTime.parse(now.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant(), ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new BadInputException("--now", IncidentJson.quote(now) + " is not a date and time with its offset from UTC; "
                    + "write it as ISO-8601, such as 2026-11-27T17:30:00+01:00 or 2026-11-27T16:30:00Z");
        }
    }
}
