package dev.amends.playbook;

import dev.amends.model.Action;
import dev.amends.model.DetectedBy;
import dev.amends.model.Severity;
import dev.amends.model.FaultOwner;
import dev.amends.model.Mistake;
import dev.amends.model.OtherKind;
import dev.amends.api.RecoveryPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.amends.playbook.DefaultPlaybook.incident;
import static dev.amends.playbook.DefaultPlaybook.plan;
import static dev.amends.playbook.DefaultPlaybook.step;
import static org.assertj.core.api.Assertions.assertThat;

/** Every apology names what the mistake did to the customer, in their terms (impact.drl). */
class ImpactRulesTest {

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            WRONG_PRODUCT             | the wrong bone screws
            DEFECTIVE_PRODUCT         | bone screws letting you down
            INCORRECT_INFORMATION     | information you could not rely on
            FORGOTTEN_ITEM            | going without
            MISSED_APPOINTMENT        | time you set aside
            BILLING_ERROR             | invoice
            OVERLOOKED_DECISION_MAKER | without everyone who should have a say
            BROKEN_PROMISE            | not kept
            LATE_DELIVERY             | missed the date
            UNANSWERED_REQUEST        | wait for an answer
            OTHER                     | time and trouble you should never have had
            """)
    void theRepsApologyNamesWhatTheMistakeDidToThem(Mistake mistake, String impact) {
        RecoveryPlan plan = plan(incident().mistake(mistake).faultOwner(FaultOwner.REP).product("bone screws"));

        assertThat(step(plan, Action.APOLOGIZE).wording()).contains(impact).doesNotContain("what happened");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mistake.class)
    void regretForSomeoneElsesMistakeNamesTheImpactToo(Mistake mistake) {
        RecoveryPlan plan = plan(incident().mistake(mistake).faultOwner(FaultOwner.THIRD_PARTY).product("bone screws"));

        assertThat(step(plan, Action.EXPRESS_REGRET).wording())
                .doesNotContain("{impact}", "about what happened");
    }

    @ParameterizedTest(name = "{0} we caught: \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            BROKEN_PROMISE | can no longer be kept as promised | was not kept
            LATE_DELIVERY  | will not arrive on the date       | missed the date
            """)
    void whatWeSeeFailingIsNamedAsNotYetHappened(Mistake mistake, String impact, String pastLoss) {
        RecoveryPlan plan = plan(incident().mistake(mistake).faultOwner(FaultOwner.REP).detectedBy(DetectedBy.REP));

        assertThat(step(plan, Action.APOLOGIZE).wording()).contains(impact).doesNotContain(pastLoss);
    }

    @ParameterizedTest(name = "{0} by {1}: \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            DISCLOSURE        | REP     | reaching someone who should never have seen it
            DISCLOSURE        | COMPANY | reaching someone who should never have seen it
            INDUCEMENT        | REP     | an offer made to your people that should never have been made
            INDUCEMENT        | COMPANY | an offer made to your people that should never have been made
            ACCESS_OR_CONDUCT | REP     | working against your own rules, in front of your staff
            ACCESS_OR_CONDUCT | COMPANY | working against your own rules, in front of your staff
            """)
    void anOtherMistakeOfAKnownKindIsNamedAsWhatThatKindCostThem(OtherKind kind, FaultOwner faultOwner, String impact) {
        RecoveryPlan plan = plan(incident().mistake(Mistake.OTHER).otherKind(kind).faultOwner(faultOwner).severity(Severity.MEDIUM));

        assertThat(plan.steps().stream().filter(s -> s.action() == Action.APOLOGIZE || s.action() == Action.EXPRESS_REGRET)
                .map(s -> s.wording()).toList())
                .singleElement().asString().contains(impact).doesNotContain("time and trouble", "a safety notice");
    }

    @Test
    void aSafetyNoticeOfOursThatMissedThemIsNamedAsTheNoticeNotAsTrouble() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.OTHER).faultOwner(FaultOwner.COMPANY).severity(Severity.HIGH)
                .detectedBy(DetectedBy.COMPANY).patientImpact(true));

        assertThat(step(plan, Action.EXPRESS_REGRET).wording())
                .contains("a safety notice meant for you that did not reach you").doesNotContain("time and trouble");
    }

    @Test
    void aDefectOurQualityPeopleFoundIsNamedAsShakenTrustNotAsAFailureInUse() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.DEFECTIVE_PRODUCT).faultOwner(FaultOwner.UNKNOWN)
                .severity(Severity.LOW).detectedBy(DetectedBy.COMPANY).product("bone anchors"));

        assertThat(plan.step(Action.EXPRESS_REGRET).orElseThrow().wording())
                .contains("a defect in the bone anchors you had every reason to trust");
    }
}
