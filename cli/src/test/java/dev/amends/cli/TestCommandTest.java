package dev.amends.cli;

import dev.amends.testing.scenario.ScenarioSuite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code amends test PATH}: scenario results, failures in full, rule coverage, and the exit status. */
class TestCommandTest {

    /** The default playbook's suite; tests run with the cli module as working directory. */
    private static final Path DEFAULT_SUITE = Path.of("../rules/src/test/scenarios");

    private static final String SAY_SORRY = """
            rule "Say sorry"
            when Incident( severity != Severity.LOW )
            then plan.step(Action.APOLOGIZE, "I am sorry.");
            end
            """;

    private static final String NEVER_FIRES = """
            rule "Answer a flood of repeats"
            when Incident( priorOccurrences > 100 )
            then plan.step(Action.FIX, "Fix it.");
            end
            """;

    private static final String OWNERSHIP_SCENARIO = """
            scenario: Ownership always
              mistake: WRONG_PRODUCT
              faultOwner: COMPANY
              severity: HIGH
              relationship: NEW
              expect: has TAKE_OWNERSHIP
            """;

    @TempDir
    Path dir;

    private Path rules;
    private Path scenarios;

    @BeforeEach
    void setUp() throws Exception {
        rules = Drl.playbook(dir, "rules", Drl.OWN_IT, SAY_SORRY);
        scenarios = Files.createDirectory(dir.resolve("scenarios"));
    }

    private Cli.Result test(String... options) {
        return Cli.run(List.of("test", scenarios.toString(), "--rules", rules.toString()), options);
    }

    private static String lastLine(Cli.Result result) {
        List<String> lines = result.out().lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void theDefaultPlaybooksSuitePasses() {
        int scenarioCount = ScenarioSuite.load(DEFAULT_SUITE).scenarios().size();

        Cli.Result result = Cli.run("test", DEFAULT_SUITE.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(scenarioCount).as("the whole default suite is found").isGreaterThanOrEqualTo(38);
        assertThat(lastLine(result)).isEqualTo(scenarioCount + " passed, 0 failed");
        assertThat(result.out()).doesNotContain("FAIL  ").contains("Every rule fired in at least one scenario.");
    }

    @Test
    void eachScenarioGetsAPassLineWithItsFileAndLine() {
        Path file = Cli.write(scenarios, "own.scenarios", "# ownership\n\n" + OWNERSHIP_SCENARIO);

        Cli.Result result = test();

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines()).startsWith("PASS  " + file + ":3  Ownership always");
        assertThat(lastLine(result)).isEqualTo("1 passed, 0 failed");
    }

    @Test
    void aSingleScenarioFileCanBeGiven() {
        Path file = Cli.write(scenarios, "own.scenarios", OWNERSHIP_SCENARIO);

        Cli.Result result = Cli.run("test", file.toString(), "--rules", rules.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(lastLine(result)).isEqualTo("1 passed, 0 failed");
    }

    @Test
    void aFailingScenarioExitsWithOneAndShowsTheFailedExpectationAndThePlan() {
        Path file = Cli.write(scenarios, "fix.scenarios", OWNERSHIP_SCENARIO + """

                scenario: A fix always
                  mistake: WRONG_PRODUCT
                  faultOwner: REP
                  severity: HIGH
                  relationship: NEW
                  expect: has FIX
                """);

        Cli.Result result = test();

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out().lines()).contains(
                "FAIL  " + file + ":8  A fix always",
                file + ":8: scenario \"A fix always\" failed",
                "  line 13: expected has FIX, but no FIX step in the plan",
                "The plan:");
        assertThat(result.out()).contains("TAKE_OWNERSHIP", "[Own it]", "APOLOGIZE", "[Say sorry]");
        assertThat(lastLine(result)).isEqualTo("1 passed, 1 failed");
    }

    @Test
    void coverageCountsTheScenariosThatFiredEachRule() {
        Cli.write(scenarios, "own.scenarios", OWNERSHIP_SCENARIO);

        Cli.Result result = test();

        assertThat(result.out()).contains("Rule coverage: 2 of 2 rules fired in at least one scenario.");
        assertThat(result.out().lines()).contains("          1  Own it", "          1  Say sorry");
    }

    @Test
    void coverageListsARuleThatNeverFiredWithItsLocation() {
        rules = Drl.playbook(dir, "more-rules", Drl.OWN_IT, NEVER_FIRES);
        Cli.write(scenarios, "own.scenarios", OWNERSHIP_SCENARIO);

        Cli.Result result = test();

        assertThat(result.exitCode()).as("uncovered rules alone do not fail the run").isZero();
        assertThat(result.out().lines()).containsSubsequence(
                "          0  Answer a flood of repeats",
                "Never fired (1):",
                "  \"Answer a flood of repeats\" (" + rules.resolve("rules.drl") + ":9)");
        assertThat(lastLine(result)).isEqualTo("1 passed, 0 failed");
    }

    @Test
    void failOnUncoveredExitsWithOneAndSaysSoOnTheLastLine() {
        rules = Drl.playbook(dir, "more-rules", Drl.OWN_IT, NEVER_FIRES);
        Cli.write(scenarios, "own.scenarios", OWNERSHIP_SCENARIO);

        Cli.Result result = test("--fail-on-uncovered");

        assertThat(result.exitCode()).isEqualTo(1);
        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(lines.size() - 2)).isEqualTo("1 passed, 0 failed");
        assertThat(lastLine(result)).startsWith("Failed: 1 rule never fired, and --fail-on-uncovered makes that a failure");
    }

