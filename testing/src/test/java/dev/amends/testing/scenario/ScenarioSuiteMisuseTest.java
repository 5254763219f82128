package dev.amends.testing.scenario;

import dev.amends.api.RecoveryAdvisor;
import dev.amends.vocabulary.PlaybookVocabulary;
import dev.amends.testing.SmallPlaybook;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/** Each misuse of a scenario suite fails at the call that makes it, naming the argument. */
class ScenarioSuiteMisuseTest {

    private static final String SCENARIO = """
            scenario: Ownership is taken
              mistake: WRONG_PRODUCT
              faultOwner: REP
              severity: LOW
              relationship: STRONG
              expect: has TAKE_OWNERSHIP
            """;

    @Test
    void loadingWithoutAPathIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> ScenarioSuite.load(null)).withMessage("path");
    }

    @Test
    void loadingWithoutAVocabularyIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> ScenarioSuite.load(Path.of("scenarios"), null)).withMessage("vocabulary");
    }

    @Test
    void parsingWithoutANameIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> ScenarioSuite.parse(null, SCENARIO)).withMessage("name");
    }

    @Test
    void parsingWithoutTextIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> ScenarioSuite.parse("a.scenarios", null)).withMessage("text");
    }

    @Test
    void parsingWithoutAVocabularyIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> ScenarioSuite.parse("a.scenarios", SCENARIO, (PlaybookVocabulary) null))
                .withMessage("vocabulary");
    }

    @Test
    void runningWithoutAnAdvisorIsRejected() {
        ScenarioSuite suite = ScenarioSuite.parse("a.scenarios", SCENARIO);

        assertThatNullPointerException().isThrownBy(() -> suite.run((RecoveryAdvisor) null)).withMessage("advisor");
    }

    @Test
    void runningNoScenarioIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> ScenarioSuite.run(null, SmallPlaybook.advisor())).withMessage("scenario");
    }
}
