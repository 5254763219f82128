package dev.amends.api;

import dev.amends.model.*;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExplanationTest {

    private static final RecoveryAdvisor ADVISOR = Drl.advisor("""
            rule "Apologise when the rep erred"
            when
                Incident( faultOwner == FaultOwner.REP || severity == Severity.CRITICAL )
            then
                plan.step(Action.APOLOGIZE, "Sorry, {contact}.");
            end
            rule "Fix it"
            when Incident() then plan.step(Action.FIX, "Fix it."); end
            // a rule that drops what another proposed
            rule "No apology for the customer's own mistake"
            when
                Incident( faultOwner == FaultOwner.CUSTOMER )
            then
                plan.drop(Action.APOLOGIZE, "the customer is at fault");
            end
            rule "Never fires"
            when Incident( priorOccurrences > 100 ) then plan.step(Action.OFFER_REMEDY, "x"); end
            """);

    @Test
    void listsEveryRuleOfThePlaybookWithWhereItIsWritten() {
        assertThat(ADVISOR.rules()).extracting(PlaybookRule::name).containsExactly(
                "Apologise when the rep erred", "Fix it", "Never fires", "No apology for the customer's own mistake");
        assertThat(ADVISOR.rules().get(0).location()).isEqualTo("test.drl:" + Drl.FIRST_LINE);
        assertThat(ADVISOR.rules().get(0).conditions())
                .isEqualTo("Incident( faultOwner == FaultOwner.REP || severity == Severity.CRITICAL )");
    }

    @Test
    void aRuleWhoseQuotedNameHoldsTwoSlashesKeepsItsConditions() {
        RecoveryAdvisor advisor = Drl.advisor("""
                rule 'Apologise // the rep erred' when Incident( faultOwner == FaultOwner.REP ) then plan.step(Action.APOLOGIZE, "Sorry."); end
                """);

        assertThat(advisor.rules()).singleElement()
                .satisfies(rule -> assertThat(rule.conditions()).isEqualTo("Incident( faultOwner == FaultOwner.REP )"));
        Explanation explanation = advisor.explain(Incidents.wrongProduct().faultOwner(FaultOwner.REP).build());
        assertThat(explanation.firing("Apologise // the rep erred").orElseThrow().matched())
                .containsExactly("Incident(faultOwner=REP)");
    }

    @Test
    void theMatchedFactsAreTheFieldsTheConditionsReadNotWordsInTheirStrings() {
        RecoveryAdvisor advisor = Drl.advisor("""
                rule "Fix what the rep got wrong"
                when
                    Incident( faultOwner == FaultOwner.REP, String.valueOf(faultOwner) != "severity" )
                then
                    plan.step(Action.FIX, "Fix it.");
                end
                """);

        Explanation explanation = advisor.explain(Incidents.wrongProduct().faultOwner(FaultOwner.REP).build());

        assertThat(explanation.firing("Fix what the rep got wrong").orElseThrow().matched())
                .containsExactly("Incident(faultOwner=REP)");
    }

    @Test
    void theExplainedPlanIsTheRecommendedPlan() {
        var incident = Incidents.wrongProduct().contact("Dr. Lee").build();

        assertThat(ADVISOR.explain(incident).plan()).isEqualTo(ADVISOR.recommend(incident));
    }

    @Test
    void eachStepLeadsToTheRuleThatAddedItAndTheFactsItMatched() {
        Explanation explanation = ADVISOR.explain(Incidents.wrongProduct().faultOwner(FaultOwner.REP).build());
        Step apology = explanation.plan().step(Action.APOLOGIZE).orElseThrow();

        Explanation.Firing firing = explanation.firingBehind(apology).orElseThrow();
        assertThat(firing.rule().name()).isEqualTo("Apologise when the rep erred");
        assertThat(firing.times()).isEqualTo(1);
        assertThat(firing.matched()).containsExactly("Incident(faultOwner=REP, severity=MEDIUM)");
        assertThat(explanation.firing("Fix it").orElseThrow().matched()).containsExactly("Incident");
    }

    @Test
    void onlyTheRulesThatFiredAreListed() {
        Explanation explanation = ADVISOR.explain(Incidents.wrongProduct().build());

        assertThat(explanation.firings()).extracting(f -> f.rule().name())
                .containsExactly("Apologise when the rep erred", "Fix it");
    }

    @Test
    void aDroppedStepNamesTheRuleThatProposedItTheRuleThatDroppedItAndWhy() {
        Explanation explanation = ADVISOR.explain(Incidents.wrongProduct().faultOwner(FaultOwner.CUSTOMER)
                .severity(dev.amends.model.Severity.CRITICAL).contact("Dr. Lee").build());

        assertThat(explanation.plan().has(Action.APOLOGIZE)).isFalse();
        assertThat(explanation.dropped()).extracting(DroppedStep::action, DroppedStep::wording,
                        DroppedStep::proposedBy, DroppedStep::droppedBy, DroppedStep::why)
                .containsExactly(org.assertj.core.api.Assertions.tuple(Action.APOLOGIZE, "Sorry, Dr. Lee.",
                        "Apologise when the rep erred", "No apology for the customer's own mistake", "the customer is at fault"));
    }

    @Test
    void nothingIsDroppedWhenNoDropApplies() {
        assertThat(ADVISOR.explain(Incidents.wrongProduct().build()).dropped()).isEmpty();
    }
}
