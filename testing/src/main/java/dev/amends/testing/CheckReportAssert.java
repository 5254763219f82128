package dev.amends.testing;

import dev.amends.testing.space.CheckReport;
import org.assertj.core.api.AbstractAssert;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * AssertJ assertions on a whole-space check. A failure shows the report as {@code amends check}
 * prints it: each violated invariant with how often and a few counterexamples. Start with
 * {@link AmendsAssertions#assertThat(CheckReport)}.
 */
public final class CheckReportAssert extends AbstractAssert<CheckReportAssert, CheckReport> {

    CheckReportAssert(CheckReport actual) {
        super(actual, CheckReportAssert.class);
    }

    /** Every invariant held for every combination. */
    public CheckReportAssert holdsEverywhere() {
        isNotNull();
        if (!actual.passed()) {
            failWithMessage("Expected every invariant to hold everywhere, but:%n%s", actual.describe());
        }
        return this;
    }

    /** The invariant of this name was checked and held for every combination. */
    public CheckReportAssert holdsEverywhere(String invariant) {
        isNotNull();
        Optional<CheckReport.InvariantResult> result = actual.invariants().stream()
                .filter(r -> r.name().equals(invariant)).findFirst();
        if (result.isEmpty()) {
            failWithMessage("Expected an invariant named \"%s\", but the check had only:%n%s", invariant,
                    actual.invariants().stream().map(r -> "  " + r.name()).collect(Collectors.joining("\n")));
        } else if (result.get().violations() > 0) {
            failWithMessage("Expected \"%s\" to hold everywhere, but it was violated:%n%s", invariant, actual.describe());
        }
        return this;
    }
}
