package dev.amends.api;

import dev.amends.model.*;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static dev.amends.api.VersionedFolder.versionsIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor changes a folder of four rule files over and over, file by file, at varied pace (some
 * files a few milliseconds apart, some most of a settle time apart, some written in place in two
 * halves, some changes broken) while threads keep asking for plans: no plan ever mixes two
 * versions, misses a rule, or comes from a broken change, and versions only move forward. A
 * change in which the machine stalled the editor for longer than the settle time (timed, and
 * counted in the figures printed) may rightly be served half done, and is excused.
 *
 * <p>Sized to run in CI in well under a minute; {@code -Damends.reloadUnderLoad.scale=10} edits ten times as much.
 */
@Timeout(300)
class ReloadUnderLoadTest {

    private static final int FILES = 4;
    private static final int SCALE = Integer.getInteger("amends.reloadUnderLoad.scale", 1);
    private static final Incident INCIDENT = Incidents.wrongProduct().build();

    @TempDir
    Path dir;

    /** What the editor did: which changes were broken, and which a stall split (a gap inside a change longer than the settle time). */
    private record Edits(int count, int last, Set<Integer> broken, Set<Integer> split) {
    }

    @ParameterizedTest(name = "settle {0} ms, {1} changes of four files")
    @CsvSource({"60, 400", "400, 40"})
    void noPlanMixesVersionsOrComesFromABrokenChange(long settleMillis, int changes) throws Exception {
        Duration settle = Duration.ofMillis(settleMillis);
        VersionedFolder folder = new VersionedFolder(dir, FILES).writeAll(1);
        HeardListener heard = new HeardListener();
        List<String> wrong = new CopyOnWriteArrayList<>();
        Set<Integer> served = ConcurrentHashMap.newKeySet();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService requesters = Executors.newFixedThreadPool(2);
        Edits edits;
        List<Future<List<RecoveryPlan>>> seen = new ArrayList<>();
        try (RecoveryAdvisor advisor = RecoveryAdvisor.builder().rulesFrom(folder.path()).settleTime(settle)
                .watchFolders().listener(heard).build()) {
            for (int t = 0; t < 2; t++) {
                seen.add(requesters.submit(() -> request(advisor, running)));
            }
            edits = edit(folder, changes * SCALE, settle, new Random(changes * 31L + settleMillis), () -> brokenRuleRejected(heard));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!versionsIn(advisor.recommend(INCIDENT)).equals(Set.of(edits.last())) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            running.set(false);
            requesters.shutdown();
            assertThat(requesters.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            assertThat(versionsIn(advisor.recommend(INCIDENT))).as("the last change is served in the end").containsExactly(edits.last());
        }

        long plans = 0;
        for (Future<List<RecoveryPlan>> thread : seen) {
            List<RecoveryPlan> inOrder = thread.get();
            plans += inOrder.size();
            int lastNumber = 0;
            int lastMark = 0;
            for (RecoveryPlan plan : inOrder) {
                Set<Integer> marks = versionsIn(plan);
                int mark = Collections.max(marks);
                served.add(mark);
                boolean excused = edits.split().contains(mark) || edits.split().contains(mark + 1);
                if (plan.steps().size() != FILES && !excused) {
                    wrong.add("a plan with " + plan.steps().size() + " steps: " + marks);
                }
                if (marks.size() != 1 && !excused) {
                    wrong.add("a plan mixing versions " + marks);
                }
                if (edits.broken().contains(mark) && !excused) {
                    wrong.add("a plan from broken change " + mark);
                }
                if (plan.playbook().number() < lastNumber || mark < lastMark) {
                    wrong.add("a plan from an older version after a newer: " + plan.playbook() + " marked " + mark);
                }
                lastNumber = plan.playbook().number();
                lastMark = mark;
            }
        }
        System.out.printf("reload under load, settle %d ms: %d edits in %d changes (%d broken, %d split by a stall), "
                        + "%d versions applied, %d reloads rejected, %d plans checked%n", settleMillis, edits.count(),
                changes * SCALE, edits.broken().size(), edits.split().size(), heard.reloaded.size(), heard.rejected.size(), plans);
        assertThat(wrong).as("plans that mix versions, miss a rule or come from a broken change").isEmpty();
        assertThat(heard.reloaded).as("versions applied").hasSizeGreaterThan(1);
        assertThat(brokenRuleRejected(heard)).as("a broken change rejected, naming its line").isTrue();
    }

    private static List<RecoveryPlan> request(RecoveryAdvisor advisor, AtomicBoolean running) throws InterruptedException {
        List<RecoveryPlan> plans = new ArrayList<>();
        while (running.get()) {
            plans.add(advisor.recommend(INCIDENT));
            Thread.sleep(1);
        }
        return plans;
    }

    /**
     * Makes changes 2, 3, ... each rewriting every file in a random order; about one in six is
     * broken in one file. Within a change, files follow each other at once, a few ms apart, or
     * most of a settle time apart; between changes the editor mostly goes straight on, and now and
     * then pauses just past what a reload waits for (the watcher's settle time, then the reload's
     * own), so that a reload starts and the next change may land while it reads. The last change
     * is whole and followed by quiet.
     */
    /** Whether a reload was rejected for a problem in a rule file, rather than for a folder that kept changing. */
    private static boolean brokenRuleRejected(HeardListener heard) {
        return heard.rejected.stream().anyMatch(result -> result.problems().stream().anyMatch(problem -> problem.line() > 0));
    }

    private static Edits edit(VersionedFolder folder, int changes, Duration settle, Random random,
                              java.util.function.BooleanSupplier rejectionHeard) throws IOException, InterruptedException {
        long settleMillis = settle.toMillis();
        Set<Integer> broken = ConcurrentHashMap.newKeySet();
        Set<Integer> split = ConcurrentHashMap.newKeySet();
        int edits = 0;
        int last = changes + 1;
        for (int change = 2; change <= last; change++) {
            // The change before the last is always broken, and left alone until its rejection is heard:
            // whether the random ones are read at all depends on how fast the machine is.
            boolean lastBroken = change == last - 1;
            int brokenFile = change < last && (lastBroken || random.nextInt(6) == 0) ? random.nextInt(FILES) : -1;
            if (brokenFile >= 0) {
                broken.add(change);
            }
            List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3));
            Collections.shuffle(order, random);
            Writes writes = new Writes(change, settleMillis - 5, split);
            for (int file : order) {
                int pace = random.nextInt(100);
                Thread.sleep(pace < 80 ? 0 : pace < 95 ? 1 + random.nextInt(4) : settleMillis * 8 / 10);
                if (file == brokenFile) {
                    folder.writeBroken(file, change);
                } else if (random.nextBoolean()) {
                    folder.write(file, change);
                } else {
                    String text = folder.text(file, change);
                    folder.writeInPlace(file, text.substring(0, text.length() / 2));
                    writes.done();
                    Thread.sleep(random.nextInt(3));
                    Files.writeString(folder.name(file), text.substring(text.length() / 2), StandardOpenOption.APPEND);
                }
                writes.done();
                edits++;
            }
            int rest = random.nextInt(100);
            if (lastBroken) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (!rejectionHeard.getAsBoolean() && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                continue;
            }
            Thread.sleep(change == last ? settleMillis * 3 : rest < 12 ? settleMillis * 2 + random.nextLong(settleMillis / 2) : rest % 3);
        }
        return new Edits(edits, last, broken, split);
    }

    /**
     * Times the writes of one change, and notes the change as split when one write ended longer
     * than a settle time after the one before (or after the change began): the machine stalled the
     * editor, and a reload could rightly have read the change half done.
     */
    private static final class Writes {
        private final int change;
        private final long longestMillis;
        private final Set<Integer> split;
        private long last = System.nanoTime();

        Writes(int change, long longestMillis, Set<Integer> split) {
            this.change = change;
            this.longestMillis = longestMillis;
            this.split = split;
        }

        void done() {
            long now = System.nanoTime();
            if (TimeUnit.NANOSECONDS.toMillis(now - last) > longestMillis) {
                split.add(change);
            }
            last = now;
        }
    }
}
