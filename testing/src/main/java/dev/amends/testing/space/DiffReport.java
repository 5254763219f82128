package dev.amends.testing.space;

import dev.amends.model.Incident;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a playbook edit changed across the whole input space.
 *
 * @param combinations how many incidents were evaluated with both playbooks
 * @param changed      how many of them got a different plan
 * @param kinds        for each kind of change that occurred: how many combinations show it, the most
 *                     frequent details (such as "+ OFFER_REMEDY") with their counts, and a few examples
 */
public record DiffReport(long combinations, long changed, Duration elapsed, Map<ChangeKind, KindSummary> kinds) {

    public DiffReport {
        kinds = Map.copyOf(kinds);
    }

    /**
     * The report as {@code amends diff} prints it: how many plans changed, then each kind of change
     * with its most frequent changes and a few examples (a wording change with its text before and after).
     */
    public String describe() {
        return DiffReportText.render(this);
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
    public record Example(Incident incident, List<String> changes) {
        public Example {
            changes = List.copyOf(changes);
        }
    }
}
