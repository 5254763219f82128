package dev.amends.testing.scenario;

import dev.amends.api.RecoveryPlan;

import java.util.Optional;

/** One {@code expect:} line of a scenario: a check on a plan. */
public interface Expectation {

    /** The expectation as written in the file. */
    String text();

    /** The line it was written on. */
    int line();

    /**
     * How many of the scenario's events are written above it: it checks the plan revised by those, and
     * none after them.
     */
    default int afterEvents() {
        return 0;
    }

    /** Why the plan fails this expectation, or empty when it holds. */
    Optional<String> violation(RecoveryPlan plan);
}
