package dev.amends.testing.space;

import dev.amends.api.RecoveryAdvisor;
import dev.amends.model.ActionKind;
import dev.amends.compile.RuleReading;
import dev.amends.api.Avoidance;
import dev.amends.api.RecoveryPlan;
import dev.amends.api.Step;

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
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

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

    /**
     * Evaluates both playbooks on each class of built-in combinations that neither playbook's rules can
     * tell apart, on all cores, and reports the differences over every combination.
     */
    public static DiffReport compare(RecoveryAdvisor before, RecoveryAdvisor after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        return compare(Planner.of(before), Planner.of(after), RuleReading.of(before).and(RuleReading.of(after)), space(before, after));
    }

    /**
     * Compares the plans of two planners over a space, {@code reading} saying what the rules of both
     * playbooks can tell apart ({@link RuleReading#and}).
     */
    public static DiffReport compare(Planner before, Planner after, RuleReading reading, InputSpace space) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(space, "space");
        Tally tally = new Tally();
        long start = System.nanoTime();
        Classes classes = new Classes(space, reading);
        Map<ChangeKind, ConcurrentLinkedQueue<Long>> where = new EnumMap<>(ChangeKind.class);
        for (ChangeKind kind : ChangeKind.values()) {
            where.put(kind, new ConcurrentLinkedQueue<>());
        }
        LongStream.range(0, classes.classes).parallel().forEach(cls -> {
            int[] groups = classes.groupsOfClass(cls);
            int[] first = new int[space.dimensions().size()];
            classes.first(groups, first);
            InputSpace.Point point = space.point(first);
            Map<ChangeKind, List<DiffReport.Change>> changes = changes(before.plan(point.incident(), point.facts()),
                    after.plan(point.incident(), point.facts()));
            long weight = 1;
            for (int t = 0; t < groups.length; t++) {
                weight *= classes.weight(t, groups[t]);
            }
            if (tally.add(changes, weight)) {
                changes.keySet().forEach(kind -> where.get(kind).add(cls));
            }
        });
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return tally.report(space, classes.classes, elapsed, before, after, kind -> {
            List<long[]> boxes = new ArrayList<>();
            Set<Integer> none = Set.of();
            for (long cls : where.get(kind)) {
                int[] groups = classes.groupsOfClass(cls);
                List<List<long[]>> perType = new ArrayList<>();
                for (int t = 0; t < groups.length; t++) {
                    perType.add(classes.split(t, groups[t], none).get(0).masks(classes, t, new int[0]));
                }
                boxes.addAll(classes.boxes(perType));
            }
            return Examples.varied(classes.stride, boxes, EXAMPLES_PER_KIND);
        });
    }

    /**
     * Evaluates both playbooks on every built-in combination one by one; the same report as
     * {@link #compare(RecoveryAdvisor, RecoveryAdvisor)}, only slower. A reference for the classes,
     * and a baseline for the benchmark.
     */
    public static DiffReport compareEveryCombination(RecoveryAdvisor before, RecoveryAdvisor after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        return compareEveryCombination(Planner.of(before), Planner.of(after), space(before, after));
    }

    /**
     * The space a diff of these playbooks covers: the built-in facts and the facts either playbook declares: a fact both declare takes the
     * values of both; each playbook is given only the facts and values its own vocabulary takes.
     */
    public static InputSpace space(RecoveryAdvisor before, RecoveryAdvisor after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        java.util.Map<String, java.util.LinkedHashSet<Object>> declared = new java.util.LinkedHashMap<>();
        for (RecoveryAdvisor advisor : List.of(before, after)) {
            advisor.vocabulary().facts().forEach(fact -> declared.computeIfAbsent(fact.name(), n -> new java.util.LinkedHashSet<>())
                    .addAll(fact.representatives()));
        }
        InputSpace space = InputSpace.builtIn();
        for (java.util.Map.Entry<String, java.util.LinkedHashSet<Object>> fact : declared.entrySet()) {
            space = space.with(new InputSpace.Dimension(fact.getKey(), InputSpace.FACTS, List.copyOf(fact.getValue())));
        }
        return space;
    }

    /** Compares the plans of two planners on every combination of a space, one by one. */
    public static DiffReport compareEveryCombination(Planner before, Planner after, InputSpace space) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(space, "space");
        Tally tally = new Tally();
        Map<ChangeKind, ConcurrentLinkedQueue<Long>> where = new EnumMap<>(ChangeKind.class);
        for (ChangeKind kind : ChangeKind.values()) {
            where.put(kind, new ConcurrentLinkedQueue<>());
        }
        long start = System.nanoTime();
        LongStream.range(0, space.combinations()).parallel().forEach(index -> {
            InputSpace.Point point = space.point(index);
            Map<ChangeKind, List<DiffReport.Change>> changes = changes(before.plan(point.incident(), point.facts()),
                    after.plan(point.incident(), point.facts()));
            if (tally.add(changes, 1)) {
                changes.keySet().forEach(kind -> where.get(kind).add(index));
            }
        });
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return tally.report(space, space.combinations(), elapsed, before, after,
                kind -> Examples.varied(space, where.get(kind), EXAMPLES_PER_KIND));
    }

    /** The counts of a diff as it goes: how many combinations changed, by kind and by detail. */
    private static final class Tally {
        private final Map<ChangeKind, LongAdder> counts = new EnumMap<>(ChangeKind.class);
        private final Map<ChangeKind, ConcurrentHashMap<String, LongAdder>> details = new EnumMap<>(ChangeKind.class);
        private final LongAdder changed = new LongAdder();

        Tally() {
            for (ChangeKind kind : ChangeKind.values()) {
                counts.put(kind, new LongAdder());
                details.put(kind, new ConcurrentHashMap<>());
            }
        }

        /** Counts the changes of {@code combinations} combinations; whether there were any. */
        boolean add(Map<ChangeKind, List<DiffReport.Change>> changes, long combinations) {
            if (changes.isEmpty()) {
                return false;
            }
            changed.add(combinations);
            changes.forEach((kind, list) -> {
                counts.get(kind).add(combinations);
                list.forEach(c -> details.get(kind).computeIfAbsent(c.change(), k -> new LongAdder()).add(combinations));
            });
            return true;
        }

        DiffReport report(InputSpace space, long classes, Duration elapsed, Planner before, Planner after,
                          java.util.function.Function<ChangeKind, List<Long>> examplesOf) {
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
                List<DiffReport.Example> examples = examplesOf.apply(kind).stream()
                        .map(i -> {
                            InputSpace.Point point = space.point(i);
                            return new DiffReport.Example(point.incident(), changes(before.plan(point.incident(), point.facts()),
                                    after.plan(point.incident(), point.facts())).get(kind));
                        }).toList();
                kinds.put(kind, new DiffReport.KindSummary(n, top, examples));
            }
            return new DiffReport(space.combinations(), classes, changed.sum(), elapsed, kinds);
        }
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
