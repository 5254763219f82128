package dev.amends.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code amends check}: every combination of facts, each invariant ok or violated with
 * counterexamples, and the distribution of plans. A check evaluates the whole input space, so
 * this class runs it only twice, on tiny playbooks, and each test reads one of those runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckCommandTest {

    private static final String FIX_IT = """
            rule "Fix it"
            when Incident()
            then plan.step(Action.FIX, "Fix it.");
            end
            """;

    private static final String FOLLOW_UP = """
            rule "Follow up"
            when Incident()
            then plan.step(Action.FOLLOW_UP, "Call again in a week.");
            end
            """;

    private static final String CHECK_SPREAD = """
            rule "Check how far it spread"
            when Incident( spreadBeyondContact )
            then plan.step(Action.CHECK_SPREAD, "Ask who else heard.");
            end
            """;

    private static final String THANK_ANGRY = """
            rule "Thank an angry customer"
            when Incident( customerMood == CustomerMood.ANGRY )
            then plan.step(Action.THANK_FOR_RAISING, "Thank you for telling me.");
            end
            """;

    private static final String ROUTE_COMPLAINT = """
            rule "Route patient complaints"
            when Incident( patientImpact )
            then plan.step(Action.ROUTE_COMPLAINT, "Log it with complaint handling.");
            end
            """;

    /** Thanks no angry customer and routes no complaint: two invariants break. */
    private Cli.Result flawed;

    /** Keeps every default invariant. */
    private Cli.Result sound;

    @BeforeAll
    void runTheChecks(@TempDir Path dir) {
        flawed = Cli.run("check", "--rules", Drl.playbook(dir, "flawed", Drl.OWN_IT, FIX_IT, FOLLOW_UP, CHECK_SPREAD).toString());
        sound = Cli.run("check", "--rules",
                Drl.playbook(dir, "sound", Drl.OWN_IT, FIX_IT, FOLLOW_UP, THANK_ANGRY, ROUTE_COMPLAINT).toString());
    }

    private static List<String> lines(Cli.Result result) {
        return result.out().lines().toList();
    }

    @Test
    void aViolatedInvariantExitsWithOne() {
        assertThat(flawed.exitCode()).isEqualTo(1);
        assertThat(flawed.err()).isEmpty();
        assertThat(lines(flawed)).last().isEqualTo("2 of 11 invariants VIOLATED.");
    }

    @Test
    void aPlaybookThatKeepsEveryInvariantExitsWithZero() {
        assertThat(sound.exitCode()).isZero();
        assertThat(sound.err()).isEmpty();
        assertThat(sound.out()).doesNotContain("VIOLATED");
        assertThat(lines(sound)).last().isEqualTo("No invariant violated (11 invariants checked).");
    }

    @Test
    void itSaysHowManyCombinationsItEvaluatedAndHowLongItTook() {
        assertThat(lines(flawed)).anySatisfy(line ->
                assertThat(line).matches("Evaluated 506,880 combinations in \\d+\\.\\d s\\."));
    }

    @Test
    void eachInvariantIsOkOrViolatedWithHowManyCombinationsBreakIt() {
        assertThat(lines(flawed)).contains(
                "  ok        every plan has a fix or a remedy",
                "  ok        follow-up comes last",
                "  VIOLATED (168,960 combinations)  an angry customer is thanked first",
                "  VIOLATED (253,440 combinations)  complaints are routed whenever a patient may be affected");
    }

    @Test
    void aViolatedInvariantShowsThreeCounterexamplesAndHowManyMore() {
        List<String> lines = lines(flawed);
        int at = lines.indexOf("  VIOLATED (168,960 combinations)  an angry customer is thanked first");

        assertThat(lines.subList(at + 1, at + 8)).satisfiesExactly(
                incident -> assertThat(incident).startsWith("      mistake=").contains("customerMood=ANGRY"),
                problem -> assertThat(problem).isEqualTo("        problem: the first words are TAKE_OWNERSHIP"),
                incident -> assertThat(incident).startsWith("      mistake=").contains("customerMood=ANGRY"),
                problem -> assertThat(problem).isEqualTo("        problem: the first words are TAKE_OWNERSHIP"),
                incident -> assertThat(incident).startsWith("      mistake=").contains("customerMood=ANGRY"),
                problem -> assertThat(problem).isEqualTo("        problem: the first words are TAKE_OWNERSHIP"),
                more -> assertThat(more).isEqualTo("      (and 168,957 more)"));
    }

    @Test
    void theDistributionGivesDistinctPlansAndTheShortestAndLongestWithTheirIncidents() {
        assertThat(lines(flawed)).containsSubsequence(
                "Plans:",
                "  distinct plans: 2",
                "  shortest: 3 steps, first for mistake=WRONG_PRODUCT faultOwner=REP severity=LOW relationship=NEW "
                        + "detectedBy=REP customerMood=CALM priorOccurrences=0",
                "  longest: 4 steps, first for mistake=WRONG_PRODUCT faultOwner=REP severity=LOW relationship=NEW "
                        + "detectedBy=REP customerMood=CALM priorOccurrences=0 spreadBeyondContact");
    }

    @Test
    void aRuleThatThrowsStopsTheCheckWithOneNamingTheRule(@TempDir Path dir) {
        Path rules = Drl.playbook(dir, "throws", """
                rule "Parse the impossible"
                when Incident()
                then plan.step(Action.FIX, "Fix it.").priority(Integer.parseInt("soon"));
                end
                """);

        Cli.Result result = Cli.run("check", "--rules", rules.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("amends: rule \"Parse the impossible\" (" + rules.resolve("rules.drl") + ":4)")
                .contains("NumberFormatException");
    }

    @Test
    void rulesThatDoNotCompileExitWithOneBeforeAnyEvaluation(@TempDir Path dir) {
        Path rules = Drl.playbook(dir, "broken", "rule \"Half written\"\nwhen Incident(\nthen\nend\n");

        Cli.Result result = Cli.run("check", "--rules", rules.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).first().asString().startsWith("amends: the rules cannot be used; fix ");
    }

    @Test
    void aMissingRulesFolderExitsWithTwo(@TempDir Path dir) {
        Path missing = dir.resolve("missing");

        Cli.Result result = Cli.run("check", "--rules", missing.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("amends: --rules: no such folder: " + missing);
    }
}
