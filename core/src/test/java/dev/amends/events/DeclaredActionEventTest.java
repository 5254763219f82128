package dev.amends.events;

import dev.amends.api.RecoveryAdvisor;
import dev.amends.api.RecoveryPlan;
import dev.amends.api.Step;
import dev.amends.api.StepStatus;
import dev.amends.model.Event;
import dev.amends.model.FaultOwner;
import dev.amends.model.Incident;
import dev.amends.model.Mistake;
import dev.amends.model.Outcome;
import dev.amends.model.Relationship;
import dev.amends.model.Severity;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** An event about a step whose action the playbook declares: named by its name, marked done, and matched by rules by name. */
class DeclaredActionEventTest {

    private static final String VOCABULARY = """
            actions:
              SEND_LOANER_KIT:
                title: Send a loaner kit
                phase: REMEDY
            """;

    private static final String RULES = """
            package test.playbook;
            import dev.amends.model.*;
            global dev.amends.dsl.PlanDraft plan;

            rule "Send a loaner kit"
            when
                Incident()
            then
                plan.step("SEND_LOANER_KIT", "Send a loaner kit today.");
            end

            rule "A loaner kit that did not help goes to the sales manager"
            when
                StepDone( action.name == "SEND_LOANER_KIT", outcome == Outcome.FAILED )
            then
                plan.step(Action.INVOLVE_SALES_MANAGER, "Ask your manager for another route.");
            end
            """;

    private static final OffsetDateTime REPORTED = OffsetDateTime.parse("2026-11-23T09:00:00+01:00");

    private static final RecoveryAdvisor ADVISOR = RecoveryAdvisor.builder().vocabulary(VOCABULARY).rules("test.drl", RULES).build();

    private static Incident.Builder incident() {
        return Incident.builder().mistake(Mistake.LATE_DELIVERY).faultOwner(FaultOwner.COMPANY).severity(Severity.HIGH)
                .relationship(Relationship.ESTABLISHED).reportedAt(REPORTED);
    }

    @Test
    void aDeclaredActionNamedInAnEventMarksItsStepDone() {
        RecoveryPlan plan = ADVISOR.recommend(incident()
                .event(Event.stepDone(REPORTED.plusHours(2), "SEND_LOANER_KIT", Outcome.SUCCEEDED)).build());

        assertThat(plan.step("SEND_LOANER_KIT")).map(Step::status).contains(StepStatus.DONE);
    }

    @Test
    void aRuleMatchesAnEventAboutADeclaredActionByItsName() {
        RecoveryPlan plan = ADVISOR.recommend(incident()
                .event(Event.stepDone(REPORTED.plusHours(2), "SEND_LOANER_KIT", Outcome.FAILED)).build());

        assertThat(plan.has("INVOLVE_SALES_MANAGER")).isTrue();
    }
}
