package dev.amends.playbook;

import dev.amends.engine.Explanation;
import dev.amends.engine.RecoveryAdvisor;
import dev.amends.model.Action;
import dev.amends.model.Avoid;
import dev.amends.model.FaultOwner;
import dev.amends.model.Mistake;
import dev.amends.model.RecoveryPlan;
import dev.amends.model.Severity;
import dev.amends.model.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.amends.playbook.DefaultPlaybook.assertThatPlan;
import static dev.amends.playbook.DefaultPlaybook.explain;
import static dev.amends.playbook.DefaultPlaybook.incident;
import static dev.amends.playbook.DefaultPlaybook.plan;
import static dev.amends.playbook.DefaultPlaybook.stage;
import static org.assertj.core.api.Assertions.assertThat;

/** Who apologises, and how: by who caused it, whether it happened before, and whether a patient may be affected (apology.drl). */
class ApologyRulesTest {

    @Test
    void theRepsOwnFirstMistakeGetsAPersonalApologyAndTheirWord() {
        RecoveryPlan plan = plan(incident().faultOwner(FaultOwner.REP).contact("Dr. Amara Osei"));

        assertThatPlan(plan).doesNotHaveSteps(Action.EXPRESS_REGRET)
                .step(Action.APOLOGIZE).wasAddedBy("Apologise personally when the rep made the mistake")
                .wordingContains("I'm sorry, Dr. Osei.").wordingContains("my mistake").wordingContains("my word");
        assertThat(stage(plan, Action.APOLOGIZE)).isEqualTo(Stage.FIRST_CONTACT);
    }

    @ParameterizedTest(name = "after {0} earlier occurrence(s)")
    @CsvSource({"1", "4"})
    void aRepeatByTheRepIsApologisedForWithoutAskingToBeTrustedAgain(int prior) {
        RecoveryPlan plan = plan(incident().faultOwner(FaultOwner.REP).priorOccurrences(prior));

        assertThatPlan(plan).step(Action.APOLOGIZE).wasAddedBy("Apologise for a repeat without asking to be trusted again")
                .wordingContains("again").wordingDoesNotContain("You have my word");
    }

    @ParameterizedTest(name = "{0} erred: regret, not a confession")
    @EnumSource(value = FaultOwner.class, names = {"COMPANY", "THIRD_PARTY", "UNKNOWN"})
    void someoneElsesMistakeGetsRegretWithoutClaimingTheFault(FaultOwner faultOwner) {
        RecoveryPlan plan = plan(incident().faultOwner(faultOwner));

        assertThatPlan(plan).doesNotHaveSteps(Action.APOLOGIZE)
                .step(Action.EXPRESS_REGRET).wasAddedBy("Express regret when someone else erred")
                .wordingContains("I'm sorry about").wordingDoesNotContain("my mistake");
    }

    @ParameterizedTest(name = "{0} erred again")
    @EnumSource(value = FaultOwner.class, names = {"COMPANY", "THIRD_PARTY", "UNKNOWN"})
    void aRepeatOfSomeoneElsesMistakeIsNamedBeforeTheCustomerHasToSayIt(FaultOwner faultOwner) {
        RecoveryPlan plan = plan(incident().faultOwner(faultOwner).priorOccurrences(1));

        assertThatPlan(plan).step(Action.EXPRESS_REGRET)
                .wasAddedBy("Express regret for a repeat and say you know it is not the first time")
                .wordingContains("not the first time");
    }

    @ParameterizedTest(name = "{0} at fault, a patient may be affected: sympathy without fault")
    @EnumSource(value = FaultOwner.class, names = {"REP", "COMPANY", "THIRD_PARTY", "UNKNOWN"})
    void whenAPatientMayBeAffectedThereIsSympathyAndNoAdmissionOfFault(FaultOwner faultOwner) {
        RecoveryPlan plan = plan(incident().mistake(Mistake.DEFECTIVE_PRODUCT).faultOwner(faultOwner).patientImpact(true));

        assertThatPlan(plan).doesNotHaveSteps(Action.APOLOGIZE)
                .avoids(Avoid.SPECULATE_ABOUT_CAUSE, Avoid.OFFER_COMPENSATION_ON_THE_SPOT)
                .step(Action.EXPRESS_REGRET).wasAddedBy("Express sympathy without fault when a patient may be affected")
                .wordingContains("patient").wordingDoesNotContain("mistake");
    }

