package dev.amends.testing.space;

import dev.amends.model.Event;
import dev.amends.model.Incident;

import java.time.Duration;
import java.util.List;

/**
 * What a {@link RevisionCheck} found.
 *
 * @param classes    how many classes of incidents were revised
 * @param revisions  how many revisions were checked: each class with each of its events
 * @param elapsed    how long it took
 * @param invariants each invariant with how many revisions broke it and the first few
 */
public record RevisionReport(long classes, long revisions, Duration elapsed, List<Result> invariants) {

    public RevisionReport {
        invariants = List.copyOf(invariants);
    }

    /** Whether every revision was made and every invariant held after each. */
    public boolean passed() {
        return invariants.stream().allMatch(r -> r.violations() == 0);
    }

    /** The report as {@code amends check --events} prints it. */
    public String describe() {
        return RevisionReportText.render(this);
    }

    /** The same text as {@link #describe()}. */
    @Override
    public String toString() {
        return describe();
    }

    /** One invariant's outcome: how many revisions broke it, and the first few. */
    public record Result(String name, long violations, List<Counterexample> examples) {
        public Result {
            examples = List.copyOf(examples);
        }
    }

    /** A revision that broke an invariant: the incident with its event, and what went wrong, naming the step. */
    public record Counterexample(Incident incident, Event event, String problem) {

        /** The incident's facts, the event and the problem, on one line. */
        @Override
        public String toString() {
            return InputSpace.describe(incident) + "; event: " + RevisionInvariants.describe(event) + "; problem: " + problem;
        }
    }
}
