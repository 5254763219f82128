package dev.amends.cli;

import dev.amends.api.RecoveryAdvisor;
import dev.amends.model.Incident;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.InputStream;
import java.util.function.Supplier;

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

    /** The incident to answer and the advisor that answers it. */
    record Answering(Incident incident, RecoveryAdvisor advisor) {
    }

    /**
     * The incident in {@code FILE} and the advisor {@code --rules} asks for, counting due dates on
     * {@code --calendar}'s calendar at {@code --now}; without those two, the default playbook is
     * taken from {@code defaultPlaybook}. The advisor is made on a thread of its own while the
     * incident is read, since loading the rules is most of a command's start; when both have a
     * problem, the incident's is the one reported, as when one is done after the other.
     */
    Answering answering(InputStream stdin, Supplier<RecoveryAdvisor> defaultPlaybook) {
        Background<RecoveryAdvisor> advisor = Background.start("amends-rules", () -> due.given()
                ? rules.advisor(due.calendar(), due.clock()) : rules.advisor(defaultPlaybook));
        Incident incident = incident(stdin);   // at fault, it ends the command without waiting for the rules
        incident.hashCode();   // links the record's generated hashCode (the plan cache's key) while the rules still load
        return new Answering(incident, advisor.join());
    }

    /** The incident in {@code FILE}, or on {@code stdin} when {@code FILE} is {@code -}. */
    private Incident incident(InputStream stdin) {
        return IncidentJson.fromFile(file, stdin);
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
