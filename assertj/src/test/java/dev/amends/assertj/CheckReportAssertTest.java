package dev.amends.assertj;

import dev.amends.model.CustomerMood;
import dev.amends.model.Incident;
import dev.amends.testing.space.CheckReport;
import dev.amends.testing.space.InputSpace;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.amends.assertj.AmendsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Assertions on a whole-space check, on reports made by hand (no check runs here). */
class CheckReportAssertTest {

    private static final CheckReport.InvariantResult HELD =
            new CheckReport.InvariantResult("follow-up comes last", 0, List.of());

    private static final CheckReport.InvariantResult ANGRY = new CheckReport.InvariantResult(
            "an angry customer is thanked first", 168_960, List.of(
            new CheckReport.Counterexample(firstAngry(), "the first words are TAKE_OWNERSHIP")));

    private static final CheckReport.InvariantResult ROUTED = new CheckReport.InvariantResult(
            "complaints are routed whenever a patient may be affected", 253_440, List.of(
            new CheckReport.Counterexample(InputSpace.at(1), "no ROUTE_COMPLAINT step")));

    private static Incident firstAngry() {
        return InputSpace.all().filter(i -> i.customerMood() == CustomerMood.ANGRY).findFirst().orElseThrow();
    }

    private static CheckReport report(CheckReport.InvariantResult... invariants) {
        CheckReport.Extreme extreme = new CheckReport.Extreme(3, InputSpace.at(0));
        return new CheckReport(InputSpace.size(), Duration.ofSeconds(12), List.of(invariants), 2, extreme, extreme);
    }

    @Test
    void aReportWhoseInvariantsAllHeldPasses() {
        assertThat(report(HELD)).holdsEverywhere();
    }

    @Test
    void aViolationFailsListingEachViolatedInvariantWithItsCounterexamples() {
        assertThatThrownBy(() -> assertThat(report(HELD, ANGRY, ROUTED)).holdsEverywhere())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected every invariant to hold everywhere, but 2 of 3 were violated:")
                .hasMessageContaining("  VIOLATED (168,960 combinations)  an angry customer is thanked first\n"
                        + "      mistake=WRONG_PRODUCT faultOwner=REP severity=LOW relationship=NEW detectedBy=REP "
                        + "customerMood=ANGRY priorOccurrences=0\n"
                        + "        problem: the first words are TAKE_OWNERSHIP\n"
                        + "      (and 168,959 more)\n")
                .hasMessageContaining("  VIOLATED (253,440 combinations)  complaints are routed whenever a patient may be affected");
    }

    @Test
    void aViolationFailureLeavesOutTheInvariantsThatHeld() {
        assertThatThrownBy(() -> assertThat(report(HELD, ANGRY)).holdsEverywhere())
                .hasMessageContaining("but 1 of 2 was violated:")
                .message().doesNotContain("follow-up comes last", "Plans:");
    }

    @Test
    void anAssertionOnOneInvariantPassesWhenItHeldThoughOthersWereViolated() {
        assertThat(report(HELD, ANGRY)).holdsEverywhere("follow-up comes last");
    }

    @Test
    void anAssertionOnOneInvariantFailsWithItsCounterexamplesAlone() {
        assertThatThrownBy(() -> assertThat(report(HELD, ANGRY, ROUTED)).holdsEverywhere("an angry customer is thanked first"))
                .hasMessageStartingWith("Expected \"an angry customer is thanked first\" to hold everywhere, but it was violated:")
                .hasMessageContaining("problem: the first words are TAKE_OWNERSHIP")
                .message().as("the other violated invariant").doesNotContain("ROUTE_COMPLAINT");
    }

    @Test
    void anAssertionOnAnInvariantThatWasNotCheckedFailsListingThoseThatWere() {
        assertThatThrownBy(() -> assertThat(report(HELD, ANGRY)).holdsEverywhere("no typos"))
                .hasMessageStartingWith("Expected an invariant named \"no typos\", but the check had only:")
                .hasMessageContaining("  follow-up comes last")
                .hasMessageContaining("  an angry customer is thanked first");
    }
}
