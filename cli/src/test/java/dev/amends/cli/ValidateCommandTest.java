package dev.amends.cli;

import dev.amends.api.RecoveryAdvisor;
import dev.amends.model.Action;
import dev.amends.api.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code amends validate DIR}: every problem of a rules folder with file, line and column, or a clean bill. */
class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void aCleanFolderExitsWithZeroAndCountsItsRules() {
        Path rules = Drl.playbook(dir, "rules", Drl.OWN_IT, """
                rule "Fix it"
                when Incident()
                then plan.step(Action.FIX, "Fix it.");
                end
                """);

        Cli.Result result = Cli.run("validate", rules.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines()).containsExactly(rules + ": 2 rules, no problems");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void withExtendTheFolderIsCheckedTogetherWithTheDefaultPlaybook() {
        int defaultRules = RecoveryAdvisor.withDefaultPlaybook().rules().size();
        Step replaced = DefaultRules.step(Cli.incident().toString(), Action.SEE_CUSTOMER_VIEW);
        Path rules = Drl.playbook(dir, "rules", DefaultRules.reworded(replaced, "Think first.", "Reworded."), Drl.OWN_IT);

        Cli.Result result = Cli.run("validate", "--extend", rules.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines()).as("one rule replaced, one added").containsExactly(
                rules + " with the default playbook: " + (defaultRules + 1) + " rules, no problems");
    }

    @Test
    void aBrokenFolderExitsWithOneListingEachProblemWithFileLineAndColumn() throws Exception {
        Path rules = Files.createDirectory(dir.resolve("rules"));
        Path broken = Cli.write(rules, "broken.drl", Drl.HEADER + """
                rule "Half written"
                when Incident(
                then plan.step(Action.FIX, "Fix it.");
                end
                """);
        Path misspelled = Cli.write(rules, "misspelled.drl", Drl.HEADER + """
                rule "Misspelled"
                when Incident( severty == Severity.LOW )
                then plan.step(Action.FIX, "Fix it.");
                end
                """);

        Cli.Result result = Cli.run("validate", rules.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(3);
        assertThat(lines.subList(0, lines.size() - 1))
                .allSatisfy(line -> assertThat(line).matches(".+\\.drl:\\d+:\\d+: .+"))
                .anySatisfy(line -> assertThat(line).startsWith(broken + ":6:"))
                .anySatisfy(line -> assertThat(line).startsWith(misspelled + ":5:").contains("severty"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo((lines.size() - 1) + " problems in " + rules);
    }

    @Test
    void oneProblemIsCountedInTheSingular() {
        Path rules = Drl.playbook(dir, "rules", """
                rule "Half written"
                when Incident(
                then plan.step(Action.FIX, "Fix it.");
                end
                """);

        Cli.Result result = Cli.run("validate", rules.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out().lines()).hasSize(2).last().isEqualTo("1 problem in " + rules);
    }

    @Test
    void aFolderWithoutRuleFilesIsAProblem() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));

        Cli.Result result = Cli.run("validate", empty.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out().lines()).containsExactly(empty + ": holds no .drl rule files", "1 problem in " + empty);
    }

    @Test
    void aMissingFolderExitsWithTwo() {
        Path missing = dir.resolve("missing");

        Cli.Result result = Cli.run("validate", missing.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly("amends: DIR: no such folder: " + missing);
    }

    @Test
    void aFileGivenAsTheFolderExitsWithTwo() {
        Path file = Cli.write(dir, "rules.drl", Drl.HEADER + Drl.OWN_IT);

        Cli.Result result = Cli.run("validate", file.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly(
                "amends: DIR: " + file + " is a file; give the folder that holds the .drl files");
    }

    @Test
    void aRuleWhoseOutcomeDependsOnTheOrderTheFilesLoadInIsAProblemAtItsLine() throws Exception {
        Path rules = Files.createDirectory(dir.resolve("rules"));
        Cli.write(rules, "a-situations.drl", Drl.HEADER + """
                declare Serious end
                rule "A high incident is serious"
                    salience 10
                when Incident( severity == Severity.HIGH )
                then insert(new Serious());
                end
                """);
        Path reassure = Cli.write(rules, "b-reassure.drl", Drl.HEADER + """
                rule "Reassure where it is not serious"
                    salience 10
                when not Serious()
                then plan.step(Action.FIX, "Fix it.");
                end
                """);

        Cli.Result result = Cli.run("validate", rules.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out().lines()).hasSize(2).first().asString()
                .startsWith(reassure + ":" + (Drl.HEADER.lines().count() + 1) + ": rule \"Reassure where it is not serious\": fires only where"
                        + " no Serious exists, and rule \"A high incident is serious\"")
                .endsWith("give the rule that must fire first the higher salience");
        assertThat(result.out().lines()).last().isEqualTo("1 problem in " + rules);
    }
}
