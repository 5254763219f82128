package dev.amends.api;

import dev.amends.model.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static dev.amends.api.VersionedFolder.versionsIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A reload serves a whole version of the rules folder or nothing: never half of an edit. */
class AtomicReloadTest {

    private static final Incident INCIDENT = Incidents.wrongProduct().build();

    @TempDir
    Path dir;

    /** Records, for every applied reload, the versions of the plan served right after it. */
    private static final class Served implements PlaybookListener {
        final AtomicReference<RecoveryAdvisor> advisor = new AtomicReference<>();
        final List<Set<Integer>> plans = new CopyOnWriteArrayList<>();
        final List<ReloadResult> rejected = new CopyOnWriteArrayList<>();

        @Override
        public void reloaded(ReloadResult result) {
            plans.add(versionsIn(advisor.get().recommend(INCIDENT)));
        }

        @Override
        public void rejected(ReloadResult result) {
            rejected.add(result);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Timeout(30)
    void reloadWaitsUntilTheFolderHasBeenQuietForTheSettleTime() throws Exception {
        VersionedFolder folder = new VersionedFolder(dir, 2).writeAll(1);
        RecoveryAdvisor advisor = RecoveryAdvisor.builder().rulesFrom(folder.path()).settleTime(Duration.ofMillis(800)).build();
        Thread editor = new Thread(() -> {
            try {
                folder.write(0, 2);
                sleep(400);
                folder.write(1, 2);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        editor.start();
        sleep(50);
        ReloadResult result = advisor.reload();
        editor.join();

        assertThat(result.version()).isEqualTo(2);
        assertThat(versionsIn(advisor.recommend(INCIDENT))).as("both files of the edit").containsExactly(2);
    }

    @Test
    @Timeout(30)
    void filesSavedByHandASecondApartGoLiveTogetherWithTheDefaultSettleTime() throws Exception {
        VersionedFolder folder = new VersionedFolder(dir, 2).writeAll(1);
        Served served = new Served();
        try (RecoveryAdvisor advisor = RecoveryAdvisor.builder().rulesFrom(folder.path()).watchFolders().listener(served).build()) {
            served.advisor.set(advisor);

            folder.write(0, 2);
            sleep(1000);
            folder.write(1, 2);
            while (advisor.version() < 2) {
                sleep(20);
            }
            sleep(RecoveryAdvisor.DEFAULT_SETTLE_TIME.toMillis() + 500);

            assertThat(served.plans).as("one reload, serving both files").containsExactly(Set.of(2));
        }
    }

    @Test
    @Timeout(30)
    void anEditWhoseSecondFileIsBrokenServesNoneOfIt() throws Exception {
        VersionedFolder folder = new VersionedFolder(dir, 2).writeAll(1);
        Served served = new Served();
        try (RecoveryAdvisor advisor = RecoveryAdvisor.builder().rulesFrom(folder.path()).settleTime(Duration.ofMillis(1000))
                .watchFolders().listener(served).build()) {
            served.advisor.set(advisor);

            folder.write(0, 2);
            sleep(400);
            folder.writeBroken(1, 2);
            while (served.rejected.isEmpty()) {
                sleep(20);
            }

            assertThat(served.plans).as("nothing applied").isEmpty();
            assertThat(versionsIn(advisor.recommend(INCIDENT))).as("the old version, whole").containsExactly(1);
            assertThat(served.rejected.get(0).problems()).extracting(PlaybookProblem::file)
                    .containsOnly(folder.name(1).toString());
        }
    }

    @Test
    void aFolderWhoseFilesHoldNoRuleIsRejectedAndTheOldVersionKeepsServing() throws Exception {
        VersionedFolder folder = new VersionedFolder(dir, 1).writeAll(1);
        RecoveryAdvisor advisor = RecoveryAdvisor.builder().rulesFrom(folder.path()).settleTime(Duration.ZERO).build();

        folder.writeInPlace(0, Drl.HEADER + "// the rules are being rewritten\n");
        ReloadResult result = advisor.reload();

        assertThat(result.outcome()).isEqualTo(ReloadResult.Outcome.REJECTED);
        assertThat(result.problems()).isNotEmpty();
        assertThat(versionsIn(advisor.recommend(INCIDENT))).containsExactly(1);
    }

    @Test
    void anAdvisorIsNotBuiltOnAFolderWhoseFilesHoldNoRule() throws Exception {
        Files.writeString(dir.resolve("empty.drl"), Drl.HEADER + "// nothing yet\n");

        assertThatThrownBy(() -> RecoveryAdvisor.builder().rulesFrom(dir).build())
                .isInstanceOf(PlaybookCompilationException.class)
                .satisfies(e -> assertThat(((PlaybookCompilationException) e).problems()).isNotEmpty());
    }

    @Test
    void rulesIdenticalToThoseServingChangeNothing() throws Exception {
        VersionedFolder folder = new VersionedFolder(dir, 2).writeAll(1);
        Served served = new Served();
        RecoveryAdvisor advisor = RecoveryAdvisor.builder().rulesFrom(folder.path()).settleTime(Duration.ZERO).listener(served).build();
        served.advisor.set(advisor);

        folder.writeAll(1);
        ReloadResult result = advisor.reload();

        assertThat(result.outcome()).isEqualTo(ReloadResult.Outcome.UNCHANGED);
        assertThat(result.version()).isEqualTo(1);
        assertThat(advisor.version()).isEqualTo(1);
        assertThat(served.plans).isEmpty();
        assertThat(served.rejected).isEmpty();
    }

    @Test
    void aFolderSwappedByASymbolicLinkIsReadAsOneVersion() throws Exception {
        VersionedFolder first = new VersionedFolder(Files.createDirectory(dir.resolve("v1")), 3).writeAll(1);
        VersionedFolder second = new VersionedFolder(Files.createDirectory(dir.resolve("v2")), 3).writeAll(2);
        Path live = Files.createSymbolicLink(dir.resolve("live"), first.path().getFileName());
        RecoveryAdvisor advisor = RecoveryAdvisor.builder().rulesFrom(live).settleTime(Duration.ZERO).build();

        Path next = Files.createSymbolicLink(dir.resolve("live.next"), second.path().getFileName());
        Files.move(next, live, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ReloadResult result = advisor.reload();

        assertThat(result.applied()).isTrue();
        RecoveryPlan plan = advisor.recommend(INCIDENT);
        assertThat(plan.steps()).hasSize(3);
        assertThat(versionsIn(plan)).containsExactly(2);
    }
}
