package dev.amends.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * What every {@code amends} command shares: its {@code -h, --help} option and the streams it
 * prints to. {@link #call()} answers the exit status, one of {@link Main}'s constants.
 */
abstract class Subcommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Spec
    CommandSpec spec;

    /** Where the command prints its result. */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where the command prints what went wrong. */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
