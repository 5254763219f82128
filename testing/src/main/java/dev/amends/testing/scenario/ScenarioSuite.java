package dev.amends.testing.scenario;

import dev.amends.api.Explanation;
import dev.amends.api.PlaybookRule;
import dev.amends.vocabulary.PlaybookVocabulary;
import dev.amends.api.RecoveryAdvisor;
import dev.amends.api.RecoveryPlan;
import dev.amends.model.Event;
import dev.amends.model.Incident;
import dev.amends.model.InvalidIncidentException;
import dev.amends.model.NoReply;
import dev.amends.model.StepDone;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The scenarios of one file or of every {@code .scenarios} file under a folder, ready to run
 * against an advisor.
 *
 * <pre>{@code
 * ScenarioReport report = ScenarioSuite.load(Path.of("src/test/scenarios")).run(advisor);
 * }</pre>
 */
public final class ScenarioSuite {

    /** The ending that marks a scenario file. */
    public static final String FILE_ENDING = ".scenarios";

    private final List<Scenario> scenarios;

    private ScenarioSuite(List<Scenario> scenarios) {
        this.scenarios = List.copyOf(scenarios);
    }

    /** The file's text, read as UTF-8; a byte-order mark at its start, as some editors write, is skipped. */
    private static String text(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
    }

    /**
     * Reads a scenario file, or every scenario file under a folder, in path order.
     *
     * @throws ScenarioFileException listing every problem of every file, each with its file and line
     */
    public static ScenarioSuite load(Path path) {
        return load(path, PlaybookVocabulary.builtIn());
    }

    /**
     * Reads a scenario file, or every scenario file under a folder, in path order, where facts,
     * actions, owners and things to avoid may be those a playbook declares: pass the vocabulary of
     * the advisor the scenarios will run against ({@link RecoveryAdvisor#vocabulary()}).
     *
     * @throws ScenarioFileException listing every problem of every file, each with its file and line
     */
    public static ScenarioSuite load(Path path, PlaybookVocabulary vocabulary) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(vocabulary, "vocabulary");
        List<Scenario> all = new ArrayList<>();
        List<ScenarioFileException.Problem> problems = new ArrayList<>();
        for (Path file : files(path)) {
            try {
                all.addAll(ScenarioParser.parse(file.toString(), text(file), vocabulary));
            } catch (CharacterCodingException e) {
                problems.add(new ScenarioFileException.Problem(file.toString(), 0, "is not UTF-8 text; save it as UTF-8"));
            } catch (IOException e) {
                problems.add(new ScenarioFileException.Problem(file.toString(), 0, "cannot be read: " + e.getMessage()));
            } catch (ScenarioFileException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioFileException(problems);
        }
        return new ScenarioSuite(all);
    }

    /**
     * Reads scenarios from text; {@code name} is what errors report as its file.
     *
     * @throws ScenarioFileException listing every problem, each with its line
     */
    public static ScenarioSuite parse(String name, String text) {
        return parse(name, text, PlaybookVocabulary.builtIn());
    }

