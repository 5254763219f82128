package dev.amends.testing.scenario;

import dev.amends.model.Incident;
import dev.amends.model.InvalidIncidentException;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the scenario format: a {@code scenario:} header, then the incident's facts as
 * {@code field: value} lines and the checks as {@code expect: ...} lines. Blank lines and lines
 * starting with {@code #} are ignored; indentation is free.
 */
final class ScenarioParser {

    private final String file;
    private final List<Scenario> scenarios = new ArrayList<>();
    private String name;
    private int headerLine;
    private Incident.Builder incident;
    private List<Expectation> expectations;

    private ScenarioParser(String file) {
        this.file = file;
    }

    static List<Scenario> parse(String file, String text) {
        ScenarioParser parser = new ScenarioParser(file);
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            parser.line(lines[i].strip(), i + 1);
        }
        parser.finish(lines.length);
        if (parser.scenarios.isEmpty()) {
            throw new ScenarioFileException(file, 0, "holds no scenario; start one with a line \"scenario: <what it checks>\"");
        }
        return List.copyOf(parser.scenarios);
    }

    private void line(String line, int number) {
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        int colon = line.indexOf(':');
        if (colon < 0) {
            throw new ScenarioFileException(file, number,
                    "expected \"scenario: <name>\", \"<fact>: <value>\" or \"expect: <check>\", found \"" + line + "\"");
        }
        String key = line.substring(0, colon).strip();
        String value = line.substring(colon + 1).strip();
        if (key.equals("scenario")) {
            finish(number);
            if (value.isEmpty()) {
                throw new ScenarioFileException(file, number, "a scenario needs a name after \"scenario:\"");
            }
            name = value;
            headerLine = number;
            incident = Incident.builder();
            expectations = new ArrayList<>();
            return;
        }
        if (name == null) {
            throw new ScenarioFileException(file, number, "\"" + key + ":\" comes before any \"scenario:\" line");
        }
        try {
            if (key.equals("expect")) {
                expectations.add(Expectations.parse(value, number));
            } else {
                IncidentFacts.set(incident, key, value);
            }
        } catch (IllegalArgumentException e) {
            throw new ScenarioFileException(file, number, e.getMessage());
        }
    }

    private void finish(int nextLine) {
        if (name == null) {
            return;
        }
        if (expectations.isEmpty()) {
            throw new ScenarioFileException(file, headerLine, "scenario \"" + name + "\" has no \"expect:\" line");
        }
        Incident built;
        try {
            built = incident.build();
        } catch (InvalidIncidentException e) {
            throw new ScenarioFileException(file, headerLine, "scenario \"" + name + "\": " + e.getMessage());
        }
        scenarios.add(new Scenario(name, file, headerLine, built, expectations));
        name = null;
    }
}
