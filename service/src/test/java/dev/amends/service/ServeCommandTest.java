package dev.amends.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServeCommandTest {

    static List<String> springArguments(String... args) {
        ServeCommand command = new ServeCommand();
        CommandLine commandLine = new CommandLine(command);
        commandLine.parseArgs(args);
        return command.springArguments(commandLine);
    }

    static String usageError(String... args) {
        try {
            springArguments(args);
        } catch (CommandLine.ParameterException e) {
            return ServiceMain.usageError(e);
        }
        throw new AssertionError("accepted: " + List.of(args));
    }

    @Test
    void withNoOptionsItServesTheDefaultPlaybookOnTheLoopbackAddress() {
        assertThat(springArguments()).containsExactly("--server.port=8080", "--server.address=127.0.0.1");
    }

    @Test
    void aRulesFolderIsServedAloneOrLayeredOnTheDefaultPlaybook(@TempDir Path folder) {
        assertThat(springArguments("--port", "9000", "--rules", folder.toString(), "--extend"))
                .containsExactly("--server.port=9000", "--server.address=127.0.0.1",
                        "--amends.rules.folder=" + folder.toAbsolutePath(), "--amends.rules.extend=true", "--amends.rules.watch=false");
    }

    @Test
    void aPortOutOfRangeIsBadUsage() {
        assertThat(usageError("--port", "70000"))
                .isEqualTo("amends serve: --port: must be between 0 and 65535, was 70000; run 'amends serve --help' for usage");
    }

    @Test
    void aPortThatIsNotANumberIsBadUsage() {
        assertThatThrownBy(() -> springArguments("--port", "eighty")).isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("eighty");
    }

    @Test
    void extendWithoutRulesIsBadUsageInTheCommandLinesWords() {
        assertThat(usageError("--extend")).isEqualTo("amends serve: --extend: needs --rules DIR, the folder whose rules "
                + "extend the default playbook; run 'amends serve --help' for usage");
    }

    @Test
    void aRulesFolderThatDoesNotExistIsBadUsage(@TempDir Path parent) {
        Path missing = parent.resolve("missing");
        assertThat(usageError("--rules", missing.toString()))
                .startsWith("amends serve: --rules: no such folder: " + missing + ";");
    }

    @Test
    void aFileGivenAsTheRulesFolderIsBadUsage(@TempDir Path parent) throws IOException {
        Path file = Files.writeString(parent.resolve("rules.drl"), "");
        assertThat(usageError("--rules", file.toString())).contains("is a file; give the folder that holds the .drl files");
    }

    @Test
    void aCalendarFileIsPassedToTheAdvisor(@TempDir Path parent) throws IOException {
        Path file = Files.writeString(parent.resolve("calendar.yaml"), "workingDays: [MONDAY]\nworkingHours: 09:00-17:00\n");
        assertThat(springArguments("--calendar", file.toString())).contains("--amends.calendar=" + file.toAbsolutePath());
    }

    @Test
    void aCalendarFileWithAMistakeIsBadUsageNamingItsLine(@TempDir Path parent) throws IOException {
        Path file = Files.writeString(parent.resolve("calendar.yaml"), "workingDays: [MONDAY]\nworkingHours: 9-5\n");
        assertThat(usageError("--calendar", file.toString())).startsWith("amends serve: --calendar: " + file + ":2:");
    }

    @Test
    void aCalendarFileThatDoesNotExistIsBadUsage(@TempDir Path parent) {
        Path missing = parent.resolve("missing.yaml");
        assertThat(usageError("--calendar", missing.toString())).contains("--calendar: ").contains("no such file");
    }
}
