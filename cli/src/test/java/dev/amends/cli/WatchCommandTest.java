package dev.amends.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code amends watch FILE --rules DIR}: the plan is served again after each edit, and a broken edit is rejected. */
class WatchCommandTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(60)
    void anEditIsServedWithoutARestartAndABrokenOneIsRejected() throws Exception {
        Path rules = Drl.playbook(dir, "rules", Drl.OWN_IT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        Future<Integer> watching = watch(rules, 8, out, err);
        waitFor(out, "Plan from playbook version 1:");
        Cli.write(rules, "rules.drl", Drl.HEADER + Drl.OWN_IT + """
                rule "Make up for it"
                when Incident()
                then plan.step(Action.OFFER_REMEDY, "Lunch is on us.");
                end
                """);
        waitFor(out, "Plan from playbook version 2:");
        Cli.write(rules, "rules.drl", Drl.HEADER + "rule \"Own it\" when Incident( then end\n");
        waitFor(out, "the change was rejected; still serving playbook version 2:");

        assertThat(watching.get()).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("amends: playbook version 2 is live").contains("Lunch is on us.")
                .contains("rules.drl:4").doesNotContain("version 3");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    @Timeout(60)
    void aDeletedFolderIsReportedAndWatchedAgainWhenItIsBack() throws Exception {
        Path rules = Drl.playbook(dir, "rules", Drl.OWN_IT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Future<Integer> watching = watch(rules, 10, out, new ByteArrayOutputStream());
        waitFor(out, "Plan from playbook version 1:");
        Files.delete(rules.resolve("rules.drl"));
        Files.delete(rules);
        waitFor(out, "is gone (deleted or moved away); serving version 1 (sha256 ");
        Drl.playbook(dir, "rules", Drl.OWN_IT, """
                rule "Make up for it"
                when Incident()
                then plan.step(Action.OFFER_REMEDY, "Lunch is on us.");
                end
                """);
        waitFor(out, "Plan from playbook version 2:");

        assertThat(watching.get()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("amends: rules folder " + rules + " is back")
                .contains("Lunch is on us.");
    }

    @Test
    @Timeout(60)
    void withExtendTheDefaultPlaybookIsServedWithTheFolderOnTop() throws Exception {
        Path rules = Drl.playbook(dir, "rules", """
                rule "Make up for it"
                when Incident()
                then plan.step(Action.OFFER_REMEDY, "Lunch is on us.");
                end
                """);
        Path incident = dir.resolve("incident.json");
        Files.writeString(incident, """
                {"mistake": "MISSED_APPOINTMENT", "faultOwner": "REP", "severity": "LOW", "relationship": "STRONG"}
                """);

        Cli.Result result = Cli.run("watch", incident.toString(), "--rules", rules.toString(), "--extend", "--for", "1");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).as("a default step and the folder's step")
                .contains("Plan from playbook version 1:").contains("Lunch is on us.").contains("See it from the customer's side");
    }

    @Test
    void theRulesFolderIsRequired() {
        Cli.Result result = Cli.run("watch", "incident.json");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--rules");
    }

    @Test
    void aDurationBelowOneSecondIsBadInput() {
        Cli.Result result = Cli.run("watch", "incident.json", "--rules", dir.toString(), "--for", "0");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("amends: invalid value for option '--for': must be a whole number"
                + " of seconds from 1 to 31,536,000 (a year), was \"0\"; run 'amends watch --help' for usage");
    }

    @Test
    void aDurationBeyondAYearIsBadInputNamingTheRange() {
        Cli.Result result = Cli.run("watch", "incident.json", "--rules", dir.toString(), "--for", "10000000000");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("amends: invalid value for option '--for': must be a whole number"
                + " of seconds from 1 to 31,536,000 (a year), was \"10000000000\"; run 'amends watch --help' for usage");
    }

    @Test
    void aDurationTooLargeForAnyNumberTypeIsBadInputNamingTheRange() {
        Cli.Result result = Cli.run("watch", "incident.json", "--rules", dir.toString(), "--for", "99999999999999999999");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString()
                .contains("must be a whole number of seconds from 1 to 31,536,000 (a year), was \"99999999999999999999\"");
    }

    /** Runs {@code watch} on a missed appointment over {@code rules} for some seconds, in the background. */
    private Future<Integer> watch(Path rules, int seconds, ByteArrayOutputStream out, ByteArrayOutputStream err) throws IOException {
        Path incident = dir.resolve("incident.json");
        Files.writeString(incident, """
                {"mistake": "MISSED_APPOINTMENT", "faultOwner": "REP", "severity": "LOW", "relationship": "STRONG"}
                """);
        return Executors.newSingleThreadExecutor().submit(() -> Main.run(
                new String[] {"watch", incident.toString(), "--rules", rules.toString(), "--for", String.valueOf(seconds)},
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
    }

    private static void waitFor(ByteArrayOutputStream out, String text) throws InterruptedException {
        while (!out.toString(StandardCharsets.UTF_8).contains(text)) {
            Thread.sleep(50);
        }
    }
}
