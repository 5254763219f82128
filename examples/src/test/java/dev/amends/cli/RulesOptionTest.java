package dev.amends.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --rules DIR} runs the rule files in DIR instead of the default playbook, and reports what is wrong with them. */
class RulesOptionTest {

    private static final String HEADER = Drl.HEADER;

    @TempDir
    Path dir;

    private Path rules;
    private Path incident;

    @BeforeEach
    void setUp() throws Exception {
        rules = Files.createDirectory(dir.resolve("rules"));
        incident = Cli.write(dir, Cli.incident());
    }

    @Test
    void aFolderOfRulesReplacesTheDefaultPlaybook() {
        Cli.write(rules, "own.drl", HEADER + """
                rule "Own it"
                when Incident()
                then plan.step(Action.TAKE_OWNERSHIP, "This one is mine, {contact}.").because("Ownership first.");
                end
                """);

        Cli.Result result = Cli.run("recommend", incident.toString(), "--rules", rules.toString(), "--format", "json");

        assertThat(result.exitCode()).isZero();
        assertThat(result.json().get("steps")).singleElement().satisfies(step -> {
            assertThat(step.get("rule").asText()).isEqualTo("Own it");
            assertThat(step.get("wording").asText()).isEqualTo("This one is mine, Dr. Amara Osei.");
        });
    }

    @Test
    void aRuleFileThatDoesNotCompileExitsWithOneAndNamesFileAndLine() {
        Path broken = Cli.write(rules, "broken.drl", HEADER + """
                rule "Half written"
                when Incident(
                then plan.step(Action.FIX, "Fix it.");
                end
                """);

        Cli.Result result = Cli.run("recommend", incident.toString(), "--rules", rules.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).first().asString().startsWith("amends: the rules cannot be used; fix ");
        assertThat(result.errLines().subList(1, result.errLines().size())).isNotEmpty()
                .allSatisfy(line -> assertThat(line).matches("\\Q" + broken + "\\E:\\d+:\\d+: .+"));
        assertThat(result.errLines().get(1)).startsWith(broken + ":6:");
    }

    @Test
    void aFolderWithoutRuleFilesExitsWithOne() {
        Cli.Result result = Cli.run("recommend", incident.toString(), "--rules", rules.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly(
                "amends: the rules cannot be used; fix this problem and run again:",
                rules + ": holds no .drl rule files");
    }

    @Test
    void aRuleThatFailsWhileRunningExitsWithOneAndNamesTheRule() {
        Cli.write(rules, "failing.drl", HEADER + """
                rule "Parse the impossible"
                when Incident()
                then plan.step(Action.FIX, "Fix it.").priority(Integer.parseInt("soon"));
                end
                """);

        Cli.Result result = Cli.run("recommend", incident.toString(), "--rules", rules.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("amends: rule \"Parse the impossible\"")
                .contains("NumberFormatException");
    }

    @Test
    void aFileGivenAsTheRulesFolderIsBadInput() {
        Cli.Result result = Cli.run("recommend", incident.toString(), "--rules", incident.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly(
                "amends: --rules: " + incident + " is a file; give the folder that holds the .drl files");
    }
}
