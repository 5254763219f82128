package dev.amends.testing.space;

import dev.amends.api.RecoveryAdvisor;
import dev.amends.compile.RuleReading;
import dev.amends.model.Incident;
import dev.amends.api.Avoidance;
import dev.amends.api.PlaybookVersion;
import dev.amends.api.RecoveryPlan;
import dev.amends.api.Step;
import dev.amends.model.Channel;
import dev.amends.model.Timing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * Evaluates a playbook on every combination of its inputs ({@link InputSpace}) and checks
 * invariants on each plan, on all cores.
 *
 * <pre>{@code
 * CheckReport report = WholeSpaceCheck.of(advisor)
 *         .invariant(Invariant.of("a fix in every plan", (incident, plan) -> plan.has(Action.FIX)).reading())
 *         .run();
 * }</pre>
 *
 * {@link #run()} evaluates each class of combinations that the rules cannot tell apart once
 * ({@link RuleReading}), and asks each invariant once for each part of a class that the facts it
 * reads tell apart; counts and examples are those of every combination.
 * {@link #runOnEveryCombination()} evaluates every combination one by one, and reports the same.
 */
public final class WholeSpaceCheck {

    /**
     * How many counterexamples a report keeps for each invariant: the first combination that breaks
     * it, then those that differ most from the ones kept.
     */
    public static final int EXAMPLES_PER_INVARIANT = 3;

    private final Planner planner;
    private final RuleReading reading;
    private InputSpace space;
    private boolean spaceGiven;
    private final List<Invariant> invariants = new ArrayList<>(Invariants.defaults());

    private WholeSpaceCheck(Planner planner, RuleReading reading, InputSpace space) {
        this.planner = planner;
        this.reading = reading;
        this.space = space;
    }

    /**
     * A check of this advisor's playbook against the default invariants, over the built-in facts and
     * the facts its vocabulary declares ({@link InputSpace#of}).
     */
    public static WholeSpaceCheck of(RecoveryAdvisor advisor) {
        Objects.requireNonNull(advisor, "advisor");
        return new WholeSpaceCheck(Planner.of(advisor), RuleReading.of(advisor), InputSpace.of(advisor.vocabulary()));
    }

    /**
     * A check of plans made some other way than by an advisor (a playbook whose facts an advisor does
     * not take yet), {@code reading} saying what its rules can tell apart.
     */
    public static WholeSpaceCheck of(Planner planner, RuleReading reading) {
        return new WholeSpaceCheck(Objects.requireNonNull(planner, "planner"), Objects.requireNonNull(reading, "reading"),
                InputSpace.builtIn());
    }

    /**
     * Checks this space instead of the built-in one, such as one with the organisation's own facts appended.
     *
     * @throws IllegalStateException if a space was already given: a check covers one space
     */
    public WholeSpaceCheck over(InputSpace space) {
        this.space = CheckSetup.onlySpace(space, spaceGiven);
        this.spaceGiven = true;
        return this;
    }

    /**
     * Adds an invariant of your own.
     *
     * @throws IllegalArgumentException if an invariant of the same name is already checked: a report names each once
     */
    public WholeSpaceCheck invariant(Invariant invariant) {
        Objects.requireNonNull(invariant, "invariant");
        CheckSetup.newName(invariant.name(), invariants.stream().map(Invariant::name));
        invariants.add(invariant);
        return this;
    }

    /** Evaluates each class of combinations the rules cannot tell apart once, and reports on every combination. */
    public CheckReport run() {
        List<Invariant> checks = List.copyOf(invariants);
        long start = System.nanoTime();
        Classes classes = new Classes(space, reading);
        List<Set<Integer>> reads = checks.stream().map(this::dims).toList();
        List<Set<Integer>> distinctReads = reads.stream().distinct().toList();
        int[] readsIndex = reads.stream().mapToInt(distinctReads::indexOf).toArray();
        List<LongAdder> violations = checks.stream().map(c -> new LongAdder()).toList();
        List<ConcurrentLinkedQueue<int[]>> broken = new ArrayList<>();
        checks.forEach(c -> broken.add(new ConcurrentLinkedQueue<>()));
        Set<Long> signatures = ConcurrentHashMap.newKeySet();
        AtomicLong shortest = new AtomicLong(Long.MAX_VALUE);
        AtomicLong longest = new AtomicLong(Long.MIN_VALUE);
        long last = space.combinations() - 1;
        int types = classes.types.size();
        int[][][] readDims = new int[distinctReads.size()][types][];
        int[][][] readHere = new int[distinctReads.size()][types][];
        // The parts of the groups of the other fact types, weighed once each: a group is met again in every group of
        // the first type it combines with. Read and written without a lock: a part list is made whole before it is
        // stored (its fields are final), and two threads that weigh the same group store equal ones.
        Classes.Weighed[][][] weighed = new Classes.Weighed[distinctReads.size()][types][];
        boolean[] readsNothing = new boolean[distinctReads.size()];
        for (int r = 0; r < distinctReads.size(); r++) {
            readsNothing[r] = true;
            for (int t = 0; t < types; t++) {
                readDims[r][t] = classes.readDims(t, distinctReads.get(r));
                readHere[r][t] = classes.readHere(t, distinctReads.get(r));
                weighed[r][t] = t == 0 ? null : new Classes.Weighed[classes.groupsOf.get(t).size()];
                readsNothing[r] &= readDims[r][t].length == 0;
            }
        }

        // The parts of the first fact type's groups are kept only while a thread works on classes of that group
        // (a group's classes are numbered one after another): a group of the incident is rarely met again, and
        // keeping every one would hold millions of lists. They are kept by thread in this run's own map, which goes when the
        // run ends (a ThreadLocal would leave each pool thread holding its last parts after it).
        Map<Thread, PartsOfGroup> firstParts = new ConcurrentHashMap<>();
        LongStream.range(0, classes.classes).parallel().forEach(cls -> {
            int[] groups = classes.groupsOfClass(cls);
            PartsOfGroup firstGroup = firstParts.computeIfAbsent(Thread.currentThread(), thread -> new PartsOfGroup(distinctReads.size()));
            firstGroup.enter(classes, groups[0]);
            int[] first = new int[space.dimensions().size()];
            classes.first(groups, first);
            InputSpace.Point point = space.point(first);
            RecoveryPlan plan = planner.plan(point.incident(), point.facts());
            signatures.add(PlanSignature.of(plan));
            // Invariants that read the same facts ask about the same parts of the class: each part's incident is made once.
            Map<Long, Incident> partIncidents = new HashMap<>();
            long steps = plan.steps().size();
            long index = classes.index(first);
            shortest.accumulateAndGet(pack(steps, index), Math::min);
            longest.accumulateAndGet(pack(steps, last - index), Math::max);
            for (int c = 0; c < checks.size(); c++) {
                int r = readsIndex[c];
                if (readsNothing[r]) {
                    // The verdict is the plan's alone: one question for the whole class.
                    if (checks.get(c).violation(point.incident(), plan).isPresent()) {
                        long weight = 1;
                        int[] where = new int[2 * types];
                        for (int t = 0; t < types; t++) {
                            weight *= classes.weight(t, groups[t]);
                            where[2 * t] = groups[t];
                        }
                        violations.get(c).add(weight);
                        broken.get(c).add(where);
                    }
                    continue;
                }
                Classes.Weighed[] perType = new Classes.Weighed[types];
                perType[0] = firstGroup.of(r, cells -> classes.weigh(0, cells, readHere[r][0]));
                for (int t = 1; t < types; t++) {
                    Classes.Weighed known = weighed[r][t][groups[t]];
                    if (known == null) {
                        known = classes.weigh(t, classes.cells(t, groups[t]), readHere[r][t]);
                        weighed[r][t][groups[t]] = known;
                    }
                    perType[t] = known;
                }
                check(checks.get(c), plan, point, first, perType, readDims[r], violations.get(c), broken.get(c), groups, partIncidents);
            }
        });
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        List<CheckReport.InvariantResult> results = new ArrayList<>();
        for (int c = 0; c < checks.size(); c++) {
            Invariant invariant = checks.get(c);
            int r = readsIndex[c];
            // The parts in full, cells and all, only where the invariant broke: split() gives them in weigh()'s order.
            Map<Long, List<Classes.Part>> parts = new HashMap<>();
            List<long[]> boxes = boxes(classes, broken.get(c), reads.get(c),
                    (t, group) -> parts.computeIfAbsent(((long) (r * types + t) << 32) | group,
                            k -> classes.split(t, group, distinctReads.get(r))));
            List<CheckReport.Counterexample> examples = Examples.varied(classes.stride, boxes, EXAMPLES_PER_INVARIANT).stream()
                    .map(i -> counterexample(invariant, space.point(i))).toList();
            results.add(new CheckReport.InvariantResult(invariant.name(), violations.get(c).sum(), examples));
        }
        return new CheckReport(space.combinations(), classes.classes, elapsed, results, signatures.size(),
                extreme(shortest.get(), false), extreme(longest.get(), true));
    }

    /**
     * Asks one invariant about each part of a class that the facts it reads tell apart; counts the
     * combinations of the parts it breaks and notes them as the group and part of each fact type.
     */
    private void check(Invariant invariant, RecoveryPlan plan, InputSpace.Point point, int[] first,
                       Classes.Weighed[] perType, int[][] readDims, LongAdder violations,
                       Collection<int[]> broken, int[] groups, Map<Long, Incident> partIncidents) {
        int types = perType.length;
        int[] at = new int[types];
        int[] values = first.clone();
        while (true) {
            long weight = 1;
            boolean same = true;
            for (int t = 0; t < types; t++) {
                Classes.Weighed parts = perType[t];
                int[] partValues = parts.values()[at[t]];
                int[] dims = readDims[t];
                for (int k = 0; k < dims.length; k++) {
                    values[dims[k]] = partValues[k];
                    same &= values[dims[k]] == first[dims[k]];
                }
                weight *= parts.weights()[at[t]];
            }
            Incident incident = same ? point.incident()
                    : partIncidents.computeIfAbsent(space.index(values), index -> space.point(values).incident());
            if (invariant.violation(incident, withIncident(plan, incident)).isPresent()) {
                violations.add(weight);
                int[] where = new int[2 * types];
                for (int t = 0; t < types; t++) {
                    where[2 * t] = groups[t];
                    where[2 * t + 1] = at[t];
                }
                broken.add(where);
            }
            int t = 0;
            while (t < types && ++at[t] == perType[t].size()) {
                at[t] = 0;
                t++;
            }
            if (t == types) {
                return;
            }
        }
    }

    /** The boxes of combinations where an invariant broke, each noted as the group and part of each fact type. */
    private static List<long[]> boxes(Classes classes, Collection<int[]> broken, Set<Integer> read,
                                      java.util.function.BiFunction<Integer, Integer, List<Classes.Part>> partsOf) {
        List<long[]> boxes = new ArrayList<>();
        for (int[] where : broken) {
            List<List<long[]>> perType = new ArrayList<>();
            for (int t = 0; t < where.length / 2; t++) {
                Classes.Part part = partsOf.apply(t, where[2 * t]).get(where[2 * t + 1]);
                perType.add(part.masks(classes, t, classes.readHere(t, read)));
            }
            boxes.addAll(classes.boxes(perType));
        }
        return boxes;
    }

    /** The dimensions an invariant reads: those it names, or every one. */
    private Set<Integer> dims(Invariant invariant) {
        Optional<Set<String>> names = invariant.reads();
        if (names.isEmpty()) {
            return IntStream.range(0, space.dimensions().size()).boxed().collect(Collectors.toUnmodifiableSet());
        }
        List<InputSpace.Dimension> dimensions = space.dimensions();
        List<String> known = dimensions.stream().flatMap(d -> d.fields().stream()).toList();
        for (String name : names.get()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("invariant \"" + invariant.name() + "\" reads " + name
                        + ", which is not a fact of the space; facts: " + String.join(", ", known));
            }
        }
        // A fact carried with others (otherKind, with the mistake) is read through the dimension that carries them.
        return IntStream.range(0, dimensions.size()).filter(d -> dimensions.get(d).fields().stream().anyMatch(names.get()::contains))
                .boxed().collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Evaluates every combination one by one and reports; the same report as {@link #run()}, only
     * slower. A reference for the classes, and a baseline for the benchmark.
     */
    public CheckReport runOnEveryCombination() {
        List<Invariant> checks = List.copyOf(invariants);
        List<ConcurrentLinkedQueue<Long>> broken = new ArrayList<>();
        checks.forEach(c -> broken.add(new ConcurrentLinkedQueue<>()));
        Set<Long> signatures = ConcurrentHashMap.newKeySet();
        AtomicLong shortest = new AtomicLong(Long.MAX_VALUE);
        AtomicLong longest = new AtomicLong(Long.MIN_VALUE);
        long last = space.combinations() - 1;

        long start = System.nanoTime();
        LongStream.range(0, space.combinations()).parallel().forEach(index -> {
            InputSpace.Point point = space.point(index);
            RecoveryPlan plan = planner.plan(point.incident(), point.facts());
            for (int c = 0; c < checks.size(); c++) {
                if (checks.get(c).violation(point.incident(), plan).isPresent()) {
                    broken.get(c).add(index);
                }
            }
            signatures.add(PlanSignature.of(plan));
            long steps = plan.steps().size();
            shortest.accumulateAndGet(pack(steps, index), Math::min);
            longest.accumulateAndGet(pack(steps, last - index), Math::max);
        });
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        List<CheckReport.InvariantResult> results = new ArrayList<>();
        for (int c = 0; c < checks.size(); c++) {
            Invariant invariant = checks.get(c);
            List<CheckReport.Counterexample> examples = Examples.varied(space, broken.get(c), EXAMPLES_PER_INVARIANT).stream()
                    .map(i -> counterexample(invariant, space.point(i))).toList();
            results.add(new CheckReport.InvariantResult(invariant.name(), broken.get(c).size(), examples));
        }
        return new CheckReport(space.combinations(), space.combinations(), elapsed, results, signatures.size(),
                extreme(shortest.get(), false), extreme(longest.get(), true));
    }

    private CheckReport.Counterexample counterexample(Invariant invariant, InputSpace.Point point) {
        Optional<String> why = invariant.violation(point.incident(), planner.plan(point.incident(), point.facts()));
        return new CheckReport.Counterexample(point.incident(), why.orElse("(it held when evaluated again)"));
    }

    /** The plan as made for another incident of its class, which gets the same plan. */
    private static RecoveryPlan withIncident(RecoveryPlan plan, Incident incident) {
        return plan.incident() == incident ? plan : new MadeForItsClass(incident, plan);
    }

    /** A plan made for one incident of a class, read as the plan of another incident of that class. */
    private record MadeForItsClass(Incident incident, RecoveryPlan made) implements RecoveryPlan {

        @Override
        public List<Step> steps() {
            return made.steps();
        }

        @Override
        public List<Avoidance> avoid() {
            return made.avoid();
        }

        @Override
        public Timing respondWithin() {
            return made.respondWithin();
        }

        @Override
        public Channel channel() {
            return made.channel();
        }

        @Override
        public PlaybookVersion playbook() {
            return made.playbook();
        }
    }

    /** Packs a step count with a combination's number (inverted for the maximum) so that min and max pick the first of that length. */
    private static long pack(long steps, long index) {
        return (steps << 43) | index;
    }

    private CheckReport.Extreme extreme(long packed, boolean invertedIndex) {
        int steps = (int) (packed >>> 43);
        long index = packed & ((1L << 43) - 1);
        return new CheckReport.Extreme(steps, space.incident(invertedIndex ? space.combinations() - 1 - index : index));
    }

    /**
     * One group of the first fact type: its cells, and its parts for each set of dimensions invariants read,
     * as far as asked.
     */
    private static final class PartsOfGroup {
        private int group = -1;
        private int[][] cells;
        private final Classes.Weighed[] byRead;

        PartsOfGroup(int reads) {
            byRead = new Classes.Weighed[reads];
        }

        /** Makes this the group the thread works on, forgetting the last one's parts. */
        void enter(Classes classes, int group) {
            if (group != this.group) {
                java.util.Arrays.fill(byRead, null);
                this.group = group;
                this.cells = classes.cells(0, group);
            }
        }

        Classes.Weighed of(int read, java.util.function.Function<int[][], Classes.Weighed> weigh) {
            Classes.Weighed parts = byRead[read];
            if (parts == null) {
                parts = weigh.apply(cells);
                byRead[read] = parts;
            }
            return parts;
        }
    }
}
