package dev.amends.junit;

import dev.amends.api.RecoveryAdvisor;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScenarioTestsTest {

    /** One rule: every incident gets ownership taken, and nothing else. */
    private static final RecoveryAdvisor ADVISOR = RecoveryAdvisor.builder().rules("own-it.drl", """
            package test.junit;
            import dev.amends.model.*;
            global dev.amends.dsl.PlanDraft plan;

            rule "Own it"
            when Incident() then plan.step(Action.TAKE_OWNERSHIP, "It is on me.").because("ownership"); end
            """).build();

    private static final String FACTS = """
              mistake: WRONG_PRODUCT
              faultOwner: REP
              severity: LOW
              relationship: STRONG
            """;

    @Test
    void eachFileIsAContainerNamedForItWithATestNamedForEachScenario(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("ownership.scenarios"), "scenario: Ownership is taken\n" + FACTS
                + "  expect: has TAKE_OWNERSHIP\n\nscenario: A remedy is offered\n" + FACTS + "  expect: has OFFER_REMEDY\n");
        Files.writeString(dir.resolve("quiet.scenarios"), "scenario: No apology\n" + FACTS + "  expect: no APOLOGIZE\n");

        List<DynamicNode> files = ScenarioTests.from(dir, ADVISOR).toList();

        assertThat(files).extracting(DynamicNode::getDisplayName).containsExactlyInAnyOrder("ownership.scenarios", "quiet.scenarios");
        DynamicContainer ownership = (DynamicContainer) files.stream()
                .filter(f -> f.getDisplayName().equals("ownership.scenarios")).findFirst().orElseThrow();
        assertThat(ownership.getChildren().map(DynamicNode::getDisplayName))
                .containsExactly("Ownership is taken", "A remedy is offered");
    }

    @Test
    void aPassingScenarioIsAPassingTestAndAFailingOneFailsWithWhatItExpectedAndThePlan(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("ownership.scenarios"), "scenario: Ownership is taken\n" + FACTS
                + "  expect: has TAKE_OWNERSHIP\n\nscenario: A remedy is offered\n" + FACTS + "  expect: has OFFER_REMEDY\n");

        DynamicContainer file = (DynamicContainer) ScenarioTests.from(dir, ADVISOR).findFirst().orElseThrow();
        List<DynamicTest> tests = file.getChildren().map(DynamicTest.class::cast).toList();

        assertThatCode(() -> tests.get(0).getExecutable().execute()).doesNotThrowAnyException();
        assertThatThrownBy(() -> tests.get(1).getExecutable().execute())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("scenario \"A remedy is offered\" failed")
                .hasMessageContaining("no OFFER_REMEDY step in the plan")
                .hasMessageContaining("[Own it]");
    }
}