    @Test
    void aCriticalIncidentIsTreatedAsAPatientCaseEvenWithoutAReportedPatient() {
        assertThatPlan(plan(incident().faultOwner(FaultOwner.REP).severity(Severity.CRITICAL)))
                .doesNotHaveSteps(Action.APOLOGIZE)
                .step(Action.EXPRESS_REGRET).wasAddedBy("Express sympathy without fault when a patient may be affected");
    }

    @Test
    void theRepsOwnMistakeThatMayHaveAffectedAPatientIsNotConfessedAndTheExplanationSaysWhy() {
        Explanation explanation = explain(incident().faultOwner(FaultOwner.REP).patientImpact(true));

        assertThat(explanation.dropped()).singleElement().satisfies(dropped -> {
            assertThat(dropped.action()).isEqualTo(Action.APOLOGIZE);
            assertThat(dropped.proposedBy()).isEqualTo("Apologise personally when the rep made the mistake");
            assertThat(dropped.droppedBy()).isEqualTo("No admission of fault when a patient may be affected");
            assertThat(dropped.why()).contains("risk management");
        });
    }

    @Test
    void theCustomersOwnMistakeGetsNoApologyAndNoRegretButThanksAndHelp() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.WRONG_PRODUCT).faultOwner(FaultOwner.CUSTOMER));

        assertThatPlan(plan).doesNotHaveSteps(Action.APOLOGIZE, Action.EXPRESS_REGRET)
                .hasSteps(Action.THANK_FOR_RAISING, Action.TAKE_OWNERSHIP, Action.FIX);
    }

    // The default playbook proposes no apology for the customer's own mistake; the drop guards the
    // playbook against one that a rule added later would propose.
    @Test
    void noRuleCanApologiseForTheCustomersOwnMistake() {
        RecoveryAdvisor advisor = withAnAnalystsRule("""
                plan.step(Action.APOLOGIZE, "Sorry.");
                plan.step(Action.EXPRESS_REGRET, "So sorry.");
                """);

        assertThat(advisor.recommend(incident().faultOwner(FaultOwner.CUSTOMER).build()).actions())
                .doesNotContain(Action.APOLOGIZE, Action.EXPRESS_REGRET);
        assertThat(advisor.recommend(incident().faultOwner(FaultOwner.REP).build()).actions())
                .as("the extra rule works otherwise").contains(Action.EXPRESS_REGRET);
    }

    @Test
    void noRuleCanAdmitFaultWhenAPatientMayBeAffected() {
        RecoveryAdvisor advisor = withAnAnalystsRule("""
                plan.step(Action.APOLOGIZE, "It was all my fault.");
                """);

        assertThat(advisor.recommend(incident().faultOwner(FaultOwner.COMPANY).patientImpact(true).build()).actions())
                .doesNotContain(Action.APOLOGIZE);
        assertThat(advisor.recommend(incident().faultOwner(FaultOwner.COMPANY).build()).actions())
                .as("the extra rule works otherwise").contains(Action.APOLOGIZE);
    }

    /** The default playbook with one more rule, firing for every incident, whose consequence is given. */
    private static RecoveryAdvisor withAnAnalystsRule(String consequence) {
        return RecoveryAdvisor.builder().defaultPlaybook().rules("extra.drl", """
                package dev.amends.extra;
                import dev.amends.model.*;
                global dev.amends.engine.PlanDraft plan;
                rule "An analyst's apology"
                when Incident()
                then
                %s
                end
                """.formatted(consequence)).build();
    }
}
