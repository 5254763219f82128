package dev.amends.playbook;

import dev.amends.testing.scenario.ScenarioTests;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.stream.Stream;

/** The default playbook's own scenario suite, in the analysts' format, one test per scenario. */
class DefaultPlaybookScenariosTest {

    @TestFactory
    Stream<DynamicNode> defaultPlaybookScenarios() {
        return ScenarioTests.from(Path.of("src/test/scenarios"), DefaultPlaybook.ADVISOR);
    }
}
