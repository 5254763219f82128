package dev.amends.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** The top-level {@code amends} command; it only holds the subcommands, which {@link Main} adds. */
@Command(name = "amends",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = HelpCommand.class,
        synopsisSubcommandLabel = "COMMAND",
        description = "Turns the facts of a customer incident into an ordered recovery plan.",
        footer = {"", "Run 'amends COMMAND --help' for a command's options."})
final class AmendsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "a command is required, such as 'amends recommend FILE'");
    }
}
