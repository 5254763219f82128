package dev.amends.testing.space;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How a check report reads from Java, on reports made by hand (no check runs here). */
class CheckReportTest {

    private static final String FIRST = "mistake=WRONG_PRODUCT faultOwner=REP severity=LOW relationship=NEW detectedBy=REP "
            + "customerMood=CALM priorOccurrences=0";

    @Test
    void aCounterexamplePrintsAsTheIncidentsFactsAndTheProblem() {
        CheckReport.Counterexample example = new CheckReport.Counterexample(InputSpace.at(1), "no ROUTE_COMPLAINT step");

        assertThat(example).hasToString(FIRST + " patientImpact; problem: no ROUTE_COMPLAINT step");
    }

    @Test
    void anExtremePrintsAsItsLengthAndIncident() {
        assertThat(new CheckReport.Extreme(3, InputSpace.at(0))).hasToString("3 steps, first for " + FIRST);
    }

    @Test
    void anInvariantThatHeldIsDescribedAsOk() {
        assertThat(new CheckReport.InvariantResult("follow-up comes last", 0, List.of()).describe())
                .isEqualTo("  ok        follow-up comes last\n");
    }

    @Test
    void aViolatedInvariantIsDescribedWithItsCounterexamplesAndHowManyMore() {
        CheckReport.InvariantResult routed = new CheckReport.InvariantResult("complaints are routed", 10,
                List.of(new CheckReport.Counterexample(InputSpace.at(1), "no ROUTE_COMPLAINT step")));

        assertThat(routed.describe()).isEqualTo("""
                  VIOLATED (10 combinations)  complaints are routed
                      %s patientImpact
                        problem: no ROUTE_COMPLAINT step
                      (and 9 more)
                """.formatted(FIRST));
    }

    @Test
    void aReportPrintsAsTheCommandLineShowsIt() {
        CheckReport.Extreme extreme = new CheckReport.Extreme(3, InputSpace.at(0));
        CheckReport report = new CheckReport(InputSpace.size(), Duration.ofMillis(12_345),
                List.of(new CheckReport.InvariantResult("follow-up comes last", 0, List.of())), 1, extreme, extreme);

        assertThat(report).as("toString, as describe()").hasToString("""
                Evaluated 7,741,440 combinations in 12.3 s.

                Invariants:
                  ok        follow-up comes last

                Plans:
                  distinct plans: 1
                  shortest: 3 steps, first for %1$s
                  longest: 3 steps, first for %1$s

                No invariant violated (1 invariant checked).
                """.formatted(FIRST));
    }
}
