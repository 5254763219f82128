package dev.amends.api;

import dev.amends.reload.FolderWatcher;
import dev.amends.model.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static dev.amends.api.VersionedFolder.versionsIn;
import static org.assertj.core.api.Assertions.assertThat;

/** A watching advisor keeps watching the folder at its path, whatever happens to the folder, and says what happened. */
@Timeout(20)
class FolderWatchingTest {

    private static final Incident INCIDENT = Incidents.wrongProduct().build();
    private static final Duration SETTLE = Duration.ofMillis(100);

    @TempDir
    Path dir;

    private final HeardListener heard = new HeardListener();

    private RecoveryAdvisor watching(Path folder) {
        return RecoveryAdvisor.builder().rulesFrom(folder).settleTime(SETTLE).watchFolders().listener(heard).build();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        while (!condition.getAsBoolean()) {
            Thread.sleep(20);
        }
    }

    /** Long enough for the watcher to have noticed and reloaded, had it been going to. */
    private static void quietWhile() throws InterruptedException {
        Thread.sleep(SETTLE.toMillis() * 3 + FolderWatcher.LOOK_AGAIN_MILLIS + 500);
    }

    /** A folder {@code live} holding version 1 of two rule files. */
    private Path liveFolder() throws IOException {
        Path live = dir.resolve("live");
        new VersionedFolder(Files.createDirectory(live), 2).writeAll(1);
        return live;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void aDeletedFolderIsReportedAndTheVersionServingStaysUntilItIsBack() throws Exception {
        Path live = liveFolder();
        try (RecoveryAdvisor advisor = watching(live)) {
            delete(live);
            await(() -> !heard.changes.isEmpty());

            assertThat(heard.changes.get(0).kind()).isEqualTo(FolderChange.Kind.GONE);
            assertThat(heard.changes.get(0).serving().number()).isEqualTo(1);
            assertThat(heard.changes.get(0)).hasToString("rules folder " + live
                    + " is gone (deleted or moved away); serving " + advisor.playbook() + " until it is back");
            quietWhile();
            assertThat(heard.reloaded).as("no reload of a missing folder").isEmpty();
            assertThat(heard.rejected).isEmpty();
            assertThat(versionsIn(advisor.recommend(INCIDENT))).containsExactly(1);
        }
    }

    @Test
    void aFolderDeletedAndMadeAgainIsWatchedAgain() throws Exception {
        Path live = liveFolder();
        try (RecoveryAdvisor advisor = watching(live)) {
            delete(live);
            await(() -> !heard.changes.isEmpty());
            VersionedFolder again = new VersionedFolder(Files.createDirectory(live), 2).writeAll(2);
            await(() -> advisor.version() == 2);

            again.writeAll(3);
            await(() -> advisor.version() == 3);

            assertThat(heard.changes).extracting(FolderChange::kind).containsExactly(FolderChange.Kind.GONE, FolderChange.Kind.BACK);
            assertThat(versionsIn(advisor.recommend(INCIDENT))).containsExactly(3);
        }
    }

    @Test
    void aFolderReplacedByRenamesIsWatchedAndTheOldOneIsNot() throws Exception {
        Path live = dir.resolve("live");
        VersionedFolder before = new VersionedFolder(Files.createDirectory(live), 2).writeAll(1);
        VersionedFolder next = new VersionedFolder(Files.createDirectory(dir.resolve("next")), 2).writeAll(2);
        try (RecoveryAdvisor advisor = watching(live)) {
            Files.move(live, dir.resolve("old"), StandardCopyOption.ATOMIC_MOVE);
            Files.move(next.path(), live, StandardCopyOption.ATOMIC_MOVE);
            await(() -> advisor.version() == 2);
            assertThat(versionsIn(advisor.recommend(INCIDENT))).containsExactly(2);

            VersionedFolder old = new VersionedFolder(dir.resolve("old"), 2);
            old.writeAll(7);
            quietWhile();
            assertThat(advisor.version()).as("edits to the renamed-away folder reload nothing").isEqualTo(2);

            new VersionedFolder(live, 2).writeAll(3);
            await(() -> advisor.version() == 3);
            assertThat(versionsIn(advisor.recommend(INCIDENT))).containsExactly(3);
        }
    }

    @Test
    void editsToAFolderRenamedAwayAskForNoReload() throws Exception {
        Path live = liveFolder();
        AtomicInteger reloads = new AtomicInteger();
        try (FolderWatcher watcher = FolderWatcher.start(List.of(live), SETTLE, reloads::incrementAndGet, (folder, kind) -> { })) {
            Files.move(live, dir.resolve("old"), StandardCopyOption.ATOMIC_MOVE);
            new VersionedFolder(Files.createDirectory(live), 2).writeAll(2);
            await(() -> reloads.get() >= 1);
            quietWhile();
            int before = reloads.get();

            new VersionedFolder(dir.resolve("old"), 2).writeAll(7);
            quietWhile();

            assertThat(reloads).hasValue(before);
        }
    }

    @Test
    void aSymbolicLinkSwappedToAnotherFolderIsFollowedAndTheOldTargetIsNot() throws Exception {
        VersionedFolder first = new VersionedFolder(Files.createDirectory(dir.resolve("v1")), 3).writeAll(1);
        VersionedFolder second = new VersionedFolder(Files.createDirectory(dir.resolve("v2")), 3).writeAll(2);
        Path live = Files.createSymbolicLink(dir.resolve("live"), first.path().getFileName());
        try (RecoveryAdvisor advisor = watching(live)) {
            Files.move(Files.createSymbolicLink(dir.resolve("live.next"), second.path().getFileName()), live,
                    StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            await(() -> advisor.version() == 2);

            first.writeAll(7);
            quietWhile();

            assertThat(heard.changes).extracting(FolderChange::kind).containsExactly(FolderChange.Kind.REPLACED);
            assertThat(advisor.version()).isEqualTo(2);
            assertThat(versionsIn(advisor.recommend(INCIDENT))).containsExactly(2);
        }
    }

    @Test
    void aRuleFileRenamedAwayAndBackIsReloadedEachTime() throws Exception {
        VersionedFolder folder = new VersionedFolder(dir, 2).writeAll(1);
        try (RecoveryAdvisor advisor = watching(dir)) {
            Files.move(folder.name(1), dir.resolve("file-1.drl.off"), StandardCopyOption.ATOMIC_MOVE);
            await(() -> advisor.version() == 2);
            assertThat(advisor.recommend(INCIDENT).steps()).hasSize(1);

            Files.move(dir.resolve("file-1.drl.off"), folder.name(1), StandardCopyOption.ATOMIC_MOVE);
            await(() -> advisor.version() == 3);
            assertThat(advisor.recommend(INCIDENT).steps()).hasSize(2);
        }
    }
}
