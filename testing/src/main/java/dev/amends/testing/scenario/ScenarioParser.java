package dev.amends.testing.scenario;

import dev.amends.model.Incident;
import dev.amends.model.InvalidIncidentException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the scenario format: a {@code scenario:} header, then the incident's facts as
 * {@code field: value} lines and the checks as {@code expect: ...} lines. Blank lines and lines
 * starting with {@code #} are ignored; indentation is free. Reading goes on past a problem, so
 * that every problem of a file is reported at once.
 */
final class ScenarioParser {

    private final String file;
    private final List<Scenario> scenarios = new ArrayList<>();
    private final List<ScenarioFileException.Problem> problems = new ArrayList<>();
    private final Map<String, Integer> scenarioLines = new HashMap<>();
    private String name;
    private int headerLine;
    /** Whether the current scenario has a problem already; it then adds none that may follow from it. */
    private boolean broken;
    private Incident.Builder incident;
    private Map<String, Integer> factLines;
    private List<Expectation> expectations;

    private ScenarioParser(String file) {
        this.file = file;
    }

    /**
     * The scenarios of one file.
     *
     * @throws ScenarioFileException listing every problem of the file
     */
    static List<Scenario> parse(String file, String text) {
        ScenarioParser parser = new ScenarioParser(file);
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
        int colon = line.indexOf(':');
        if (colon < 0) {
            problem(number, "expected \"scenario: <name>\", \"<fact>: <value>\" or \"expect: <check>\", found \"" + line + "\"");
            return;
        }
        String key = line.substring(0, colon).strip();
        String value = line.substring(colon + 1).strip();
        if (key.equals("scenario")) {
            start(value, number);
            return;
        }
        if (incident == null) {
            problem(number, "\"" + key + ":\" comes before any \"scenario:\" line");
            return;
        }
        try {
            if (key.equals("expect")) {
                expectations.add(Expectations.parse(value, number));
            } else {
                Integer first = factLines.putIfAbsent(key, number);
                if (first != null && IncidentFacts.FIELDS.contains(key)) {
                    problem(number, key + " is given twice in scenario \"" + name + "\" (first at line " + first + ")");
                    return;
                }
                IncidentFacts.set(incident, key, value);
            }
        } catch (IllegalArgumentException e) {
            problem(number, e.getMessage());
        }
    }

    private void start(String value, int number) {
        finish();
        name = value;
        headerLine = number;
        incident = Incident.builder();
        factLines = new HashMap<>();
        expectations = new ArrayList<>();
        broken = false;
        if (value.isEmpty()) {
            problem(number, "a scenario needs a name after \"scenario:\"");
            return;
        }
        Integer first = scenarioLines.putIfAbsent(value, number);
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
        if (broken) {
            return;
        }
        if (expectations.isEmpty()) {
            problem(headerLine, "scenario \"" + name + "\" has no \"expect:\" line");
            return;
        }
        try {
            scenarios.add(new Scenario(name, file, headerLine, facts.build(), expectations));
        } catch (InvalidIncidentException e) {
            problem(headerLine, "scenario \"" + name + "\": " + e.getMessage());
        }
    }

    private void problem(int line, String message) {
        problems.add(new ScenarioFileException.Problem(file, line, message));
        broken = true;
    }
}
