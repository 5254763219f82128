package dev.amends.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Help, version, and what happens when the command line itself is used wrongly (exit status 2, one line). */
class CommandLineUsageTest {

    private static void assertUsageError(Cli.Result result, String help) {
        assertThat(result.exitCode()).as("exit status").isEqualTo(2);
        assertThat(result.out()).as("stdout").isEmpty();
        assertThat(result.errLines()).as("stderr").singleElement().asString()
                .startsWith("amends: ")
                .endsWith("; run '" + help + "' for usage");
    }

    @Test
    void helpListsTheCommands() {
        Cli.Result result = Cli.run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: amends", "recommend", "explain", "test", "check", "diff", "validate");
        assertThat(result.err()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"recommend", "explain", "test", "check", "diff", "validate", "watch"})
    void everyCommandsHelpGivesItsUsageAndExitStatus(String command) {
        Cli.Result result = Cli.run(command, "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: amends " + command, "Exit status: 0 ");
        assertThat(result.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void everyCommandsSummaryInTheCommandListIsAWholeSentence() {
        List<String> summaries = new ArrayList<>();
        Cli.run("--help").out().lines().dropWhile(line -> !line.equals("Commands:")).skip(1).forEach(line -> {
            if (line.matches(" {2}\\S.*")) {
                summaries.add(line.strip());
            } else if (!summaries.isEmpty()) {
                summaries.set(summaries.size() - 1, summaries.get(summaries.size() - 1) + " " + line.strip());
            }
        });

        assertThat(summaries).as("one summary per command").hasSize(8)
                .allSatisfy(summary -> assertThat(summary).as("a summary is not cut off mid-sentence").endsWith("."));
    }

    @Test
    void everyCommandIsListedUnderTheNameItAnswersTo() {
        Main.commands(InputStream.nullInputStream()).forEach((name, command) ->
                assertThat(new CommandLine(command.get()).getCommandName()).isEqualTo(name));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"test", "check", "explain"})
    void commandsThatEvaluateRulesTakeTheRulesOption(String command) {
        assertThat(Cli.run(command, "--help").out()).contains("--rules=DIR");
    }

    @Test
    void recommendHelpDescribesFileAndOptions() {
        Cli.Result result = Cli.run("recommend", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: amends recommend", "FILE", "--format", "--rules", "--why", "standard input");
    }

    @Test
    void helpCommandShowsASubcommandsHelp() {
        Cli.Result result = Cli.run("help", "recommend");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: amends recommend");
    }

    @Test
    void versionNamesAmendsAndDrools() {
        Cli.Result result = Cli.run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines().toList()).hasSize(2);
        assertThat(result.out()).containsPattern("^amends \\d+\\.\\d+\\.\\d+").contains("Drools 10.");
    }

    @Test
    void noCommandIsAUsageError() {
        assertUsageError(Cli.run(), "amends --help");
    }

    @Test
    void anUnknownCommandIsAUsageErrorThatSuggestsTheRightOne() {
        Cli.Result result = Cli.run("recomend", "x.json");

        assertUsageError(result, "amends --help");
        assertThat(result.err()).contains("'recomend'", "did you mean recommend?");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Cli.Result result = Cli.run("recommend", "x.json", "--colour");

        assertUsageError(result, "amends recommend --help");
        assertThat(result.err()).contains("'--colour'");
    }

    @Test
    void aMissingFileArgumentIsAUsageError() {
        Cli.Result result = Cli.run("recommend");

        assertUsageError(result, "amends recommend --help");
        assertThat(result.err()).contains("FILE");
    }

    @Test
    void anUnknownFormatIsAUsageErrorListingTheFormats() {
        Cli.Result result = Cli.run("recommend", "x.json", "--format", "xml");

        assertUsageError(result, "amends recommend --help");
        assertThat(result.err()).contains("--format", "unknown format \"xml\"; allowed: text, json");
    }

    @Test
    void helpForAnUnknownCommandIsAUsageError() {
        Cli.Result result = Cli.run("help", "nope");

        assertUsageError(result, "amends --help");
        assertThat(result.err()).contains("unknown subcommand 'nope'; run");
    }
}
