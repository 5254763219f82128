package dev.amends.testing.space;

import dev.amends.model.Incident;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a playbook edit changed across the whole input space.
 *
 * @param combinations how many combinations the report covers
 * @param classes      how many classes of combinations that neither playbook's rules can tell apart
 *                     were evaluated, with both playbooks ({@code combinations} when each was
 *                     evaluated on its own)
 * @param changed      how many of them got a different plan
 * @param kinds        for each kind of change that occurred: how many combinations show it, the most
 *                     frequent details (such as "+ OFFER_REMEDY") with their counts, and a few examples
 */
public record DiffReport(long combinations, long classes, long changed, Duration elapsed, Map<ChangeKind, KindSummary> kinds) {

    public DiffReport {
        kinds = Map.copyOf(kinds);
    }

    /** A report of a diff that evaluated each combination on its own. */
    public DiffReport(long combinations, long changed, Duration elapsed, Map<ChangeKind, KindSummary> kinds) {
        this(combinations, combinations, changed, elapsed, kinds);
    }

    /**
     * The report as {@code amends diff} prints it: how many plans changed, then each kind of change
     * with its most frequent changes and a few examples (a wording change with its text before and
     * after, around the words that changed; a move with the step's places).
     */
    public String describe() {
        return DiffReportText.render(this);
    }

    /** The same text as {@link #describe()}. */
    @Override
    public String toString() {
        return describe();
    }

    /** One kind of change: how often, what exactly, and where. */
    public record KindSummary(long combinations, List<Detail> details, List<Example> examples) {
        public KindSummary {
            details = List.copyOf(details);
            examples = List.copyOf(examples);
        }
    }

    /** A specific change (such as "+ OFFER_REMEDY") and in how many combinations it occurs. */
    public record Detail(String change, long combinations) {
    }

    /** An incident whose plan changed, and the changes of this kind in it. */
    public record Example(Incident incident, List<Change> changes) {
        public Example {
            changes = List.copyOf(changes);
        }

        /** The incident's facts and the names of its changes, on one line. */
        @Override
        public String toString() {
            return InputSpace.describe(incident) + ": " + changes.stream().map(Change::change).collect(Collectors.joining(", "));
        }
    }

    /**
     * One change in an example's plan. {@code change} is its name, as the details count it
     * ("+ OFFER_REMEDY", "FIX wording", "TAKE_OWNERSHIP moved earlier"); {@code was} and {@code now} are
     * what the name leaves out: the step's wording before and after for a wording change, the step's
     * place ("step 5", "step 3") for a move. Both are empty where the name says it all.
     */
    public record Change(String change, String was, String now) {
        public Change {
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(was, "was");
            Objects.requireNonNull(now, "now");
        }

        /** A change whose name says it all, such as "+ OFFER_REMEDY" or "respond TODAY -> WITHIN_AN_HOUR". */
        public static Change named(String change) {
            return new Change(change, "", "");
        }
    }
}
