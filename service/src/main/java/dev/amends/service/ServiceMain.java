package dev.amends.service;

import dev.amends.api.RecoveryAdvisor;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

import java.io.IOException;
import java.util.List;

/**
 * {@code amends serve}: starts the HTTP service. Bad usage gets one line naming the option and
 * exit status 2; a service that cannot start (its rules have problems, its port is taken) is
 * explained by Spring Boot and exits with status 1.
 */
public final class ServiceMain {

    private ServiceMain() {
    }

    /** Starts the service with the options of {@code amends serve}; it runs until the process is stopped. */
    public static void main(String[] args) {
        ServeCommand command = new ServeCommand();
        CommandLine commandLine = new CommandLine(command);
        List<String> spring;
        try {
            commandLine.parseArgs(args);
            if (command.help) {
                commandLine.usage(System.out);
                return;
            }
            spring = command.springArguments(commandLine);
        } catch (CommandLine.ParameterException e) {
            System.err.println(usageError(e));
            System.exit(CommandLine.ExitCode.USAGE);
            return;
        }
        ConfigurableApplicationContext context;
        try {
            context = AmendsService.start(spring.toArray(String[]::new));
        } catch (RuntimeException e) {
            System.exit(CommandLine.ExitCode.SOFTWARE);   // Spring Boot has printed why
            return;
        }
        if (Training.asked()) {
            boolean answered;
            try {
                answered = Training.run(context);
            } catch (IOException | InterruptedException e) {
                answered = false;
            }
            context.close();
            System.exit(answered ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE);
        }
        System.out.println(started(context));
    }

    /** The one line bad usage gets. */
    static String usageError(CommandLine.ParameterException e) {
        return "amends serve: " + usageMessage(e) + "; run 'amends serve --help' for usage";
    }

    /** picocli's message made one lowercase clause, as the command line writes it. */
    static String usageMessage(CommandLine.ParameterException e) {
        String message = e.getMessage().replaceAll("\\s+", " ").strip().replaceAll("\\.$", "");
        return Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }

    /** The line that tells where the service listens and what it serves. */
    static String started(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        String address = context.getEnvironment().getProperty("server.address", "127.0.0.1");
        String host = address.contains(":") ? "[" + address + "]" : address;
        RecoveryAdvisor advisor = context.getBean(RecoveryAdvisor.class);
        return "amends serve: listening on http://" + host + ":" + port + "/ with playbook " + advisor.playbook()
                + ", " + advisor.rules().size() + " rules; POST /plans, POST /explanations, GET /playbook, "
                + "GET /openapi.json, GET /actuator/health; Ctrl-C stops it";
    }
}
