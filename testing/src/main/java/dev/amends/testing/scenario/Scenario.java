package dev.amends.testing.scenario;

import dev.amends.model.Incident;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scenario of a scenario file: an incident, what happened since it was reported, and what its plan
 * must and must not contain as those events revise it.
 *
 * @param name         what the scenario checks, as a person would say it
 * @param file         the file it was read from
 * @param line         the line of its {@code scenario:} header
 * @param incident     the facts given, with every event of the scenario
 * @param expectations what the plan must satisfy, in the order written; each checks the plan revised by the
 *                     events written above it ({@link Expectation#afterEvents()})
 * @param eventLines   the line of each of the incident's events, in the same order
 */
public record Scenario(String name, String file, int line, Incident incident, List<Expectation> expectations,
                       List<Integer> eventLines) {

    private static final Pattern EVENT_FIELD = Pattern.compile("events\\[(\\d+)].*");

    public Scenario {
        expectations = List.copyOf(expectations);
        eventLines = List.copyOf(eventLines);
    }

    /** A scenario without events. */
    public Scenario(String name, String file, int line, Incident incident, List<Expectation> expectations) {
        this(name, file, line, incident, expectations, List.of());
    }

    /** The line of the event an incident's field names ({@code events[2].action}), if it names one. */
    static Optional<Integer> eventLine(String field, List<Integer> eventLines) {
        Matcher m = EVENT_FIELD.matcher(field == null ? "" : field);
        if (!m.matches()) {
            return Optional.empty();
        }
        int index = Integer.parseInt(m.group(1));
        return index < eventLines.size() ? Optional.of(eventLines.get(index)) : Optional.empty();
    }
}
