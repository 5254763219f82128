package dev.amends.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * When the people who act on incidents work: the working days of the week, one span of working
 * hours on each of them, and the holidays (whole days off). Times are wall-clock times in the
 * account's time zone. Immutable and thread-safe; build one with {@link #builder()}, read one with
 * {@link CalendarFile}, or take {@link #standard()}.
 */
public final class BusinessCalendar {

    private static final LocalTime DEFAULT_OPENS = LocalTime.of(9, 0);
    private static final LocalTime DEFAULT_CLOSES = LocalTime.of(17, 0);
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final BusinessCalendar STANDARD = builder().build();

    private final Set<DayOfWeek> workingDays;
    private final LocalTime opens;
    private final LocalTime closes;
    private final NavigableMap<LocalDate, String> holidays;

    private BusinessCalendar(Builder b) {
        this.workingDays = Collections.unmodifiableSet(EnumSet.copyOf(b.workingDays));
        this.opens = b.opens;
        this.closes = b.closes;
        this.holidays = Collections.unmodifiableNavigableMap(new TreeMap<>(b.holidays));
    }

    /** Monday to Friday, 09:00 to 17:00, no holidays: the calendar used when none is given. */
    public static BusinessCalendar standard() {
        return STANDARD;
    }

    /** A builder starting from the standard calendar: Monday to Friday, 09:00 to 17:00, no holidays. */
    public static Builder builder() {
        return new Builder();
    }

    /** The days of the week people work, holidays aside. */
    public Set<DayOfWeek> workingDays() {
        return workingDays;
    }

    /** When a working day starts. */
    public LocalTime opens() {
        return opens;
    }

    /** When a working day ends. */
    public LocalTime closes() {
        return closes;
    }

    /** The holidays by date, each with its name, in date order. */
    public Map<LocalDate, String> holidays() {
        return holidays;
    }

    /** Whether people work on this date: a working day of the week and not a holiday. */
    public boolean isWorkingDay(LocalDate date) {
        return workingDays.contains(date.getDayOfWeek()) && !holidays.containsKey(date);
    }

    /** How long one working day is. */
    public Duration workingDay() {
        return Duration.between(opens, closes);
    }

    /** The first working day on or after {@code date}. */
    LocalDate workingDayFrom(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The moment work can start on something that arrives at {@code time}: it, when within working hours, else the next opening. */
    LocalDateTime startOfWork(LocalDateTime time) {
        LocalDate day = time.toLocalDate();
        if (isWorkingDay(day)) {
            if (time.toLocalTime().isBefore(opens)) {
                return day.atTime(opens);
            }
            if (time.toLocalTime().isBefore(closes)) {
                return time;
            }
        }
        return workingDayFrom(day.plusDays(1)).atTime(opens);
    }

    /** The moment {@code work} of working time has passed after {@code time}, counting only working hours of working days. */
    LocalDateTime plusWorkingTime(LocalDateTime time, Duration work) {
        LocalDateTime at = startOfWork(time);
        Duration left = work;
        while (true) {
            Duration today = Duration.between(at, at.toLocalDate().atTime(closes));
            if (left.compareTo(today) <= 0) {
                return at.plus(left);
            }
            left = left.minus(today);
            at = workingDayFrom(at.toLocalDate().plusDays(1)).atTime(opens);
        }
    }

    /** Equal when the working days, hours and holidays (with their names) are the same. */
    @Override
    public boolean equals(Object other) {
        return other instanceof BusinessCalendar c && workingDays.equals(c.workingDays) && opens.equals(c.opens)
                && closes.equals(c.closes) && holidays.equals(c.holidays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(workingDays, opens, closes, holidays);
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + workingDays + " " + opens + "-" + closes + ", " + holidays.size() + " holidays]";
    }

    /** Collects a calendar's settings; each is checked as it is given, and {@link #build()} checks them together. */
    public static final class Builder {
        private Set<DayOfWeek> workingDays = EnumSet.copyOf(WEEKDAYS);
        private LocalTime opens = DEFAULT_OPENS;
        private LocalTime closes = DEFAULT_CLOSES;
        private final Map<LocalDate, String> holidays = new TreeMap<>();

        private Builder() {
        }

        /**
         * The days of the week people work (Monday to Friday unless given).
         *
         * @throws InvalidCalendarException {@code workingDays}: if none is given
         */
        public Builder workingDays(DayOfWeek... days) {
            if (days == null || days.length == 0 || Arrays.stream(days).anyMatch(Objects::isNull)) {
                throw new InvalidCalendarException("workingDays", "name at least one working day, such as MONDAY; "
                        + "allowed: " + Arrays.toString(DayOfWeek.values()).replaceAll("[\\[\\]]", ""));
            }
            this.workingDays = EnumSet.copyOf(Arrays.asList(days));
            return this;
        }

        /**
         * When each working day starts and ends (09:00 to 17:00 unless given).
         *
         * @throws InvalidCalendarException {@code workingHours}: if a time is missing or the day does not start before it ends
         */
        public Builder workingHours(LocalTime opens, LocalTime closes) {
            if (opens == null || closes == null || !opens.isBefore(closes)) {
                throw new InvalidCalendarException("workingHours", "a working day must start before it ends on the same day, "
                        + "such as 09:00-17:00; was " + opens + "-" + closes + " (working hours across midnight are not supported)");
            }
            this.opens = opens;
            this.closes = closes;
            return this;
        }

        /**
         * A whole day off, with the name people know it by.
         *
         * @throws InvalidCalendarException {@code holidays.DATE}: if the name is blank or holds a control
         *                                  character, or the date is given twice
         */
        public Builder holiday(LocalDate date, String name) {
            Objects.requireNonNull(date, "date");
            String field = "holidays." + date;
            if (name == null || name.isBlank()) {
                throw new InvalidCalendarException(field, "needs a name, such as \"Christmas Day\"");
            }
            if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
                throw new InvalidCalendarException(field, "the name holds a control or invisible character; write it as plain text");
            }
            if (holidays.containsKey(date)) {
                throw new InvalidCalendarException(field, "is listed twice (\"" + holidays.get(date) + "\" and \""
                        + name.strip() + "\"); list each date once");
            }
            holidays.put(date, name.strip());
            return this;
        }

        /** The calendar. */
        public BusinessCalendar build() {
            return new BusinessCalendar(this);
        }
    }
}
