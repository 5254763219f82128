package dev.amends.testing.scenario;

import dev.amends.api.RecoveryAdvisor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scenario files give the facts a playbook declares and expect the actions, owners and avoid items it declares. */
class DeclaredVocabularyScenariosTest {

    private static final RecoveryAdvisor ADVISOR = RecoveryAdvisor.builder().vocabulary("""
            facts:
              accountTier:
                values: [STRATEGIC, KEY, STANDARD]
                default: STANDARD
              refersPatients:
                type: yes/no
              productKind:
                values: [IMPLANT, INSTRUMENT]
            owners:
              CLINICAL_SPECIALIST: The clinical specialist
            actions:
              SEND_LOANER_KIT:
                title: Send a loaner kit
                phase: REMEDY
                owner: CLINICAL_SPECIALIST
            avoid:
              DISCUSS_PRICING: Talking about price
            """).rules("acme.drl", """
            package acme;
            import dev.amends.model.*;
            global dev.amends.dsl.PlanDraft plan;

            rule "A strategic account gets a loaner kit"
            when
                Facts( accountTier == AccountTier.STRATEGIC, productKind == ProductKind.IMPLANT )
            then
                plan.step("SEND_LOANER_KIT", "Send a loaner kit today.");
            end

            rule "No price talk with a referral source"
            when
                Facts( refersPatients )
            then
                plan.avoid("DISCUSS_PRICING", "It can read as an inducement.");
            end

            rule "Fix it"
            when
                Incident()
            then
                plan.step(Action.FIX, "Fix it.");
            end
            """).build();

    private static final String INCIDENT = """
              mistake: WRONG_PRODUCT
              faultOwner: COMPANY
              severity: HIGH
              relationship: ESTABLISHED
            """;

    @Test
    void aScenarioGivesDeclaredFactsAndExpectsDeclaredNames() {
        ScenarioReport report = ScenarioSuite.parse("acme.scenarios", "scenario: a strategic implant account\n" + INCIDENT + """
                  accountTier: STRATEGIC
                  productKind: IMPLANT
                  refersPatients: true
                  expect: SEND_LOANER_KIT owner CLINICAL_SPECIALIST
                  expect: FIX before SEND_LOANER_KIT
                  expect: avoids DISCUSS_PRICING
                """, ADVISOR.vocabulary()).run(ADVISOR);

        assertThat(report.failed()).isZero();
        assertThat(report.coverage().uncovered()).isEmpty();
    }

    @Test
    void anExpectationOnADeclaredActionFailsWhenThePlanLacksIt() {
        ScenarioReport report = ScenarioSuite.parse("acme.scenarios", "scenario: a standard account\n" + INCIDENT + """
                  productKind: IMPLANT
                  expect: has SEND_LOANER_KIT
                """, ADVISOR.vocabulary()).run(ADVISOR);

        assertThat(report.results()).singleElement().satisfies(r ->
                assertThat(r.describeFailure()).contains("no SEND_LOANER_KIT step in the plan"));
    }

    @Test
    void aMisspelledDeclaredFactOrValueIsAProblemOfItsLine() {
        assertThatThrownBy(() -> ScenarioSuite.parse("acme.scenarios", "scenario: typos\n" + INCIDENT + """
                  productKind: IMPLANT
                  acountTier: KEY
                  refersPatients: maybe
                  expect: has SEND_LOANER_KT
                """, ADVISOR.vocabulary()))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("acme.scenarios:7: unknown fact \"acountTier\"; did you mean accountTier?")
                .hasMessageContaining("acme.scenarios:8: refersPatients must be true or false (or yes or no), was \"maybe\"")
                .hasMessageContaining("acme.scenarios:9: unknown action \"SEND_LOANER_KT\"; did you mean SEND_LOANER_KIT?");
    }

    @Test
    void aYesNoFactMayBeGivenAsYesOrNoAsInTheVocabulary() {
        ScenarioReport report = ScenarioSuite.parse("acme.scenarios", "scenario: a referral source\n" + INCIDENT + """
                  productKind: IMPLANT
                  refersPatients: yes
                  expect: avoids DISCUSS_PRICING
                """, ADVISOR.vocabulary()).run(ADVISOR);

        assertThat(report.failed()).isZero();
    }

    @Test
    void aNumberBeyondTheLargestSaysTheLargest() {
        assertThatThrownBy(() -> ScenarioSuite.parse("acme.scenarios", "scenario: many\n" + INCIDENT + """
                  productKind: IMPLANT
                  priorOccurrences: 3000000000
                  expect: has FIX
                """, ADVISOR.vocabulary()))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("priorOccurrences must be a whole number from 0 to 2147483647, was 3000000000");
    }

    @Test
    void aDeclaredFactWithoutDefaultMustBeGiven() {
        assertThatThrownBy(() -> ScenarioSuite.parse("acme.scenarios", "scenario: no product kind\n" + INCIDENT + """
                  expect: has FIX
                """, ADVISOR.vocabulary()))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("acme.scenarios:1: scenario \"no product kind\": productKind is required by this playbook; "
                        + "allowed: one of IMPLANT, INSTRUMENT");
    }

    @Test
    void withoutTheVocabularyADeclaredFactIsUnknown() {
        assertThatThrownBy(() -> ScenarioSuite.parse("acme.scenarios", "scenario: plain\n" + INCIDENT + """
                  accountTier: KEY
                  expect: has FIX
                """))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("unknown fact \"accountTier\"");
    }
}
