package dev.amends.testing.space;

import dev.amends.engine.RecoveryAdvisor;
import dev.amends.model.ActionKind;
import dev.amends.model.Avoidance;
import dev.amends.model.Incident;
import dev.amends.model.RecoveryPlan;
import dev.amends.model.Step;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Compares two playbooks over the whole input space: how many plans an edit changes, and how.
 * This is how an edit is reviewed before it ships.
 */
public final class PlaybookDiff {

    /**
     * How many examples a report keeps for each kind of change: the first combination that shows it,
     * then those that differ most from the ones kept.
     */
    public static final int EXAMPLES_PER_KIND = 3;

    /** How many distinct details a report lists for each kind of change. */
    public static final int DETAILS_PER_KIND = 10;

    private PlaybookDiff() {
    }

    /** Evaluates both playbooks on every combination, on all cores, and reports the differences. */
    public static DiffReport compare(RecoveryAdvisor before, RecoveryAdvisor after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Map<ChangeKind, LongAdder> counts = new EnumMap<>(ChangeKind.class);
        Map<ChangeKind, ConcurrentHashMap<String, LongAdder>> details = new EnumMap<>(ChangeKind.class);
        Map<ChangeKind, ConcurrentLinkedQueue<Integer>> where = new EnumMap<>(ChangeKind.class);
        for (ChangeKind kind : ChangeKind.values()) {
            counts.put(kind, new LongAdder());
            details.put(kind, new ConcurrentHashMap<>());
            where.put(kind, new ConcurrentLinkedQueue<>());
        }
        AtomicLong changed = new AtomicLong();

        long start = System.nanoTime();
        IntStream.range(0, InputSpace.size()).parallel().forEach(index -> {
            Incident incident = InputSpace.at(index);
            Map<ChangeKind, List<DiffReport.Change>> changes = changes(before.recommend(incident), after.recommend(incident));
            if (changes.isEmpty()) {
                return;
            }
            changed.incrementAndGet();
            changes.forEach((kind, list) -> {
                counts.get(kind).increment();
                where.get(kind).add(index);
                list.forEach(c -> details.get(kind).computeIfAbsent(c.change(), k -> new LongAdder()).increment());
            });
        });
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        Map<ChangeKind, DiffReport.KindSummary> kinds = new EnumMap<>(ChangeKind.class);
        for (ChangeKind kind : ChangeKind.values()) {
            long n = counts.get(kind).sum();
            if (n == 0) {
                continue;
            }
            List<DiffReport.Detail> top = details.get(kind).entrySet().stream()
                    .map(e -> new DiffReport.Detail(e.getKey(), e.getValue().sum()))
                    .sorted(Comparator.comparingLong(DiffReport.Detail::combinations).reversed()
                            .thenComparing(DiffReport.Detail::change))
                    .limit(DETAILS_PER_KIND).toList();
            List<DiffReport.Example> examples = InputSpace.varied(where.get(kind), EXAMPLES_PER_KIND).stream()
                    .map(i -> {
                        Incident incident = InputSpace.at(i);
                        return new DiffReport.Example(incident,
                                changes(before.recommend(incident), after.recommend(incident)).get(kind));
                    }).toList();
            kinds.put(kind, new DiffReport.KindSummary(n, top, examples));
        }
        return new DiffReport(InputSpace.size(), changed.get(), elapsed, kinds);
    }

    /**
     * The differences between two plans for the same incident, by kind; empty when they are the same.
     * Each is counted by its name; a wording change also has the text before and after, a move the
     * step's places.
     */
    static Map<ChangeKind, List<DiffReport.Change>> changes(RecoveryPlan before, RecoveryPlan after) {
        Map<ChangeKind, List<DiffReport.Change>> out = new EnumMap<>(ChangeKind.class);
        List<String> was = before.actions().stream().map(ActionKind::name).toList();
        List<String> now = after.actions().stream().map(ActionKind::name).toList();
        List<String> unmatched = new ArrayList<>(was);
        List<String> commonAfter = new ArrayList<>();
        for (String a : now) {
            if (unmatched.remove(a)) {
                commonAfter.add(a);
            } else {
                add(out, ChangeKind.STEP_ADDED, "+ " + a);
            }
        }
        for (String a : unmatched) {
            add(out, ChangeKind.STEP_REMOVED, "- " + a);
        }
        List<String> stillThere = new ArrayList<>(now);
        List<String> commonBefore = new ArrayList<>();
        for (String a : was) {
            if (stillThere.remove(a)) {
                commonBefore.add(a);
            }
        }
        if (!commonBefore.equals(commonAfter)) {
            for (int i = 0; i < commonAfter.size(); i++) {
                String a = commonAfter.get(i);
                if (!commonBefore.get(i).equals(a)) {
                    add(out, ChangeKind.STEP_MOVED, new DiffReport.Change(
                            a + " moved " + (commonBefore.indexOf(a) < i ? "later" : "earlier"),
                            "step " + before.step(a).orElseThrow().order(), "step " + after.step(a).orElseThrow().order()));
                }
            }
        }
        for (String a : commonAfter) {
            Step b = before.step(a).orElseThrow();
            Step n = after.step(a).orElseThrow();
            if (!b.wording().equals(n.wording())) {
                add(out, ChangeKind.WORDING_CHANGED, new DiffReport.Change(a + " wording", b.wording(), n.wording()));
            }
            if (b.timing() != n.timing()) {
                add(out, ChangeKind.STEP_DETAILS_CHANGED, a + " timing " + b.timing() + " -> " + n.timing());
            }
            if (b.owner() != n.owner()) {
                add(out, ChangeKind.STEP_DETAILS_CHANGED, a + " owner " + b.owner() + " -> " + n.owner());
            }
            if (!b.rule().equals(n.rule())) {
                add(out, ChangeKind.STEP_DETAILS_CHANGED, a + " rule \"" + b.rule() + "\" -> \"" + n.rule() + "\"");
            }
        }
        Set<String> avoidBefore = before.avoid().stream().map(x -> x.what().name()).collect(Collectors.toSet());
        Set<String> avoidAfter = after.avoid().stream().map(x -> x.what().name()).collect(Collectors.toSet());
        for (Avoidance x : after.avoid()) {
            if (!avoidBefore.contains(x.what().name())) {
                add(out, ChangeKind.AVOID_CHANGED, "+ avoid " + x.what());
            }
        }
        for (Avoidance x : before.avoid()) {
            if (!avoidAfter.contains(x.what().name())) {
                add(out, ChangeKind.AVOID_CHANGED, "- avoid " + x.what());
            }
        }
        if (before.respondWithin() != after.respondWithin()) {
            add(out, ChangeKind.PACE_CHANGED, "respond " + before.respondWithin() + " -> " + after.respondWithin());
        }
        if (before.channel() != after.channel()) {
            add(out, ChangeKind.PACE_CHANGED, "channel " + before.channel() + " -> " + after.channel());
        }
        return out;
    }

    private static void add(Map<ChangeKind, List<DiffReport.Change>> out, ChangeKind kind, String change) {
        add(out, kind, DiffReport.Change.named(change));
    }

    private static void add(Map<ChangeKind, List<DiffReport.Change>> out, ChangeKind kind, DiffReport.Change change) {
        out.computeIfAbsent(kind, k -> new ArrayList<>()).add(change);
    }
}
