package dev.amends.playbook;

import dev.amends.model.Action;
import dev.amends.model.FaultOwner;
import dev.amends.model.Incident;
import dev.amends.model.Owner;
import dev.amends.model.RecoveryPlan;
import dev.amends.model.Relationship;
import dev.amends.model.Severity;
import org.junit.jupiter.api.Test;

import static dev.amends.playbook.DefaultPlaybook.incident;
import static dev.amends.playbook.DefaultPlaybook.plan;
import static dev.amends.playbook.DefaultPlaybook.step;
import static org.assertj.core.api.Assertions.assertThat;

class EscalationRulesTest {

    private static void assertLeadershipChangesTheProcess(Incident.Builder incident) {
        RecoveryPlan plan = plan(incident);

        assertThat(plan.has(Action.ESCALATE_TO_LEADERSHIP)).as("escalated").isTrue();
        assertThat(step(plan, Action.DOUBLE_CHECK_PLAN).owner()).as("process change owned by leadership")
                .isEqualTo(Owner.LEADERSHIP);
    }

    private static void assertTheRepHandlesItAlone(Incident.Builder incident) {
        RecoveryPlan plan = plan(incident);

        assertThat(plan.has(Action.ESCALATE_TO_LEADERSHIP)).as("not escalated").isFalse();
        assertThat(step(plan, Action.DOUBLE_CHECK_PLAN).rule()).isEqualTo("Put a double check on your own work");
        assertThat(step(plan, Action.DOUBLE_CHECK_PLAN).owner()).isEqualTo(Owner.REP);
    }

    @Test
    void aRepeatedMistakeGoesToLeadership() {
        assertLeadershipChangesTheProcess(incident().severity(Severity.LOW).priorOccurrences(1));
    }

    @Test
    void aHighSeverityMistakeGoesToLeadership() {
        assertLeadershipChangesTheProcess(incident().severity(Severity.HIGH));
    }

    @Test
    void aCriticalMistakeGoesToLeadership() {
        assertLeadershipChangesTheProcess(incident().severity(Severity.CRITICAL));
    }

    @Test
    void aMediumMistakeInANewRelationshipGoesToLeadership() {
        assertLeadershipChangesTheProcess(incident().relationship(Relationship.NEW).severity(Severity.MEDIUM));
    }

    @Test
    void aMinorFirstMistakeInANewRelationshipStaysWithTheRep() {
        assertTheRepHandlesItAlone(incident().relationship(Relationship.NEW).severity(Severity.LOW));
    }

    @Test
    void aMediumFirstMistakeInAnEstablishedRelationshipStaysWithTheRep() {
        assertTheRepHandlesItAlone(incident().relationship(Relationship.ESTABLISHED).severity(Severity.MEDIUM));
    }

    @Test
    void escalationHappensTheSameDayAndAfterTheFix() {
        RecoveryPlan plan = plan(incident().severity(Severity.HIGH));

        assertThat(step(plan, Action.ESCALATE_TO_LEADERSHIP).timing()).isEqualTo(dev.amends.model.Timing.TODAY);
        assertThat(step(plan, Action.ESCALATE_TO_LEADERSHIP).order()).isGreaterThan(step(plan, Action.FIX).order());
        assertThat(step(plan, Action.ESCALATE_TO_LEADERSHIP).wording()).contains("not the people");
    }

    @Test
    void aMinorSlipOnTheCustomersSideGetsACheckOfferedToThemNotImposedOnTheRep() {
        RecoveryPlan plan = plan(incident().faultOwner(FaultOwner.CUSTOMER).severity(Severity.LOW));

        assertThat(plan.has(Action.ESCALATE_TO_LEADERSHIP)).as("not escalated").isFalse();
        assertThat(step(plan, Action.DOUBLE_CHECK_PLAN).rule()).isEqualTo("Offer the customer a check that catches the same slip");
        assertThat(step(plan, Action.DOUBLE_CHECK_PLAN).wording()).contains("as a service");
    }
}
