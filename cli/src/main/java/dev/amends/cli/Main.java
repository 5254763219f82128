package dev.amends.cli;

import dev.amends.api.PlaybookCompilationException;
import dev.amends.api.RecoveryAdvisor;
import dev.amends.api.RuleEvaluationException;
import dev.amends.model.InvalidIncidentException;
import dev.amends.model.Vocabulary;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@code amends} command line's entry point. It wires the commands together and maps every
 * outcome to an exit status and a message a person can act on, never a stack trace:
 * {@value #OK} success, {@value #FAILURE} the rules failed (or anything unexpected),
 * {@value #BAD_INPUT} bad input or usage, with exactly one line on standard error.
 */
public final class Main {

    static final int OK = 0;
    static final int FAILURE = 1;
    static final int BAD_INPUT = 2;

    private static final String SLF4J_PROVIDER = "slf4j.provider";
    private static final String SLF4J_VERBOSITY = "slf4j.internal.verbosity";
    private static final String NOP_PROVIDER = "org.slf4j.nop.NOPServiceProvider";

    private Main() {
    }

    /**
     * Runs the command named by the first argument and exits with its status: 0 done, 1 failed, 2 bad input.
     *
     * @param args the command and its arguments and options, as typed after {@code amends}
     */
    public static void main(String[] args) {
        bindLoggingDirectly();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, System.in, out, err));
    }

    /**
     * Start-up: names the logging binding the command line ships (slf4j-nop) to slf4j, unless the
     * user named one. Otherwise slf4j's first logger looks for bindings with a {@code ServiceLoader},
     * which opens every jar on the class path to read its {@code META-INF/services}, on the thread
     * loading the rules (about 30 ms of a 300 ms start). Named, slf4j would say so on standard error
     * at its "info" level; only its warnings and errors are let through then.
     */
    static void bindLoggingDirectly() {
        if (System.getProperty(SLF4J_PROVIDER) != null) {
            return;
        }
        try {
            Class.forName(NOP_PROVIDER, false, Main.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return;   // another binding on the class path: slf4j finds it as usual
        }
        System.setProperty(SLF4J_PROVIDER, NOP_PROVIDER);
        if (System.getProperty(SLF4J_VERBOSITY) == null) {
            System.setProperty(SLF4J_VERBOSITY, "WARN");
        }
    }

    /** Runs the command line without exiting; answers the exit status. */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        PrintWriter stdout = new PrintWriter(TerminalText.guard(new OutputStreamWriter(out, StandardCharsets.UTF_8)), true);
        PrintWriter stderr = new PrintWriter(TerminalText.guard(new OutputStreamWriter(err, StandardCharsets.UTF_8)), true);
        try {
            Supplier<RecoveryAdvisor> defaultPlaybook = EarlyPlaybook.startFor(args);   // before picocli, which takes a while
            CommandLine cli = new CommandLine(new AmendsCommand());
            Map<String, Supplier<Object>> commands = commands(in, defaultPlaybook);
            Supplier<Object> named = args.length > 0 ? commands.get(args[0]) : null;
            if (named != null) {
                cli.addSubcommand(named.get());   // picocli reads only the command that runs
            } else {
                commands.values().forEach(command -> cli.addSubcommand(command.get()));   // help and suggestions list them all
            }
            cli.registerConverter(Boolean.class, new SwitchValue())
                    .registerConverter(Boolean.TYPE, new SwitchValue());
            cli.setOut(stdout)
                    .setErr(stderr)
                    .setParameterExceptionHandler(Main::usageError)
                    .setExecutionExceptionHandler(Main::failure);
            int status = cli.execute(args);
            stdout.flush();
            if (out.checkError()) {
                stderr.println("amends: could not write the result to standard output (is the disk full, or the output closed?)");
                return FAILURE;
            }
            return status;
        } catch (Throwable unexpected) {
            return internalError(unexpected, stderr);
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }

    /**
     * The commands by name, in the order help lists them, each made when asked for: reading a
     * command's annotations is a good part of the start, so a run reads only its own command's.
     */
    static Map<String, Supplier<Object>> commands(InputStream in) {
        return commands(in, Playbooks::defaultPlaybook);
    }

    /** {@link #commands(InputStream)}, with the default playbook for recommend and explain taken from {@code defaultPlaybook}. */
    private static Map<String, Supplier<Object>> commands(InputStream in, Supplier<RecoveryAdvisor> defaultPlaybook) {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("recommend", () -> new RecommendCommand(in, defaultPlaybook));
        commands.put("explain", () -> new ExplainCommand(in, defaultPlaybook));
        commands.put("test", TestCommand::new);
        commands.put("check", CheckCommand::new);
        commands.put("diff", DiffCommand::new);
        commands.put("validate", ValidateCommand::new);
        commands.put("vocabulary", VocabularyCommand::new);
        commands.put("watch", () -> new WatchCommand(in));
        return commands;
    }

    /** Bad usage: one line naming the problem and where to find help. */
    private static int usageError(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        String message = Amounts.oneLine(ex.getMessage()).replaceAll("\\.$", "");
        message = Character.toLowerCase(message.charAt(0)) + message.substring(1);
        if (ex instanceof UnmatchedArgumentException unmatched) {
            message += suggestion(unmatched).map(s -> " (did you mean " + s + "?)").orElse("");
        }
        String help = cmd.getCommandSpec().qualifiedName() + " --help";
        cmd.getErr().println("amends: " + Amounts.oneLine(message) + "; run '" + help + "' for usage");
        return BAD_INPUT;
    }

    /**
     * The command or option meant by the first unmatched argument: of picocli's suggestions, the
     * nearest in spelling, and only if it is close (picocli's own list is too generous: it
     * offers 'check' for 'recomend').
     */
    private static Optional<String> suggestion(UnmatchedArgumentException unmatched) {
        if (unmatched.getUnmatched().isEmpty() || unmatched.getSuggestions().isEmpty()) {
            return Optional.empty();
        }
        return Vocabulary.closest(unmatched.getUnmatched().get(0), unmatched.getSuggestions());
    }

    private static int failure(Exception ex, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (ex instanceof BadInputException || ex instanceof InvalidIncidentException) {
            err.println("amends: " + Amounts.oneLine(ex.getMessage()));
            return BAD_INPUT;
        }
        if (ex instanceof PlaybookCompilationException compilation) {
            ProblemList.printUnusable(err, "the rules", compilation.problems());
            return FAILURE;
        }
        if (ex instanceof RuleEvaluationException evaluation) {
            err.println("amends: " + Amounts.oneLine(evaluation.getMessage())
                    + "; fix that rule (or report it, if it is in the default playbook)");
            return FAILURE;
        }
        return internalError(ex, err);
    }

    private static int internalError(Throwable ex, PrintWriter err) {
        err.println("amends: internal error: " + Amounts.oneLine(String.valueOf(ex))
                + "; please report it (set AMENDS_DEBUG=1 to see the stack trace)");
        if (System.getenv("AMENDS_DEBUG") != null) {
            ex.printStackTrace(err);
        }
        return FAILURE;
    }
}
