package dev.amends.calendar;

import dev.amends.model.Timing;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Turns a step's timing into the moment it falls due, on a business calendar. The two most urgent
 * timings count clock time, since an urgent case (a patient waiting) is acted on at once, evening or
 * weekend; the others count working time on the calendar; those after the fix count from when the
 * fix falls due. docs/due-dates.md has the table of rules. Immutable and thread-safe.
 */
public final class DueDates {

    /** Working weeks in "when the investigation closes": a checkpoint, not a promise. */
    static final int INVESTIGATION_WEEKS = 4;

    private final BusinessCalendar calendar;

    private DueDates(BusinessCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** Due dates on this calendar. */
    public static DueDates on(BusinessCalendar calendar) {
        return new DueDates(calendar);
    }

    /** The calendar due dates are counted on. */
    public BusinessCalendar calendar() {
        return calendar;
    }

    /**
     * When a step with this timing falls due.
     *
     * @param timing     the step's timing, a concrete one
     * @param reportedAt when the incident was reported, in the account's time zone; the due date is in the same zone
     * @param fixDue     when the fix falls due (the plan's fix step's timing, or its resolution window), from
     *                   which the timings after the fix count; a concrete timing
     * @throws IllegalArgumentException for {@link Timing#AT_FIRST_CONTACT} or {@link Timing#BY_RESOLUTION_DEADLINE},
     *                                  which stand for a plan's windows and have no time of their own
     */
    public ZonedDateTime due(Timing timing, ZonedDateTime reportedAt, Timing fixDue) {
        Objects.requireNonNull(reportedAt, "reportedAt");
        Objects.requireNonNull(fixDue, "fixDue");
        if (timing.isRelative() || fixDue.isRelative()) {
            throw new IllegalArgumentException("a plan's window has no due date of its own: " + (timing.isRelative() ? timing : fixDue));
        }
        if (timing.isAfterTheFix()) {
            // A fix due "after the fix" itself would count from itself: it counts from the report instead.
            ZonedDateTime fixed = fixDue.isAfterTheFix() ? reportedAt : fromReport(fixDue, reportedAt);
            return afterTheFix(timing, fixed);
        }
        return fromReport(timing, reportedAt);
    }

    private ZonedDateTime fromReport(Timing timing, ZonedDateTime reported) {
        Duration day = calendar.workingDay();
        Duration week = day.multipliedBy(calendar.workingDays().size());
        return switch (timing) {
            case IMMEDIATELY -> reported;
            case WITHIN_AN_HOUR -> reported.plusHours(1);
            case WITHIN_FOUR_HOURS -> working(reported, Duration.ofHours(4));
            case TODAY -> closeOf(reported, calendar.startOfWork(reported.toLocalDateTime()).toLocalDate());
            case WITHIN_A_BUSINESS_DAY -> working(reported, day);
            case WITHIN_THREE_DAYS -> working(reported, day.multipliedBy(3));
            case WITHIN_A_WEEK -> working(reported, week);
            case WITHIN_TWO_WEEKS -> working(reported, week.multipliedBy(2));
            case WHEN_INVESTIGATION_CLOSES -> working(reported, week.multipliedBy(INVESTIGATION_WEEKS));
            default -> throw new IllegalArgumentException("counts from the fix, not the report: " + timing);
        };
    }

    private ZonedDateTime afterTheFix(Timing timing, ZonedDateTime fixed) {
        Duration week = calendar.workingDay().multipliedBy(calendar.workingDays().size());
        return switch (timing) {
            case AFTER_A_WEEK -> working(fixed, week);
            case AFTER_A_MONTH -> closeOf(fixed, calendar.workingDayFrom(fixed.toLocalDate().plusMonths(1)));
            case EVERY_QUARTER -> closeOf(fixed, calendar.workingDayFrom(fixed.toLocalDate().plusMonths(3)));
            default -> throw new IllegalArgumentException("counts from the report, not the fix: " + timing);
        };
    }

    /** The moment {@code work} of working time after {@code from}, in its zone. */
    private ZonedDateTime working(ZonedDateTime from, Duration work) {
        return at(from, calendar.plusWorkingTime(from.toLocalDateTime(), work));
    }

    /** The end of the working day on {@code day}, in the zone of {@code from}. */
    private ZonedDateTime closeOf(ZonedDateTime from, LocalDate day) {
        return at(from, day.atTime(calendar.closes()));
    }

    private static ZonedDateTime at(ZonedDateTime from, LocalDateTime local) {
        return ZonedDateTime.ofLocal(local, from.getZone(), from.getOffset());
    }
}
