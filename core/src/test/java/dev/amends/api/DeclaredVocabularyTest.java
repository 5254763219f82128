package dev.amends.api;

import dev.amends.vocabulary.DeclaredFact;
import dev.amends.vocabulary.PlaybookVocabulary;
import dev.amends.model.*;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An organisation's own facts, actions, owners and things to avoid, declared beside its rules and used by them. */
class DeclaredVocabularyTest {

    static final String VOCABULARY = """
            facts:
              accountTier:
                about: How much the account is worth to us.
                values: [STRATEGIC, KEY, STANDARD]
                default: STANDARD
              refersPatients:
                type: yes/no
              unitsAffected:
                type: whole number
                bands: [1, 10, 50]
            owners:
              CLINICAL_SPECIALIST: The clinical specialist
            actions:
              SEND_LOANER_KIT:
                title: Send a loaner kit
                phase: REMEDY
                owner: CLINICAL_SPECIALIST
              LOG_IN_CRM:
                title: Log it in the CRM
                phase: FOLLOW_UP
                in-house: yes
            avoid:
              DISCUSS_PRICING: Talking about price
            """;

    static final String RULES = Drl.HEADER + """
            rule "A strategic account gets a loaner kit"
            when
                Facts( accountTier == AccountTier.STRATEGIC )
            then
                plan.step("SEND_LOANER_KIT", "Send a loaner kit to {account} today.");
            end

            rule "A referring contact hears no price talk"
            when
                Facts( refersPatients )
            then
                plan.avoid("DISCUSS_PRICING", "Anything of value to a referral source can read as an inducement.");
            end

            rule "Many units affected are logged"
            when
                Facts( unitsAffected >= 10 )
            then
                plan.step("LOG_IN_CRM", "Log the affected units.").by("SALES_MANAGER");
            end

            rule "Every plan fixes it"
            when
                Incident()
            then
                plan.step(Action.FIX, "Fix it.");
            end
            """;

    static RecoveryAdvisor advisor() {
        return RecoveryAdvisor.builder().vocabulary(VOCABULARY).rules("acme.drl", RULES).build();
    }

    @Test
    void aRuleOnADeclaredFactOfListedValuesRecommendsADeclaredAction() {
        RecoveryPlan plan = advisor().recommend(Incidents.wrongProduct().account("St. Brendan's").fact("accountTier", "STRATEGIC").build());

        Step loaner = plan.step("SEND_LOANER_KIT").orElseThrow();
        assertThat(loaner.wording()).isEqualTo("Send a loaner kit to St. Brendan's today.");
        assertThat(loaner.action().title()).isEqualTo("Send a loaner kit");
        assertThat(loaner.phase()).isEqualTo(Phase.REMEDY);
        assertThat(loaner.owner().name()).isEqualTo("CLINICAL_SPECIALIST");
        assertThat(loaner.owner().title()).isEqualTo("The clinical specialist");
    }

    @Test
    void aDeclaredFactTheIncidentDoesNotGiveTakesItsDefault() {
        RecoveryPlan plan = advisor().recommend(Incidents.wrongProduct().build());

        assertThat(plan.has("SEND_LOANER_KIT")).isFalse();
        assertThat(plan.has("LOG_IN_CRM")).isFalse();
        assertThat(plan.avoid()).isEmpty();
        assertThat(plan.has(Action.FIX)).isTrue();
    }

    @Test
    void aYesNoFactIsTestedByItsName() {
        RecoveryPlan plan = advisor().recommend(Incidents.wrongProduct().fact("refersPatients", true).build());

        assertThat(plan.avoids("DISCUSS_PRICING")).isTrue();
        assertThat(plan.avoid().get(0).what().title()).isEqualTo("Talking about price");
    }

    @Test
    void aWholeNumberIsTestedAtTheEdgeOfItsBands() {
        assertThat(advisor().recommend(Incidents.wrongProduct().fact("unitsAffected", 9).build()).has("LOG_IN_CRM")).isFalse();
        Step logged = advisor().recommend(Incidents.wrongProduct().fact("unitsAffected", 10).build()).step("LOG_IN_CRM").orElseThrow();

        assertThat(logged.owner()).isEqualTo(Owner.SALES_MANAGER);
        assertThat(logged.action().inHouse()).isTrue();
    }

