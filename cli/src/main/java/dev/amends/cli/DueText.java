package dev.amends.cli;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the command line writes a due date: ISO-8601 for programs, a short English date for people. */
final class DueText {

    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("EEE d MMM uuuu, HH:mm xxx", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private DueText() {
    }

    /** {@code 2026-11-30T17:00:00+01:00}: the date and time with its offset, as the account's time zone has it. */
    static String iso(ZonedDateTime due) {
        return due.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** {@code Tue 24 Nov 15:00}: when something happened, in the account's time zone, for a reader who knows the year. */
    static String brief(ZonedDateTime at) {
        return at.format(SHORT);
    }

    /** {@code Mon 30 Nov 2026, 17:00 +01:00}. */
    static String readable(ZonedDateTime due) {
        return due.format(READABLE);
    }
}