    /**
     * Reads scenarios from text, where names may be those a playbook declares; {@code name} is what
     * errors report as its file.
     *
     * @throws ScenarioFileException listing every problem, each with its line
     */
    public static ScenarioSuite parse(String name, String text, PlaybookVocabulary vocabulary) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(vocabulary, "vocabulary");
        return new ScenarioSuite(ScenarioParser.parse(name, text, vocabulary));
    }

    /** The scenarios, in file order. */
    public List<Scenario> scenarios() {
        return scenarios;
    }

    /** Runs every scenario against the advisor, and measures which of its rules they made fire. */
    public ScenarioReport run(RecoveryAdvisor advisor) {
        Objects.requireNonNull(advisor, "advisor");
        List<ScenarioResult> results = new ArrayList<>(scenarios.size());
        for (Scenario scenario : scenarios) {
            results.add(run(scenario, advisor));
        }
        List<RuleCoverage.RuleCount> counts = new ArrayList<>();
        for (PlaybookRule rule : advisor.rules()) {
            int inScenarios = 0;
            int firings = 0;
            for (ScenarioResult result : results) {
                Integer n = result.firings().get(rule.name());
                if (n != null) {
                    inScenarios++;
                    firings += n;
                }
            }
            counts.add(new RuleCoverage.RuleCount(rule, inScenarios, firings));
        }
        return new ScenarioReport(results, new RuleCoverage(counts));
    }

    /**
     * Runs one scenario against the advisor. A scenario with events is run once before its first event
     * and once after each event that an expectation follows (and after the last): each expectation
     * checks the plan revised by the events above it, and a rule counts as fired when it fired on any
     * of those plans. The result's plan is the one revised by every event, or the last one the advisor
     * gave when an event was refused (an event about a step the plan never had fails the scenario at
     * that event's line).
     */
    public static ScenarioResult run(Scenario scenario, RecoveryAdvisor advisor) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(advisor, "advisor");
        List<Event> events = scenario.incident().events();
        TreeSet<Integer> checkpoints = new TreeSet<>();
        scenario.expectations().forEach(e -> checkpoints.add(e.afterEvents()));
        checkpoints.add(0);
        checkpoints.add(events.size());
        List<String> failures = new ArrayList<>();
        Map<String, Integer> firings = new HashMap<>();
        RecoveryPlan plan = null;
        for (int count : checkpoints) {
            Incident incident = count == events.size() ? scenario.incident()
                    : scenario.incident().toBuilder().events(events.subList(0, count)).build();
            Explanation explanation;
            try {
                explanation = advisor.explain(incident);
            } catch (InvalidIncidentException e) {
                Optional<Integer> line = Scenario.eventLine(e.field(), scenario.eventLines());
                if (line.isEmpty() || plan == null) {
                    throw e;
                }
                failures.add("line " + line.get() + ": the event cannot be applied: " + e.getMessage());
                break;
            }
            plan = explanation.plan();
            Optional<String> stepless = withoutStep(plan, incident, scenario.eventLines());
            if (stepless.isPresent()) {
                failures.add(stepless.get());
                break;
            }
            for (Expectation e : scenario.expectations()) {
                if (e.afterEvents() == count) {
                    Optional<String> violation = e.violation(plan);
                    violation.ifPresent(v -> failures.add("line " + e.line() + ": expected " + e.text() + ", but " + v));
                }
            }
            explanation.firings().forEach(f -> firings.merge(f.rule().name(), f.times(), Math::max));
        }
        return new ScenarioResult(scenario, plan, failures, firings);
    }

    /**
     * The failure for the first event about a step the plan does not have: the library keeps such an
     * event (a case recorded under an earlier playbook stays readable), but a scenario is written for
     * the playbook it tests.
     */
    private static Optional<String> withoutStep(RecoveryPlan plan, Incident incident, List<Integer> eventLines) {
        if (plan.eventsWithoutStep().isEmpty()) {
            return Optional.empty();
        }
        Event event = plan.eventsWithoutStep().get(0);
        int index = incident.events().indexOf(event);
        String action = event instanceof StepDone done ? done.action().name() : ((NoReply) event).action().name();
        TreeSet<String> steps = new TreeSet<>();
        plan.steps().forEach(s -> steps.add(s.action().name()));
        plan.dropped().forEach(d -> steps.add(d.action().name()));
        String field = "events[" + index + "].action";
        String where = Scenario.eventLine(field, eventLines).map(line -> "line " + line + ": ").orElse("");
        return Optional.of(where + "the event cannot be applied: " + field + ": the plan has no step " + action
                + "; an event can only be about one of its steps: " + String.join(", ", steps));
    }

    private static List<Path> files(Path path) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw new ScenarioFileException(path.toString(), 0, "no such file or folder");
        }
        try (Stream<Path> walk = Files.walk(path)) {
            List<Path> found = walk.filter(p -> p.getFileName().toString().endsWith(FILE_ENDING) && Files.isRegularFile(p))
                    .sorted().toList();
            if (found.isEmpty()) {
                throw new ScenarioFileException(path.toString(), 0, "holds no " + FILE_ENDING + " files");
            }
            return found;
        } catch (IOException e) {
            throw new ScenarioFileException(path.toString(), 0, "cannot be read: " + e.getMessage());
        }
    }
}