    @Test
    void failOnUncoveredPassesWhenEveryRuleFired() {
        Cli.write(scenarios, "own.scenarios", OWNERSHIP_SCENARIO);

        Cli.Result result = test("--fail-on-uncovered");

        assertThat(result.exitCode()).isZero();
        assertThat(lastLine(result)).isEqualTo("1 passed, 0 failed");
    }

    @Test
    void aMalformedScenarioFileExitsWithTwoNamingFileAndLine() {
        Path file = Cli.write(scenarios, "bad.scenarios", """
                scenario: Ownership always
                  mistake: WRONG_PRODUCT
                  faultOwner: COMPANY
                  severity: TERRIBLE
                  relationship: NEW
                  expect: has TAKE_OWNERSHIP
                """);

        Cli.Result result = test();

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).singleElement().asString().startsWith("amends: " + file + ":4: ");
    }

    @Test
    void everyProblemOfMalformedScenarioFilesIsListedAndExitsWithTwo() {
        Path file = Cli.write(scenarios, "bad.scenarios", """
                scenario: Ownership always
                  mistake: WRONG_PRODUCT
                  faultOwner: COMPANY
                  severity: TERRIBLE
                  patientImpact: yes
                  relationship: NEW
                  expect: has TAKE_OWNERSHIP
                """);

        Cli.Result result = test();

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly(
                "amends: the scenario files cannot be read; fix these 2 problems and run again:",
                file + ":4: unknown severity \"TERRIBLE\"; allowed: LOW, MEDIUM, HIGH, CRITICAL",
                file + ":5: patientImpact must be true or false, was \"yes\"");
    }

    @Test
    void aMissingScenarioPathExitsWithTwo() {
        Path missing = dir.resolve("missing");

        Cli.Result result = Cli.run("test", missing.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("amends: " + missing + ": no such file or folder");
    }

    @Test
    void rulesThatDoNotCompileExitWithOneListingTheProblems() {
        Cli.write(scenarios, "own.scenarios", OWNERSHIP_SCENARIO);
        Path broken = Cli.write(rules, "broken.drl", Drl.HEADER + """
                rule "Half written"
                when Incident(
                then plan.step(Action.FIX, "Fix it.");
                end
                """);

        Cli.Result result = test();

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).first().asString().startsWith("amends: the rules cannot be used; fix ");
        assertThat(result.errLines()).anySatisfy(line -> assertThat(line).startsWith(broken + ":6:"));
    }

    @Test
    void aScenarioFileWithAByteOrderMarkRuns() throws Exception {
        Cli.write(scenarios, "own.scenarios", "\uFEFF" + OWNERSHIP_SCENARIO);

        Cli.Result result = test();

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(lastLine(result)).isEqualTo("1 passed, 0 failed");
    }

    @Test
    void aHostileScenarioNameIsShownAsItsCode() throws Exception {
        Cli.write(scenarios, "own.scenarios", OWNERSHIP_SCENARIO.replace("Ownership always", "Ownership \u001b[2J\u202ealways"));

        Cli.Result result = test();

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Ownership \\u001B[2J\\u202Ealways").doesNotContain("\u001b", "\u202e");
    }
}
