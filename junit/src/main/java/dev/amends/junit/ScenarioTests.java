package dev.amends.junit;

import dev.amends.api.RecoveryAdvisor;
import dev.amends.testing.scenario.Scenario;
import dev.amends.testing.scenario.ScenarioResult;
import dev.amends.testing.scenario.ScenarioSuite;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Scenario files as JUnit 5 tests: one container per file, one test per scenario, named for it.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> playbookScenarios() {
 *     return ScenarioTests.from(Path.of("src/test/scenarios"), RecoveryAdvisor.withDefaultPlaybook());
 * }
 * }</pre>
 */
public final class ScenarioTests {

    private ScenarioTests() {
    }

    /**
     * A test for each scenario in the file or folder; a malformed file fails the whole factory with its file and line.
     *
     * @param path a scenario file, or a folder searched for them
     * @param advisor the playbook the scenarios run against
     * @return a container per file, each with a test per scenario
     */
    public static Stream<DynamicNode> from(Path path, RecoveryAdvisor advisor) {
        Map<String, List<DynamicNode>> byFile = new LinkedHashMap<>();
        for (Scenario scenario : ScenarioSuite.load(path, advisor.vocabulary()).scenarios()) {
            byFile.computeIfAbsent(scenario.file(), f -> new java.util.ArrayList<>())
                    .add(DynamicTest.dynamicTest(scenario.name(), () -> {
                        ScenarioResult result = ScenarioSuite.run(scenario, advisor);
                        if (!result.passed()) {
                            throw new AssertionError(result.describeFailure());
                        }
                    }));
        }
        return byFile.entrySet().stream()
                .map(e -> DynamicContainer.dynamicContainer(Path.of(e.getKey()).getFileName().toString(), e.getValue()));
    }
}
