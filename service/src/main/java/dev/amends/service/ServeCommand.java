package dev.amends.service;

import dev.amends.calendar.CalendarFile;
import dev.amends.calendar.InvalidCalendarException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of {@code amends serve}, checked before Spring starts, and turned into the
 * properties the service runs with.
 */
@Command(name = "amends serve",
        sortOptions = false,
        description = {
                "Serves plans over HTTP, in the command line's JSON formats:",
                "  POST /plans          an incident (JSON) in, its plan out",
                "  POST /explanations   an incident in, how its plan was made out",
                "  GET  /playbook       the playbook in force: version and rules",
                "  GET  /openapi.json   the OpenAPI description",
                "  GET  /actuator/health, /actuator/metrics",
                "It listens on the loopback address unless --address says otherwise."},
        footer = {"", "Exit status: 0 stopped; 1 could not start (the reason is printed); 2 bad usage."})
final class ServeCommand {

    /** The port served unless {@code --port} says otherwise. */
    static final int DEFAULT_PORT = 8080;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + DEFAULT_PORT,
            description = "The port to listen on (default ${DEFAULT-VALUE}; 0 takes a free one).")
    int port;

    @Option(names = "--address", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default ${DEFAULT-VALUE}, this machine only). "
                    + "Put the service behind the application's authentication before you open it wider.")
    String address;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Serve the .drl rule files in DIR instead of the default playbook.")
    Path folder;

    @Option(names = "--extend",
            description = "With --rules: keep the default playbook and add DIR's rules to it; "
                    + "a rule in DIR replaces the default rule of the same name.")
    boolean extend;

    @Option(names = "--watch",
            description = "With --rules: reload DIR when its files change; a change with problems is rejected "
                    + "(see /actuator/health) and the playbook in force keeps serving.")
    boolean watch;

    @Option(names = "--calendar", paramLabel = "FILE",
            description = "The business calendar (YAML: workingDays, workingHours, holidays) on which the steps of an "
                    + "incident with reportedAt fall due; without it, Monday to Friday, 09:00-17:00, no holidays.")
    Path calendar;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    /**
     * The options as Spring Boot command-line properties.
     *
     * @throws CommandLine.ParameterException naming the option at fault
     */
    List<String> springArguments(CommandLine commandLine) {
        if (port < 0 || port > 65_535) {
            throw bad(commandLine, "--port", "must be between 0 and 65535, was " + port);
        }
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + port, "--server.address=" + address));
        if (calendar != null) {
            try {
                CalendarFile.read(calendar);
            } catch (InvalidCalendarException e) {
                throw bad(commandLine, "--calendar", e.getMessage());
            }
            arguments.add("--amends.calendar=" + calendar.toAbsolutePath());
        }
        if (folder == null) {
            if (extend) {
                throw bad(commandLine, "--extend", "needs --rules DIR, the folder whose rules extend the default playbook");
            }
            if (watch) {
                throw bad(commandLine, "--watch", "needs --rules DIR, the folder to watch");
            }
            return arguments;
        }
        if (!Files.exists(folder)) {
            throw bad(commandLine, "--rules", "no such folder: " + folder);
        }
        if (!Files.isDirectory(folder)) {
            throw bad(commandLine, "--rules", folder + " is a file; give the folder that holds the .drl files");
        }
        arguments.add("--amends.rules.folder=" + folder.toAbsolutePath());
        arguments.add("--amends.rules.extend=" + extend);
        arguments.add("--amends.rules.watch=" + watch);
        return arguments;
    }

    private static CommandLine.ParameterException bad(CommandLine commandLine, String option, String problem) {
        return new CommandLine.ParameterException(commandLine, option + ": " + problem);
    }
}
