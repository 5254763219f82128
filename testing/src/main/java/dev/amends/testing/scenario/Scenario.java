package dev.amends.testing.scenario;

import dev.amends.model.Incident;

import java.util.List;

/**
 * One scenario of a scenario file: an incident, and what its plan must and must not contain.
 *
 * @param name         what the scenario checks, as a person would say it
 * @param file         the file it was read from
 * @param line         the line of its {@code scenario:} header
 * @param incident     the facts given
 * @param expectations what the plan must satisfy, in the order written
 */
public record Scenario(String name, String file, int line, Incident incident, List<Expectation> expectations) {

    public Scenario {
        expectations = List.copyOf(expectations);
    }
}
