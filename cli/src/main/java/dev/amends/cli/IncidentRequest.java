package dev.amends.cli;

import dev.amends.api.RecoveryAdvisor;
import dev.amends.model.Incident;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.InputStream;

/**
 * The arguments of the commands that answer one incident: its {@code FILE}, {@code --format},
 * {@code --rules}, and {@code --calendar} and {@code --now} for due dates.
 */
final class IncidentRequest {

    @Parameters(index = "0", paramLabel = "FILE", description = "The incident as JSON; '-' reads standard input.")
    String file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = Format.Converter.class,
            description = "text (for people, the default), json (for programs) or, for recommend, ics (the steps as "
                    + "iCalendar to-dos, for an incident with reportedAt).")
    Format format;

    @Mixin
    RulesOption rules;

    @Mixin
    DueOptions due;

    /** The incident in {@code FILE}, or on {@code stdin} when {@code FILE} is {@code -}. */
    Incident incident(InputStream stdin) {
        return IncidentJson.fromFile(file, stdin);
    }

    /** The advisor {@code --rules} asks for, with the calendar and clock of {@code --calendar} and {@code --now}. */
    RecoveryAdvisor advisor() {
        return rules.advisor(due.calendar(), due.clock());
    }

    /** Whether {@code --format json} was asked for. */
    boolean json() {
        return format == Format.JSON;
    }

    /** Whether {@code --format ics} was asked for. */
    boolean ics() {
        return format == Format.ICS;
    }
}
