package dev.amends.cli;

import dev.amends.model.Action;
import dev.amends.api.Step;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --rules DIR} runs the rule files in DIR instead of the default playbook, or on top of it
 * with {@code --extend}, and reports what is wrong with them.
 */
class RulesOptionTest {

    private static final String HEADER = Drl.HEADER;

    private static final String ASK_FOR_ANOTHER_CHANCE = """
            rule "Ask for another chance after a wrong product"
            when Incident( mistake == Mistake.WRONG_PRODUCT )
            then plan.step(Action.ASK_FOR_ANOTHER_CHANCE, "Ask {contact} to let us prove it.").because("Added by the analyst.");
            end
            """;

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

    @Test
    void withExtendAFolderRuleReplacesTheDefaultRuleOfTheSameNameAndTheRestStays() {
        Step replaced = DefaultRules.step(Cli.incident().toString(), Action.SEE_CUSTOMER_VIEW);

        Cli.Result extended = recommendExtendedBy(
                DefaultRules.reworded(replaced, "Think about {product} first.", "Reworded by the analyst."));

        assertThat(actions(extended)).as("the same steps as the default playbook").isEqualTo(actions(recommendDefault()));
        assertThat(extended.json().get("steps")).filteredOn(step -> step.get("action").asText().equals("SEE_CUSTOMER_VIEW"))
                .singleElement().satisfies(step -> {
                    assertThat(step.get("rule").asText()).isEqualTo(replaced.rule());
                    assertThat(step.get("wording").asText()).isEqualTo("Think about Kestrel tibial insert, size 4 first.");
                    assertThat(step.get("why").asText()).isEqualTo("Reworded by the analyst.");
                });
    }

    @Test
    void withExtendANewRuleJoinsTheDefaultPlaybook() {
        List<String> defaults = actions(recommendDefault());

        Cli.Result extended = recommendExtendedBy(ASK_FOR_ANOTHER_CHANCE);

        assertThat(actions(extended)).as("every default step, and the new one")
                .containsAll(defaults).contains("ASK_FOR_ANOTHER_CHANCE").hasSize(defaults.size() + 1);
    }

    @Test
    void extendWithoutRulesIsBadInput() {
        Cli.Result result = Cli.run("recommend", incident.toString(), "--extend");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly(
                "amends: --extend: needs --rules DIR, the folder whose rules extend the default playbook");
    }

    private Cli.Result recommendDefault() {
        return Cli.run("recommend", incident.toString(), "--format", "json");
    }

    private Cli.Result recommendExtendedBy(String rule) {
        Cli.write(rules, "changes.drl", HEADER + rule);
        return Cli.run("recommend", incident.toString(), "--rules", rules.toString(), "--extend", "--format", "json");
    }

    private static List<String> actions(Cli.Result result) {
        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> actions = new ArrayList<>();
        result.json().get("steps").forEach(step -> actions.add(step.get("action").asText()));
        return actions;
    }
}
