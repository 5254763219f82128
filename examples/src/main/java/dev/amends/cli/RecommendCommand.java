package dev.amends.cli;

import dev.amends.engine.RecoveryAdvisor;
import dev.amends.model.Incident;
import dev.amends.model.RecoveryPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code amends recommend FILE}: reads an incident as JSON and prints its recovery plan. */
@Command(name = "recommend",
        sortOptions = false,
        description = "Prints the recovery plan for the incident in FILE (JSON).",
        footer = {"",
                "FILE holds one JSON object with the incident's facts.",
                "  Required: mistake, faultOwner, severity, relationship.",
                "  Optional: detectedBy (default CUSTOMER), customerMood (CALM),",
                "    priorOccurrences (0), patientImpact, spreadBeyondContact,",
                "    publicComplaint, referralsLost (false), id, account, contact, rep, product.",
                "",
                "Exit status: 0 plan printed; 1 the rules failed; 2 bad input or usage."})
final class RecommendCommand implements Callable<Integer> {

    /** How the plan is printed. */
    enum Format {
        TEXT, JSON
    }

    @Parameters(index = "0", paramLabel = "FILE", description = "The incident as JSON; '-' reads standard input.")
    String file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            description = "text (for people, the default) or json (for programs).")
    Format format;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Use the .drl rule files in DIR instead of the default playbook.")
    Path rules;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Spec
    CommandSpec spec;

    private final InputStream stdin;

    RecommendCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        Incident incident = IncidentJson.read(IncidentFile.read(file, stdin), IncidentFile.displayName(file));
        RecoveryPlan plan = advisor().recommend(incident);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.JSON ? PlanJson.write(plan) : PlanText.render(plan));
        out.flush();
        return Main.OK;
    }

    private RecoveryAdvisor advisor() {
        if (rules == null) {
            return RecoveryAdvisor.withDefaultPlaybook();
        }
        if (!Files.exists(rules)) {
            throw new BadInputException("--rules", "no such folder: " + rules);
        }
        if (!Files.isDirectory(rules)) {
            throw new BadInputException("--rules", rules + " is a file; give the folder that holds the .drl files");
        }
        return RecoveryAdvisor.builder().rulesFrom(rules).build();
    }

    /** Reads {@code --format} in any case, and names the allowed values when it is wrong. */
    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            for (Format f : Format.values()) {
                if (f.name().equalsIgnoreCase(value)) {
                    return f;
                }
            }
            throw new TypeConversionException("unknown format " + IncidentJson.quote(value) + "; allowed: text, json");
        }
    }
}
