package dev.amends.testing.scenario;

import dev.amends.vocabulary.DeclaredFact;
import dev.amends.vocabulary.PlaybookVocabulary;
import dev.amends.model.Incident;
import dev.amends.model.InvalidIncidentException;
import dev.amends.model.Vocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the scenario format: a {@code scenario:} header, then the incident's facts as
 * {@code field: value} lines and the checks as {@code expect: ...} lines. {@code event: ...} lines add
 * what happened since the report, in time order; each {@code expect:} line checks the plan as revised
 * by the events written above it. Blank lines and lines
 * starting with {@code #} are ignored; indentation is free. Reading goes on past a problem, so
 * that every problem of a file is reported at once: a line with a problem is skipped, and a
 * malformed header still starts a scenario. A problem that only follows from another is not
 * reported: a required fact given on a line with a problem, or misspelled, is not also missing.
 */
final class ScenarioParser {

    /** A line meant as a scenario's header, well written or not: its first word is "scenario" in any case. */
    private static final Pattern HEADER = Pattern.compile("(?i)(scenarios?)\\b\\s*(:?)\\s*(.*)");

    private final String file;
    private final List<Scenario> scenarios = new ArrayList<>();
    private final List<ScenarioFileException.Problem> problems = new ArrayList<>();
    private final Map<String, Integer> scenarioLines = new HashMap<>();
    private String name;
    private int headerLine;
    /** Whether a line of the current scenario has a problem; it is then not built, as a fact may be missing for that reason. */
    private boolean faulty;
    /** Whether an {@code expect:} line of the current scenario has a problem; having none is then no problem of its own. */
    private boolean faultyExpectation;
    private Incident.Builder incident;
    private Map<String, Integer> factLines;
    /** The facts that the current scenario's misspelled fact names most likely meant: their own problem says so. */
    private Set<String> misspelledFacts;
    private List<Expectation> expectations;
    /** The line of each event of the current scenario, in order. */
    private List<Integer> eventLines;

    private final PlaybookVocabulary vocabulary;

    private ScenarioParser(String file, PlaybookVocabulary vocabulary) {
        this.file = file;
        this.vocabulary = vocabulary;
    }

    /**
     * The scenarios of one file.
     *
     * @throws ScenarioFileException listing every problem of the file
     */
    static List<Scenario> parse(String file, String text, PlaybookVocabulary vocabulary) {
        ScenarioParser parser = new ScenarioParser(file, vocabulary);
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            parser.line(lines[i].strip(), i + 1);
        }
        parser.finish();
        if (parser.problems.isEmpty() && parser.scenarios.isEmpty()) {
            parser.problem(0, "holds no scenario; start one with a line \"scenario: <what it checks>\"");
        }
        if (!parser.problems.isEmpty()) {
            parser.problems.sort(Comparator.comparingInt(ScenarioFileException.Problem::line));
            throw new ScenarioFileException(parser.problems);
        }
        return List.copyOf(parser.scenarios);
    }

    private void line(String line, int number) {
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        Matcher header = HEADER.matcher(line);
        if (header.matches()) {
            start(header, line, number);
            return;
        }
        int colon = line.indexOf(':');
        if (colon < 0) {
            problem(number, "expected \"scenario: <name>\", \"<fact>: <value>\", \"event: <what happened>\" or \"expect: <check>\", found \""
                    + line + "\"");
            return;
        }
        String key = line.substring(0, colon).strip();
        String value = line.substring(colon + 1).strip();
        if (incident == null) {
            problem(number, "\"" + key + ":\" comes before any \"scenario:\" line");
        } else if (key.equals("expect")) {
            expectation(value, number);
        } else if (key.equals("event")) {
            event(value, number);
        } else {
            fact(key, value, number);
        }
    }

    private void expectation(String value, int number) {
        try {
            expectations.add(Expectations.parse(value, number, vocabulary, eventLines.size()));
        } catch (IllegalArgumentException e) {
            problem(number, e.getMessage());
            faultyExpectation = true;
        }
    }

    private void event(String value, int number) {
        try {
            incident.event(ScenarioEvents.parse(value, vocabulary));
            eventLines.add(number);
        } catch (IllegalArgumentException e) {
            problem(number, e.getMessage());
        }
    }

    private void fact(String key, String value, int number) {
        Integer first = factLines.putIfAbsent(key, number);
        List<String> known = IncidentFacts.known(vocabulary);
        if (first != null && known.contains(key)) {
            problem(number, key + " is given twice in scenario \"" + name + "\" (first at line " + first + ")");
            return;
        }
        try {
            IncidentFacts.set(incident, key, value, vocabulary);
        } catch (IllegalArgumentException e) {
            problem(number, e.getMessage());
            if (!known.contains(key)) {
                Vocabulary.closest(key, known).ifPresent(misspelledFacts::add);
            }
        }
    }

    /** Starts a scenario at a header line; a malformed header is a problem, but starts one all the same. */
    private void start(Matcher header, String line, int number) {
        finish();
        String value = header.group(3).strip();
        name = value;
        headerLine = number;
        incident = Incident.builder();
        factLines = new HashMap<>();
        misspelledFacts = new HashSet<>();
        expectations = new ArrayList<>();
        eventLines = new ArrayList<>();
        faulty = false;
        faultyExpectation = false;
        if (!header.group(1).equals("scenario") || header.group(2).isEmpty()) {
            problem(number, "a scenario starts with a line \"scenario: <name>\", found \"" + line + "\"");
        } else if (value.isEmpty()) {
            problem(number, "a scenario needs a name after \"scenario:\"");
        }
        Integer first = value.isEmpty() ? null : scenarioLines.putIfAbsent(value, number);
        if (first != null) {
            problem(number, "another scenario of this file has the name \"" + value + "\" (line " + first
                    + "); give each its own, so that reports tell them apart");
        }
    }

    private void finish() {
        if (incident == null) {
            return;
        }
        Incident.Builder facts = incident;
        incident = null;
        if (expectations.isEmpty() && !faultyExpectation) {
            problem(headerLine, "scenario \"" + name + "\" has no \"expect:\" line");
        }
        for (String fact : IncidentFacts.REQUIRED) {
            if (!factLines.containsKey(fact) && !misspelledFacts.contains(fact)) {
                problem(headerLine, "scenario \"" + name + "\": " + IncidentFacts.missing(fact));
            }
        }
        for (DeclaredFact fact : vocabulary.facts()) {
            if (fact.defaultValue().isEmpty() && !factLines.containsKey(fact.name()) && !misspelledFacts.contains(fact.name())) {
                problem(headerLine, "scenario \"" + name + "\": " + fact.name() + " is required by this playbook; allowed: "
                        + fact.allowed());
            }
        }
        if (faulty) {
            return;
        }
        try {
            scenarios.add(new Scenario(name, file, headerLine, facts.build(), expectations, eventLines));
        } catch (InvalidIncidentException e) {
            problem(Scenario.eventLine(e.field(), eventLines).orElse(headerLine), "scenario \"" + name + "\": " + e.getMessage());
        }
    }

    private void problem(int line, String message) {
        problems.add(new ScenarioFileException.Problem(file, line, message));
        faulty = true;
    }
}
