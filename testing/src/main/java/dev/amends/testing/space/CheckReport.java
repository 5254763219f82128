package dev.amends.testing.space;

import dev.amends.model.Incident;

import java.time.Duration;
import java.util.List;

/**
 * What a whole-space check found.
 *
 * @param combinations  how many combinations the report covers
 * @param classes       how many classes of combinations the rules cannot tell apart were evaluated,
 *                      one plan each ({@code combinations} when each was evaluated on its own)
 * @param elapsed       how long it took
 * @param invariants    each invariant with how often it was broken and a few counterexamples
 * @param distinctPlans how many different plans the space yields
 * @param shortest      the fewest steps any plan has, with the first incident that gets it
 * @param longest       the most steps any plan has, with the first incident that gets it
 */
public record CheckReport(
        long combinations,
        long classes,
        Duration elapsed,
        List<InvariantResult> invariants,
        long distinctPlans,
        Extreme shortest,
        Extreme longest) {

    public CheckReport {
        invariants = List.copyOf(invariants);
    }

    /** A report of a check that evaluated each combination on its own. */
    public CheckReport(long combinations, Duration elapsed, List<InvariantResult> invariants, long distinctPlans,
                       Extreme shortest, Extreme longest) {
        this(combinations, combinations, elapsed, invariants, distinctPlans, shortest, longest);
    }

    /**
     * The report as {@code amends check} prints it: how many combinations in how long, each
     * invariant as {@code ok} or {@code VIOLATED} with its counterexamples, and the distribution of plans.
     */
    public String describe() {
        return CheckReportText.render(this);
    }

    /** The same text as {@link #describe()}. */
    @Override
    public String toString() {
        return describe();
    }

    /** Whether every invariant held everywhere. */
    public boolean passed() {
        return invariants.stream().allMatch(r -> r.violations() == 0);
    }

    /** One invariant's outcome. */
    public record InvariantResult(String name, long violations, List<Counterexample> examples) {
        public InvariantResult {
            examples = List.copyOf(examples);
        }

        /**
         * This invariant as the report lists it: {@code ok} and its name, or {@code VIOLATED}, in how
         * many combinations, and its name, then each counterexample's facts and problem, and how many more.
         */
        public String describe() {
            return CheckReportText.invariant(this);
        }
    }

    /** An incident whose plan broke an invariant, and why. */
    public record Counterexample(Incident incident, String problem) {

        /** The incident's facts and the problem, on one line. */
        @Override
        public String toString() {
            return InputSpace.describe(incident) + "; problem: " + problem;
        }
    }

    /** A plan length and the first incident in the space that has it. */
    public record Extreme(int steps, Incident incident) {

        /** {@code 3 steps, first for mistake=... faultOwner=...}. */
        @Override
        public String toString() {
            return Figures.count(steps, "step", "steps") + ", first for " + InputSpace.describe(incident);
        }
    }
}
