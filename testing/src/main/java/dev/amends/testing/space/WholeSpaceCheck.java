package dev.amends.testing.space;

import dev.amends.engine.RecoveryAdvisor;
import dev.amends.model.Incident;
import dev.amends.model.RecoveryPlan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Evaluates a playbook on every combination of its inputs ({@link InputSpace}) and checks
 * invariants on each plan, on all cores.
 *
 * <pre>{@code
 * CheckReport report = WholeSpaceCheck.of(advisor)
 *         .invariant(Invariant.of("a fix in every plan", (incident, plan) -> plan.has(Action.FIX)))
 *         .run();
 * }</pre>
 */
public final class WholeSpaceCheck {

    /**
     * How many counterexamples a report keeps for each invariant: the first combination that breaks
     * it, then those that differ most from the ones kept.
     */
    public static final int EXAMPLES_PER_INVARIANT = 3;

    private final RecoveryAdvisor advisor;
    private final List<Invariant> invariants = new ArrayList<>(Invariants.defaults());

    private WholeSpaceCheck(RecoveryAdvisor advisor) {
        this.advisor = advisor;
    }

    /** A check of this advisor's playbook against the default invariants. */
    public static WholeSpaceCheck of(RecoveryAdvisor advisor) {
        return new WholeSpaceCheck(Objects.requireNonNull(advisor, "advisor"));
    }

    /** Adds an invariant of your own. */
    public WholeSpaceCheck invariant(Invariant invariant) {
        invariants.add(Objects.requireNonNull(invariant, "invariant"));
        return this;
    }

    /** Evaluates every combination and reports. */
    public CheckReport run() {
        List<Invariant> checks = List.copyOf(invariants);
        List<ConcurrentLinkedQueue<Integer>> broken = new ArrayList<>();
        checks.forEach(c -> broken.add(new ConcurrentLinkedQueue<>()));
        Set<Long> signatures = ConcurrentHashMap.newKeySet();
        AtomicLong shortest = new AtomicLong(Long.MAX_VALUE);
        AtomicLong longest = new AtomicLong(Long.MIN_VALUE);

        long start = System.nanoTime();
        IntStream.range(0, InputSpace.size()).parallel().forEach(index -> {
            Incident incident = InputSpace.at(index);
            RecoveryPlan plan = advisor.recommend(incident);
            for (int c = 0; c < checks.size(); c++) {
                if (checks.get(c).violation(incident, plan).isPresent()) {
                    broken.get(c).add(index);
                }
            }
            signatures.add(PlanSignature.of(plan));
            long steps = plan.steps().size();
            shortest.accumulateAndGet(pack(steps, index), Math::min);
            longest.accumulateAndGet(pack(steps, Integer.MAX_VALUE - index), Math::max);
        });
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        List<CheckReport.InvariantResult> results = new ArrayList<>();
        for (int c = 0; c < checks.size(); c++) {
            Invariant invariant = checks.get(c);
            List<CheckReport.Counterexample> examples = InputSpace.varied(broken.get(c), EXAMPLES_PER_INVARIANT).stream()
                    .map(i -> {
                        Incident incident = InputSpace.at(i);
                        Optional<String> why = invariant.violation(incident, advisor.recommend(incident));
                        return new CheckReport.Counterexample(incident, why.orElse("(it held when evaluated again)"));
                    }).toList();
            results.add(new CheckReport.InvariantResult(invariant.name(), broken.get(c).size(), examples));
        }
        return new CheckReport(InputSpace.size(), elapsed, results, signatures.size(),
                extreme(shortest.get(), false), extreme(longest.get(), true));
    }

    /** Packs a step count with an index (inverted for the maximum) so that min and max pick the first incident of that length. */
    private static long pack(long steps, int index) {
        return (steps << 32) | (index & 0xffffffffL);
    }

    private static CheckReport.Extreme extreme(long packed, boolean invertedIndex) {
        int steps = (int) (packed >> 32);
        int index = (int) packed;
        return new CheckReport.Extreme(steps, InputSpace.at(invertedIndex ? Integer.MAX_VALUE - index : index));
    }
}
