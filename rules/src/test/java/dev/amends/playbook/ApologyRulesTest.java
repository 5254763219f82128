package dev.amends.playbook;

import dev.amends.api.Explanation;
import dev.amends.api.RecoveryAdvisor;
import dev.amends.model.Action;
import dev.amends.model.Avoid;
import dev.amends.model.DetectedBy;
import dev.amends.model.FaultOwner;
import dev.amends.model.Mistake;
import dev.amends.api.RecoveryPlan;
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
import static dev.amends.playbook.DefaultPlaybook.step;
import static org.assertj.core.api.Assertions.assertThat;

/** Who apologises, and how: by who caused it, how often it happened, and whether a patient may be affected (apology.drl). */
class ApologyRulesTest {

    @Test
    void theRepsOwnFirstMistakeGetsAPersonalApologyAndTheirWord() {
        RecoveryPlan plan = plan(incident().faultOwner(FaultOwner.REP).contact("Dr. Amara Osei"));

        assertThatPlan(plan).doesNotHaveSteps(Action.EXPRESS_REGRET)
                .step(Action.APOLOGIZE).wasAddedBy("Apologise personally when the rep made the mistake")
                .wordingContains("I'm sorry, Dr. Osei.").wordingContains("my mistake").wordingContains("You have my word");
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

    @ParameterizedTest(name = "{0} erred a second time")
    @EnumSource(value = FaultOwner.class, names = {"COMPANY", "THIRD_PARTY", "UNKNOWN"})
    void aSecondTimeIsNamedBeforeTheCustomerHasToSayIt(FaultOwner faultOwner) {
        assertThatPlan(plan(incident().faultOwner(faultOwner).priorOccurrences(1))).step(Action.EXPRESS_REGRET)
                .wasAddedBy("Express regret for a second time and say you know it").wordingContains("second time");
    }

    @ParameterizedTest(name = "after {0} earlier occurrences")
    @CsvSource({"2", "5"})
    void aThirdTimeOrLaterGetsNoRoutineApologyButSomeoneWhoCanChangeThings(int prior) {
        assertThatPlan(plan(incident().faultOwner(FaultOwner.COMPANY).priorOccurrences(prior))).step(Action.EXPRESS_REGRET)
                .wasAddedBy("Say that an apology is not enough after a third time")
                .wordingContains("too many times").wordingDoesNotContain("I'm sorry about");
    }

    @Test
    void eachTierOfRepeatIsADifferentConversation() {
        String first = step(plan(incident().faultOwner(FaultOwner.COMPANY)), Action.EXPRESS_REGRET).wording();
        String second = step(plan(incident().faultOwner(FaultOwner.COMPANY).priorOccurrences(1)), Action.EXPRESS_REGRET).wording();
        String third = step(plan(incident().faultOwner(FaultOwner.COMPANY).priorOccurrences(2)), Action.EXPRESS_REGRET).wording();

        assertThat(java.util.Set.of(first, second, third)).hasSize(3);
    }

    @ParameterizedTest(name = "{0} at fault, a patient may be affected: sympathy without fault")
    @EnumSource(value = FaultOwner.class, names = {"COMPANY", "THIRD_PARTY", "UNKNOWN"})
    void whenAPatientMayBeAffectedBySomeoneElsesMistakeThereIsSympathyAndNoStatementOfFault(FaultOwner faultOwner) {
        RecoveryPlan plan = plan(incident().mistake(Mistake.DEFECTIVE_PRODUCT).faultOwner(faultOwner).patientImpact(true));

        assertThatPlan(plan).doesNotHaveSteps(Action.APOLOGIZE)
                .avoids(Avoid.SPECULATE_ABOUT_CAUSE, Avoid.OFFER_COMPENSATION_ON_THE_SPOT)
                .step(Action.EXPRESS_REGRET).wasAddedBy("Express sympathy without fault when a patient may be affected")
                .wordingContains("sorry this has happened").wordingDoesNotContain("mistake");
    }

    @ParameterizedTest(name = "caught by {0}")
    @CsvSource(delimiter = '|', textBlock = """
            CUSTOMER    | Own a request of theirs we left unanswered, and nothing about the patients | we did not answer you
            THIRD_PARTY | Own a request of theirs we left unanswered, and nothing about the patients | we did not answer you
            COMPANY     | Own a service of ours we saw fail, and nothing about the patients          | This one is on us
            REP         | Own a service of ours we saw fail, and nothing about the patients          | This one is on us
            """)
    void aRequestOurPeopleLeftUnansweredWhereAPatientMayBeAffectedIsOwnedPlainlyNotMetWithSympathyWithoutFault(
            DetectedBy detectedBy, String rule, String words) {
        RecoveryPlan plan = plan(incident().mistake(Mistake.UNANSWERED_REQUEST).faultOwner(FaultOwner.COMPANY).detectedBy(detectedBy)
                .patientImpact(true));

        assertThatPlan(plan).step(Action.EXPRESS_REGRET).wasAddedBy(rule).wordingContains(words)
                .wordingDoesNotContain("nothing about fault").wordingDoesNotContain("anyone it may have affected");
    }

    @Test
    void aCriticalIncidentIsTreatedAsAPatientCaseEvenWithoutAReportedPatient() {
        assertThatPlan(plan(incident().mistake(Mistake.WRONG_PRODUCT).faultOwner(FaultOwner.COMPANY).severity(Severity.CRITICAL)))
                .step(Action.EXPRESS_REGRET).wasAddedBy("Express sympathy without fault when a patient may be affected");
    }

    @Test
    void aRepWhoErredOwnsTheErrorWhenAPatientMayBeAffectedButSaysNothingOfTheOutcome() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.INCORRECT_INFORMATION).faultOwner(FaultOwner.REP).patientImpact(true));

        assertThatPlan(plan).doesNotHaveSteps(Action.EXPRESS_REGRET).avoids(Avoid.OFFER_COMPENSATION_ON_THE_SPOT)
                .step(Action.APOLOGIZE).wasAddedBy("Own what you got wrong when a patient may be affected, and no more")
                .wordingContains("my mistake").wordingDoesNotContain("patient").wordingDoesNotContain("You have my word");
    }

    @Test
    void theCustomersOwnMistakeGetsNoApologyAndNoRegretButThanksAndHelp() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.WRONG_PRODUCT).faultOwner(FaultOwner.CUSTOMER));

        assertThatPlan(plan).doesNotHaveSteps(Action.APOLOGIZE, Action.EXPRESS_REGRET)
                .hasSteps(Action.THANK_FOR_RAISING, Action.TAKE_OWNERSHIP, Action.FIX);
    }

    @Test
    void explainingTheCustomersOwnMistakeShowsTheRegretDroppedAndWhy() {
        Explanation explanation = explain(incident().faultOwner(FaultOwner.CUSTOMER));

        assertThat(explanation.dropped()).singleElement().satisfies(dropped -> {
            assertThat(dropped.action()).isEqualTo(Action.EXPRESS_REGRET);
            assertThat(dropped.proposedBy()).isEqualTo("Express regret when someone else erred");
            assertThat(dropped.droppedBy()).isEqualTo("No apology for the customer's own mistake");
            assertThat(dropped.why()).isEqualTo("the customer is at fault");
        });
    }

    @Test
    void noRuleCanApologiseForTheCustomersOwnMistake() {
        RecoveryAdvisor advisor = RecoveryAdvisor.builder().defaultPlaybook().rules("extra.drl", """
                package dev.amends.extra;
                import dev.amends.model.*;
                global dev.amends.dsl.PlanDraft plan;
                rule "Always say sorry"
                when Incident()
                then
                    plan.step(Action.APOLOGIZE, "Sorry.");
                end
                """).build();

        assertThat(advisor.recommend(incident().faultOwner(FaultOwner.CUSTOMER).build()).actions()).doesNotContain(Action.APOLOGIZE);
        assertThat(advisor.recommend(incident().faultOwner(FaultOwner.COMPANY).build()).actions())
                .as("the extra rule works otherwise").contains(Action.APOLOGIZE);
    }
}
