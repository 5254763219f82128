package dev.amends.playbook;

import dev.amends.api.PlaybookRule;
import dev.amends.junit.ScenarioTests;
import dev.amends.testing.scenario.ScenarioSuite;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The default playbook's own scenario suite, in the analysts' format, one test per scenario. */
class DefaultPlaybookScenariosTest {

    private static final Path SUITE = Path.of("src/test/scenarios");

    @TestFactory
    Stream<DynamicNode> defaultPlaybookScenarios() {
        return ScenarioTests.from(SUITE, DefaultPlaybook.ADVISOR);
    }

    /** The same check as {@code ./amends test rules/src/test/scenarios --fail-on-uncovered} in CI, here in the build. */
    @Test
    void everyRuleOfTheDefaultPlaybookFiresInAtLeastOneScenario() {
        assertThat(ScenarioSuite.load(SUITE).run(DefaultPlaybook.ADVISOR).coverage().uncovered())
                .extracting(PlaybookRule::name).as("rules no scenario makes fire").isEmpty();
    }
}
