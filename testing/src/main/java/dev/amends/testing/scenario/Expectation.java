package dev.amends.testing.scenario;

import dev.amends.api.RecoveryPlan;

import java.util.Optional;

/** One {@code expect:} line of a scenario: a check on a plan. */
public interface Expectation {

    /** The expectation as written in the file. */
    String text();

    /** The line it was written on. */
    int line();

    /** Why the plan fails this expectation, or empty when it holds. */
    Optional<String> violation(RecoveryPlan plan);
}