    @Test
    void declaredActionsComeAfterBuiltInOnesOfTheirPhaseWhenNothingElseDecides() {
        RecoveryPlan plan = advisor().recommend(Incidents.wrongProduct().fact("accountTier", "STRATEGIC").build());

        assertThat(plan.actions()).extracting(a -> a.name()).containsSubsequence("FIX", "SEND_LOANER_KIT");
    }

    @Test
    void anIncidentGivingAnUndeclaredFactIsRejectedWithTheNearestName() {
        assertThatThrownBy(() -> advisor().recommend(Incidents.wrongProduct().fact("acountTier", "KEY").build()))
                .isInstanceOfSatisfying(InvalidIncidentException.class, e -> assertThat(e.field()).isEqualTo("facts.acountTier"))
                .hasMessageContaining("did you mean accountTier?");
    }

    @Test
    void aValueOutsideTheDeclaredOnesIsRejectedNamingTheAllowedOnes() {
        assertThatThrownBy(() -> advisor().recommend(Incidents.wrongProduct().fact("accountTier", "GOLD").build()))
                .isInstanceOfSatisfying(InvalidIncidentException.class, e -> assertThat(e.field()).isEqualTo("facts.accountTier"))
                .hasMessageContaining("allowed: STRATEGIC, KEY, STANDARD");
    }

    @Test
    void aValueOfTheWrongKindIsRejected() {
        assertThatThrownBy(() -> advisor().recommend(Incidents.wrongProduct().fact("refersPatients", "yes").build()))
                .isInstanceOf(InvalidIncidentException.class)
                .hasMessageContaining("facts.refersPatients: is a yes/no fact: give true or false");
        assertThatThrownBy(() -> advisor().recommend(Incidents.wrongProduct().fact("unitsAffected", -1).build()))
                .hasMessageContaining("facts.unitsAffected: is a whole number, 0 or more");
    }

    @Test
    void anIncidentGivingADeclaredFactToThePlaybookThatDeclaresNoneIsRejected() {
        assertThatThrownBy(() -> Drl.advisor("rule \"Fix\" when Incident() then plan.step(Action.FIX, \"Fix it.\"); end").recommend(Incidents.wrongProduct().fact("accountTier", "KEY").build()))
                .isInstanceOf(InvalidIncidentException.class)
                .hasMessageContaining("it declares no facts of its own");
    }

    @Test
    void aRequiredFactMissingFromTheIncidentIsNamed() {
        RecoveryAdvisor advisor = RecoveryAdvisor.builder().vocabulary("""
                facts:
                  productKind:
                    values: [IMPLANT, INSTRUMENT, CAPITAL]
                """).rules("a.drl", Drl.HEADER + """
                rule "Implants" when Facts( productKind == ProductKind.IMPLANT ) then plan.step(Action.FIX, "Fix it."); end
                """).build();

        assertThatThrownBy(() -> advisor.recommend(Incidents.wrongProduct().build()))
                .hasMessage("facts.productKind: is required by this playbook; allowed: one of IMPLANT, INSTRUMENT, CAPITAL");
    }

    @Test
    void theAdvisorListsWhatItsPlaybookDeclares() {
        PlaybookVocabulary vocabulary = advisor().vocabulary();

        assertThat(vocabulary.facts()).extracting(DeclaredFact::name).containsExactly("accountTier", "refersPatients", "unitsAffected");
        assertThat(vocabulary.fact("unitsAffected").orElseThrow().representatives()).containsExactly(0, 1, 10, 50);
        assertThat(vocabulary.fact("unitsAffected").orElseThrow().bandsInWords()).isEqualTo("0, 1 to 9, 10 to 49, 50 or more");
        assertThat(vocabulary.fact("accountTier").orElseThrow().declaredAt()).isEqualTo("vocabulary.yaml:2");
        assertThat(vocabulary.action("SEND_LOANER_KIT")).isPresent();
        assertThat(vocabulary.action("FIX")).contains(Action.FIX);
    }
}
