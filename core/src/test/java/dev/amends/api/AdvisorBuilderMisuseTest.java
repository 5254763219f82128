package dev.amends.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static dev.amends.api.Drl.HEADER;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each misuse of the advisor's builder fails at the call that makes it, saying what is wrong. */
class AdvisorBuilderMisuseTest {

    private static final String RULES = HEADER + """
            rule "fix" when Incident() then plan.step(Action.FIX, "Fix it."); end
            """;

    @Test
    void aRuleFileWithoutANameIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> RecoveryAdvisor.builder().rules(null, RULES)).withMessage("name");
    }

    @Test
    void aRuleFileWithoutTextIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> RecoveryAdvisor.builder().rules("a.drl", null)).withMessage("drl");
    }

    @Test
    void aRuleFileWithABlankNameIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> RecoveryAdvisor.builder().rules(" ", RULES))
                .withMessage("rules(name, drl) needs a name for the file: problems report it as the file");
    }

    @Test
    void aVocabularyGivenAsARuleFileIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> RecoveryAdvisor.builder().rules("vocabulary.yaml", "facts: {}"))
                .withMessage("rules(name, drl) takes DRL, and vocabulary.yaml names a vocabulary file; give a vocabulary with vocabulary(yaml)");
    }

    @Test
    void twoRuleFilesOfTheSameNameAreRejected() {
        RecoveryAdvisor.Builder builder = RecoveryAdvisor.builder().rules("a.drl", RULES);

        assertThatIllegalStateException().isThrownBy(() -> builder.rules("a.drl", RULES))
                .withMessage("a rule file named a.drl was already added; give each its own name, so that problems point at the right one");
    }

    @Test
    void aFolderWithoutAPathIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> RecoveryAdvisor.builder().rulesFrom(null)).withMessage("folder");
    }

    @Test
    void theSameFolderAddedTwiceIsRejected(@TempDir Path folder) {
        RecoveryAdvisor.Builder builder = RecoveryAdvisor.builder().rulesFrom(folder);

        assertThatIllegalStateException().isThrownBy(() -> builder.rulesFrom(folder.resolve("sub").resolve("..")))
                .withMessage("rulesFrom(" + folder.resolve("sub").resolve("..") + ") was already called; add each folder once");
    }

    @Test
    void aMissingVocabularyIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> RecoveryAdvisor.builder().vocabulary(null)).withMessage("yaml");
    }

    @Test
    void theDefaultPlaybookAddedTwiceIsRejected() {
        RecoveryAdvisor.Builder builder = RecoveryAdvisor.builder().defaultPlaybook();

        assertThatIllegalStateException().isThrownBy(builder::defaultPlaybook)
                .withMessage("defaultPlaybook() was already called; the default playbook can be added once");
    }

    @Test
    void aFiringLimitSetTwiceIsRejected() {
        RecoveryAdvisor.Builder builder = RecoveryAdvisor.builder().firingLimit(100);

        assertThatIllegalStateException().isThrownBy(() -> builder.firingLimit(200))
                .withMessage("firingLimit was already set (to 100); set each option once");
    }

    @Test
    void aSettleTimeWithoutADurationIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> RecoveryAdvisor.builder().settleTime(null)).withMessage("settleTime");
    }

    @Test
    void aNegativeSettleTimeIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> RecoveryAdvisor.builder().settleTime(Duration.ofMillis(-1)))
                .withMessage("settleTime must be between 0 and 10 minutes, was -1 ms");
    }

    @Test
    void aSettleTimeOverTenMinutesIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> RecoveryAdvisor.builder().settleTime(Duration.ofMinutes(10).plusMillis(1)))
                .withMessage("settleTime must be between 0 and 10 minutes, was 600001 ms");
    }

    @Test
    void aSettleTimeSetTwiceIsRejected() {
        RecoveryAdvisor.Builder builder = RecoveryAdvisor.builder().settleTime(Duration.ofSeconds(1));

        assertThatIllegalStateException().isThrownBy(() -> builder.settleTime(Duration.ofSeconds(2)))
                .withMessage("settleTime was already set (to 1000 ms); set each option once");
    }

    @Test
    void anEvaluationTimeLimitWithoutADurationIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> RecoveryAdvisor.builder().evaluationTimeLimit(null))
                .withMessage("evaluationTimeLimit");
    }

    @Test
    void anEvaluationTimeLimitSetTwiceIsRejected() {
        RecoveryAdvisor.Builder builder = RecoveryAdvisor.builder().evaluationTimeLimit(Duration.ofSeconds(1));

        assertThatIllegalStateException().isThrownBy(() -> builder.evaluationTimeLimit(Duration.ofSeconds(5)))
                .withMessage("evaluationTimeLimit was already set (to 1000 ms); set each option once");
    }

    @Test
    void aMissingListenerIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> RecoveryAdvisor.builder().listener(null)).withMessage("listener");
    }

    @Test
    void aSecondListenerIsRejected() {
        RecoveryAdvisor.Builder builder = RecoveryAdvisor.builder().listener(new PlaybookListener() { });

        assertThatIllegalStateException().isThrownBy(() -> builder.listener(new PlaybookListener() { }))
                .withMessage("listener was already set; set each option once");
    }

    @Test
    void watchingAskedForTwiceIsRejected() {
        RecoveryAdvisor.Builder builder = RecoveryAdvisor.builder().watchFolders();

        assertThatIllegalStateException().isThrownBy(builder::watchFolders).withMessage("watchFolders() was already called");
    }

    @Test
    void theLimitsTakeTheValuesAtTheEndsOfTheirRanges() {
        assertThatCode(() -> RecoveryAdvisor.builder().firingLimit(1)).doesNotThrowAnyException();
        assertThatCode(() -> RecoveryAdvisor.builder().settleTime(Duration.ZERO)).doesNotThrowAnyException();
        assertThatCode(() -> RecoveryAdvisor.builder().settleTime(Duration.ofMinutes(10))).doesNotThrowAnyException();
        assertThatCode(() -> RecoveryAdvisor.builder().evaluationTimeLimit(Duration.ofMillis(1))).doesNotThrowAnyException();
        assertThatCode(() -> RecoveryAdvisor.builder().evaluationTimeLimit(Duration.ofHours(1))).doesNotThrowAnyException();
    }

    @Test
    void anEvaluationTimeLimitJustOutsideItsRangeIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> RecoveryAdvisor.builder().evaluationTimeLimit(Duration.ofMillis(1).minusNanos(1)))
                .withMessageStartingWith("evaluationTimeLimit must be between 1 ms and 1 hour");
        assertThatIllegalArgumentException().isThrownBy(() -> RecoveryAdvisor.builder().evaluationTimeLimit(Duration.ofHours(1).plusNanos(1)))
                .withMessageStartingWith("evaluationTimeLimit must be between 1 ms and 1 hour");
    }

    @Test
    void anAdvisorWithoutRulesIsRejectedAtBuild() {
        assertThatThrownBy(() -> RecoveryAdvisor.builder().build()).isInstanceOf(PlaybookCompilationException.class)
                .hasMessageContaining("no rules were given; call defaultPlaybook(), rulesFrom(folder) or rules(name, drl)");
    }
}
