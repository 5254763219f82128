package dev.amends.cli;

import dev.amends.api.RecoveryAdvisor;
import dev.amends.model.Incident;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.InputStream;

/** The arguments of the commands that answer one incident: its {@code FILE}, {@code --format} and {@code --rules}. */
final class IncidentRequest {

    @Parameters(index = "0", paramLabel = "FILE", description = "The incident as JSON; '-' reads standard input.")
    String file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = Format.Converter.class,
            description = "text (for people, the default) or json (for programs).")
    Format format;

    @Mixin
    RulesOption rules;

    /** The incident in {@code FILE}, or on {@code stdin} when {@code FILE} is {@code -}. */
    Incident incident(InputStream stdin) {
        return IncidentJson.fromFile(file, stdin);
    }

    /** The advisor {@code --rules} asks for. */
    RecoveryAdvisor advisor() {
        return rules.advisor();
    }

    /** Whether {@code --format json} was asked for. */
    boolean json() {
        return format == Format.JSON;
    }
}
