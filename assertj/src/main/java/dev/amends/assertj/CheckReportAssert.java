package dev.amends.assertj;

import dev.amends.testing.space.CheckReport;
import org.assertj.core.api.AbstractAssert;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * AssertJ assertions on a whole-space check. A failure lists each violated invariant as
 * {@code amends check} prints it: how often, and a few counterexamples, each an incident's facts and
 * the problem. Start with {@link AmendsAssertions#assertThat(CheckReport)}.
 */
public final class CheckReportAssert extends AbstractAssert<CheckReportAssert, CheckReport> {

    CheckReportAssert(CheckReport actual) {
        super(actual, CheckReportAssert.class);
    }

    /**
     * Every invariant held for every combination.
     *
     * @return this, for more assertions on the check
     */
    public CheckReportAssert holdsEverywhere() {
        isNotNull();
        List<CheckReport.InvariantResult> violated = actual.invariants().stream().filter(r -> r.violations() > 0).toList();
        if (!violated.isEmpty()) {
            failWithMessage("Expected every invariant to hold everywhere, but %d of %d %s violated:%n%s",
                    violated.size(), actual.invariants().size(), violated.size() == 1 ? "was" : "were",
                    violated.stream().map(CheckReport.InvariantResult::describe).collect(Collectors.joining()));
        }
        return this;
    }

    /**
     * The invariant of this name was checked and held for every combination.
     *
     * @param invariant the invariant's name
     * @return this, for more assertions on the check
     */
    public CheckReportAssert holdsEverywhere(String invariant) {
        isNotNull();
        Optional<CheckReport.InvariantResult> result = actual.invariants().stream()
                .filter(r -> r.name().equals(invariant)).findFirst();
        if (result.isEmpty()) {
            failWithMessage("Expected an invariant named \"%s\", but the check had only:%n%s", invariant,
                    actual.invariants().stream().map(r -> "  " + r.name()).collect(Collectors.joining("\n")));
        } else if (result.get().violations() > 0) {
            failWithMessage("Expected \"%s\" to hold everywhere, but it was violated:%n%s", invariant, result.get().describe());
        }
        return this;
    }
}
