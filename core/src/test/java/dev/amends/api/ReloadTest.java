package dev.amends.api;

import dev.amends.model.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReloadTest {

    private static final String VERSION_A = Drl.HEADER + """
            rule "Fix it" when Incident() then plan.step(Action.FIX, "Fix it, version A."); end
            rule "Own it" when Incident() then plan.step(Action.TAKE_OWNERSHIP, "Own it, version A."); end
            """;
    private static final String VERSION_B = Drl.HEADER + """
            rule "Fix it" when Incident() then plan.step(Action.FIX, "Fix it, version B."); end
            rule "Own it" when Incident() then plan.step(Action.TAKE_OWNERSHIP, "Own it, version B."); end
            rule "Remedy" when Incident() then plan.step(Action.OFFER_REMEDY, "Credit, version B."); end
            """;
    private static final String BROKEN = Drl.HEADER + """
            rule "Fix it" when Incident( then plan.step(Action.FIX, "broken"); end
            """;

    private static final Incident INCIDENT = Incidents.wrongProduct().build();
    private static final Duration SETTLE = Duration.ofMillis(50);

    private static void write(Path folder, String drl) throws IOException {
        Path temp = folder.resolve("playbook.drl.tmp");
        Files.writeString(temp, drl);
        Files.move(temp, folder.resolve("playbook.drl"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    void aReloadServesTheChangedPlaybookAndCountsTheVersion(@TempDir Path folder) throws IOException {
        write(folder, VERSION_A);
        HeardListener recorder = new HeardListener();
        RecoveryAdvisor advisor = RecoveryAdvisor.builder().rulesFrom(folder).settleTime(SETTLE).listener(recorder).build();
        assertThat(advisor.version()).isEqualTo(1);

        write(folder, VERSION_B);
        ReloadResult result = advisor.reload();

        assertThat(result.outcome()).isEqualTo(ReloadResult.Outcome.APPLIED);
        assertThat(result.version()).isEqualTo(2);
        assertThat(result.problems()).isEmpty();
        assertThat(advisor.version()).isEqualTo(2);
        assertThat(advisor.recommend(INCIDENT).has(Action.OFFER_REMEDY)).isTrue();
        assertThat(recorder.reloaded).containsExactly(result);
    }

    @Test
    void aBrokenPlaybookIsRejectedAndTheOldOneKeepsServing(@TempDir Path folder) throws IOException {
        write(folder, VERSION_A);
        HeardListener recorder = new HeardListener();
        RecoveryAdvisor advisor = RecoveryAdvisor.builder().rulesFrom(folder).settleTime(SETTLE).listener(recorder).build();
        RecoveryPlan before = advisor.recommend(INCIDENT);

        write(folder, BROKEN);
        ReloadResult result = advisor.reload();

        assertThat(result.applied()).isFalse();
        assertThat(result.version()).isEqualTo(1);
        assertThat(result.problems()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.file()).endsWith("playbook.drl"))
                .allSatisfy(p -> assertThat(p.line()).isEqualTo(Drl.FIRST_LINE));
        assertThat(advisor.recommend(INCIDENT)).isEqualTo(before);
        assertThat(recorder.rejected).containsExactly(result);
        assertThat(recorder.reloaded).isEmpty();
    }

    @Test
    @Timeout(30)
    void aWatchingAdvisorPicksUpAChangedFolderByItself(@TempDir Path folder) throws Exception {
        write(folder, VERSION_A);
        HeardListener recorder = new HeardListener();
        try (RecoveryAdvisor advisor = RecoveryAdvisor.builder().rulesFrom(folder).settleTime(SETTLE).watchFolders().listener(recorder).build()) {
            write(folder, VERSION_B);

            while (advisor.version() < 2) {
                Thread.sleep(50);
            }
            assertThat(advisor.recommend(INCIDENT).has(Action.OFFER_REMEDY)).isTrue();

            write(folder, BROKEN);
            while (recorder.rejected.isEmpty()) {
                Thread.sleep(50);
            }
            assertThat(advisor.version()).as("the broken change is not served").isEqualTo(2);
            assertThat(advisor.recommend(INCIDENT).has(Action.OFFER_REMEDY)).isTrue();
        }
    }

    @Test
    void watchingNeedsAFolder() {
        assertThatThrownBy(() -> RecoveryAdvisor.builder().rules("a.drl", VERSION_A).watchFolders().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("rulesFrom");
    }

    @Test
    @Timeout(60)
    void requestsDuringReloadsNeverFailAndNeverMixTwoPlaybooks(@TempDir Path folder) throws Exception {
        write(folder, VERSION_A);
        RecoveryAdvisor advisor = RecoveryAdvisor.builder().rulesFrom(folder).settleTime(SETTLE).build();
        RecoveryPlan planA = advisor.recommend(INCIDENT);
        write(folder, VERSION_B);
        advisor.reload();
        RecoveryPlan planB = advisor.recommend(INCIDENT);
        write(folder, VERSION_A);
        advisor.reload();

        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<List<RecoveryPlan>>> workers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            workers.add(pool.submit(() -> {
                List<RecoveryPlan> seen = new ArrayList<>();
                while (running.get()) {
                    seen.add(advisor.recommend(INCIDENT));
                }
                return seen;
            }));
        }
        String[] versions = {VERSION_B, BROKEN, VERSION_A, VERSION_B, BROKEN, VERSION_A, VERSION_B};
        int applied = 0;
        for (String version : versions) {
            write(folder, version);
            if (advisor.reload().applied()) {
                applied++;
            }
            Thread.sleep(20);
        }
        running.set(false);
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        List<RecoveryPlan> all = new ArrayList<>();
        for (Future<List<RecoveryPlan>> worker : workers) {
            all.addAll(worker.get());
        }
        assertThat(applied).as("the broken versions were rejected").isEqualTo(5);
        assertThat(all).as("plans made during reloads").isNotEmpty()
                .allSatisfy(plan -> assertThat(plan).isIn(planA, planB));
        assertThat(advisor.recommend(INCIDENT)).isEqualTo(planB);
    }
}
