package dev.amends.testing.space;

import dev.amends.api.RecoveryAdvisor;
import dev.amends.compile.RuleReading;
import dev.amends.testing.SmallPlaybook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/** Each misuse of the whole-space check and the diff fails at the call that makes it, saying what is wrong. */
class CheckAndDiffMisuseTest {

    private static final RecoveryAdvisor ADVISOR = SmallPlaybook.advisor();
    private static final Planner PLANNER = Planner.of(ADVISOR);

    @Test
    void aCheckWithoutAnAdvisorIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> WholeSpaceCheck.of((RecoveryAdvisor) null)).withMessage("advisor");
    }

    @Test
    void aCheckWithoutAPlannerIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> WholeSpaceCheck.of(null, RuleReading.of(ADVISOR))).withMessage("planner");
    }

    @Test
    void aCheckWithoutARuleReadingIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> WholeSpaceCheck.of(PLANNER, null)).withMessage("reading");
    }

    @Test
    void aCheckOverNoSpaceIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> WholeSpaceCheck.of(ADVISOR).over(null)).withMessage("space");
    }

    @Test
    void aSecondSpaceIsRejected() {
        WholeSpaceCheck check = WholeSpaceCheck.of(ADVISOR).over(InputSpace.builtIn());

        assertThatIllegalStateException().isThrownBy(() -> check.over(InputSpace.builtIn()))
                .withMessage("over(space) was already called; a check covers one space, so give it once");
    }

    @Test
    void aMissingInvariantIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> WholeSpaceCheck.of(ADVISOR).invariant(null)).withMessage("invariant");
    }

    @Test
    void anInvariantNamedLikeADefaultOneIsRejected() {
        Invariant ownFix = Invariant.of("every plan has a fix or a remedy", (incident, plan) -> true);

        assertThatIllegalArgumentException().isThrownBy(() -> WholeSpaceCheck.of(ADVISOR).invariant(ownFix))
                .withMessage("an invariant named \"every plan has a fix or a remedy\" is already checked; give each invariant "
                        + "its own name, so that the report can tell them apart");
    }

    @Test
    void anInvariantAddedTwiceIsRejected() {
        Invariant remedy = Invariant.of("the company's mistakes get a remedy", (incident, plan) -> true);
        WholeSpaceCheck check = WholeSpaceCheck.of(ADVISOR).invariant(remedy);

        assertThatIllegalArgumentException().isThrownBy(() -> check.invariant(remedy))
                .withMessageStartingWith("an invariant named \"the company's mistakes get a remedy\" is already checked");
    }

    @Test
    void anInvariantReadingAFactOutsideTheSpaceIsRejectedWhenTheCheckRuns() {
        WholeSpaceCheck check = WholeSpaceCheck.of(ADVISOR).invariant(Invariant.of("tiers", (i, p) -> true).reading("accountTier"));

        assertThatIllegalArgumentException().isThrownBy(check::run)
                .withMessageStartingWith("invariant \"tiers\" reads accountTier, which is not a fact of the space; facts: ");
    }

    @Test
    void aDiffWithoutTheAdvisorBeforeIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> PlaybookDiff.compare(null, ADVISOR)).withMessage("before");
    }

    @Test
    void aDiffWithoutTheAdvisorAfterIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> PlaybookDiff.compare(ADVISOR, null)).withMessage("after");
    }

    @Test
    void aDiffWithoutARuleReadingIsRejected() {
        assertThatNullPointerException()
                .isThrownBy(() -> PlaybookDiff.compare(PLANNER, PLANNER, null, InputSpace.builtIn())).withMessage("reading");
    }

    @Test
    void aDiffOverNoSpaceIsRejected() {
        assertThatNullPointerException()
                .isThrownBy(() -> PlaybookDiff.compare(PLANNER, PLANNER, RuleReading.of(ADVISOR), null)).withMessage("space");
    }

    @Test
    void aDiffOnEveryCombinationWithoutTheAdvisorBeforeIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> PlaybookDiff.compareEveryCombination(null, ADVISOR)).withMessage("before");
    }

    @Test
    void aDiffOnEveryCombinationOverNoSpaceIsRejected() {
        assertThatNullPointerException()
                .isThrownBy(() -> PlaybookDiff.compareEveryCombination(PLANNER, PLANNER, null)).withMessage("space");
    }
}
