package dev.amends.calendar;

import java.util.Optional;

/**
 * A business calendar, or the calendar file it is read from, is not usable. {@link #field()} names
 * the setting at fault as the file writes it ({@code workingHours}, {@code holidays.2026-12-25});
 * {@link #file()} and {@link #line()} say where, when it was read from a file.
 */
public final class InvalidCalendarException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The setting at fault. */
    private final String field;
    /** The calendar file, or {@code null} when not read from one. */
    private final String file;
    /** The file's line, or 0. */
    private final int line;
    /** What is wrong with the setting. */
    private final String problem;

    InvalidCalendarException(String field, String problem) {
        this(null, 0, field, problem);
    }

    InvalidCalendarException(String file, int line, String field, String problem) {
        super((file == null ? "" : file + (line > 0 ? ":" + line : "") + ": ") + (field.isEmpty() ? "" : field + ": ") + problem);
        this.field = field;
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    /** This problem placed in a file, at a line (0 when the line is not known). */
    InvalidCalendarException in(String file, int line) {
        return new InvalidCalendarException(file, line, field, problem);
    }

    /** The setting at fault, such as {@code workingDays} or {@code holidays.2026-12-25}; empty for the file as a whole. */
    public String field() {
        return field;
    }

    /** The calendar file at fault, when the calendar was read from one. */
    public Optional<String> file() {
        return Optional.ofNullable(file);
    }

    /** The line of the file at fault, counting from 1; 0 when not known or not read from a file. */
    public int line() {
        return line;
    }

    /** What is wrong and what is allowed, without the file, line and field. */
    public String problem() {
        return problem;
    }
}
