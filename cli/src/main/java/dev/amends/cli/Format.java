package dev.amends.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * How a command prints its result: {@code text} for people, {@code json} for programs, or
 * {@code ics} (a plan's steps as iCalendar to-dos, for {@code recommend} only).
 */
enum Format {
    TEXT, JSON, ICS;

    /** Reads {@code --format} in any case, and names the allowed values when it is wrong. */
    static final class Converter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            for (Format f : Format.values()) {
                if (f.name().equalsIgnoreCase(value)) {
                    return f;
                }
            }
            throw new TypeConversionException("unknown format " + IncidentJson.quote(value) + "; allowed: text, json, ics");
        }
    }
}
