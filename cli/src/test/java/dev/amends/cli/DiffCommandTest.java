package dev.amends.cli;

import dev.amends.model.Action;
import dev.amends.api.Step;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code amends diff BEFORE AFTER}: how many plans an edit changes, and how. A diff evaluates the
 * whole input space twice, so this class runs it only three times, twice on tiny playbooks; the
 * tests of missing and broken folders stop before any evaluation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiffCommandTest {

    private static final String REMEDY_WHEN_HIGH = """
            rule "Offer a remedy when severity is high"
            when Incident( severity == Severity.HIGH )
            then plan.step(Action.OFFER_REMEDY, "Offer a credit.");
            end
            """;

    private static final String HALF_WRITTEN = """
            rule "Half written"
            when Incident(
            then plan.step(Action.FIX, "Fix it.");
            end
            """;

    private Path dir;
    private Path before;
    private Path after;
    private Cli.Result added;
    private Cli.Result unchanged;

    @BeforeAll
    void runTheDiffs(@TempDir Path tempDir) {
        dir = tempDir;
        before = Drl.playbook(dir, "before", Drl.OWN_IT);
        after = Drl.playbook(dir, "after", Drl.OWN_IT, REMEDY_WHEN_HIGH);
        added = Cli.run("diff", before.toString(), after.toString());
        unchanged = Cli.run("diff", before.toString(), before.toString());
    }

    private static List<String> lines(Cli.Result result) {
        return result.out().lines().toList();
    }

    @Test
    void changedPlansStillExitWithZero() {
        assertThat(added.exitCode()).isZero();
        assertThat(added.err()).isEmpty();
    }

    @Test
    void itSaysHowManyCombinationsItEvaluatedAndHowManyPlansChanged() {
        assertThat(lines(added)).anySatisfy(line -> assertThat(line)
                .matches("Evaluated 7,741,440 combinations as [\\d,]+ classes the rules tell apart with both playbooks in \\d+\\.\\d s\\."));
        assertThat(lines(added)).contains("1,935,360 plans changed (25.0%).");
    }

    @Test
    void anAddedStepIsCountedWithItsDetailAndExamples() {
        assertThat(lines(added)).containsSubsequence(
                "Step added: 1,935,360 combinations (25.0%)",
                "  1,935,360  + OFFER_REMEDY",
                "  for example:");
        List<String> lines = lines(added);
        int at = lines.indexOf("  for example:");
        assertThat(lines.subList(at + 1, lines.size())).hasSize(6).satisfiesExactly(
                incident -> assertThat(incident).startsWith("    mistake=").contains("severity=HIGH"),
                change -> assertThat(change).isEqualTo("      + OFFER_REMEDY"),
                incident -> assertThat(incident).startsWith("    mistake=").contains("severity=HIGH"),
                change -> assertThat(change).isEqualTo("      + OFFER_REMEDY"),
                incident -> assertThat(incident).startsWith("    mistake=").contains("severity=HIGH"),
                change -> assertThat(change).isEqualTo("      + OFFER_REMEDY"));
    }

    @Test
    void noChangeExitsWithZeroAndSaysSo() {
        assertThat(unchanged.exitCode()).isZero();
        assertThat(lines(unchanged)).last()
                .isEqualTo("No plan changed: both playbooks give the same plan for every combination.");
    }

    @Test
    void aMissingFolderExitsWithTwoNamingTheSide() {
        Path missing = dir.resolve("missing");

        Cli.Result result = Cli.run("diff", before.toString(), missing.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly("amends: AFTER: no such folder: " + missing);
    }

    @Test
    void aFolderThatDoesNotCompileExitsWithOneNamingTheSideAndItsProblems() {
        Path broken = Drl.playbook(dir, "broken-after", HALF_WRITTEN);

        Cli.Result result = Cli.run("diff", before.toString(), broken.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).first().asString()
                .isEqualTo("amends: the AFTER rules (" + broken + ") cannot be used; fix this problem and run again:");
        assertThat(result.errLines()).element(1).asString().startsWith(broken.resolve("rules.drl") + ":");
    }

    @Test
    void bothSidesThatDoNotCompileAreReported() {
        Path brokenBefore = Drl.playbook(dir, "broken-before", HALF_WRITTEN);
        Path brokenAfter = Drl.playbook(dir, "broken-after-too", HALF_WRITTEN);

        Cli.Result result = Cli.run("diff", brokenBefore.toString(), brokenAfter.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("the BEFORE rules (" + brokenBefore + ")", "the AFTER rules (" + brokenAfter + ")");
    }

    @Test
    void theWordDefaultStandsForTheDefaultPlaybook() {
        Path broken = Drl.playbook(dir, "broken-edit", HALF_WRITTEN);

        Cli.Result result = Cli.run("diff", "default", broken.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).as("the default playbook compiled; only AFTER is reported")
                .doesNotContain("BEFORE").contains("the AFTER rules (" + broken + ")");
    }

    @Test
    void withExtendAFolderIsDiffedAsAnEditOfTheDefaultPlaybook() {
        Step replaced = DefaultRules.step(Cli.incident().toString(), Action.SEE_CUSTOMER_VIEW);
        Path reworded = Drl.playbook(dir, "reworded", DefaultRules.reworded(replaced, "Think first.", "Reworded."));

        Cli.Result result = Cli.run("diff", "--extend", "default", reworded.toString(),
                "--only", "mistake=WRONG_PRODUCT", "--only", "severity=CRITICAL", "--only", "customerMood=ANGRY");

        String was = "        was: \"" + replaced.wording().split(" ")[0] + " ";
        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> lines = lines(result);
        assertThat(lines).first().asString().startsWith("Comparing BEFORE (default) with AFTER (" + reworded + ") on ")
                .endsWith(" combinations of incident facts (only mistake=WRONG_PRODUCT, severity=CRITICAL, customerMood=ANGRY)...");
        String changed = lines.stream().filter(line -> line.matches("[\\d,]+ plans changed \\(.+\\)\\."))
                .findFirst().map(line -> line.substring(0, line.indexOf(' '))).orElseThrow();
        assertThat(lines).as("the plans the rule applies to change, and only in that step's wording")
                .anySatisfy(line -> assertThat(line).startsWith("Wording changed: " + changed + " combinations"))
                .contains("  " + changed + "  SEE_CUSTOMER_VIEW wording", "        now: \"Think first.\"")
                .anySatisfy(line -> assertThat(line).as("the default wording it replaced").startsWith(was))
                .noneSatisfy(line -> assertThat(line).startsWith("Step"));
    }

    @Test
    void onlyAFactNeitherPlaybookHasExitsWithTwoBeforeAnyEvaluation() {
        Cli.Result result = Cli.run("diff", before.toString(), after.toString(), "--only", "accountTier=STRATEGIC");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).singleElement().asString().startsWith("amends: --only: no fact \"accountTier\"; the facts: ");
    }
}
