package dev.amends.benchmarks;

import dev.amends.model.Action;
import dev.amends.model.CustomerMood;
import dev.amends.model.DetectedBy;
import dev.amends.model.FaultOwner;
import dev.amends.model.Incident;
import dev.amends.model.Mistake;
import dev.amends.model.Relationship;
import dev.amends.model.Severity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The floor: a few of the default playbook's decisions written as plain Java (acknowledgement,
 * apology by fault owner, complaint routing and spread, escalation, the backbone's fix and
 * follow-up), answering the actions of a plan in plan order. No rule engine, no wording, no
 * explanation: what evaluating these decisions costs at the very least.
 */
public final class PlainJavaPlaybook {

    private PlainJavaPlaybook() {
    }

    public static List<Action> actions(Incident incident) {
        EnumSet<Action> actions = EnumSet.of(Action.SEE_CUSTOMER_VIEW, Action.TAKE_OWNERSHIP, Action.FIX, Action.FOLLOW_UP);

        if (incident.customerMood() == CustomerMood.ANGRY || incident.detectedBy() == DetectedBy.CUSTOMER) {
            actions.add(Action.THANK_FOR_RAISING);
        }
        if (incident.detectedBy() == DetectedBy.REP || incident.detectedBy() == DetectedBy.COMPANY) {
            actions.add(Action.REACH_OUT_FIRST);
        }

        FaultOwner owner = incident.faultOwner();
        if (owner == FaultOwner.REP) {
            actions.add(Action.APOLOGIZE);
        } else if (owner != FaultOwner.CUSTOMER) {
            actions.add(Action.EXPRESS_REGRET);
        }

        if (incident.mistake() == Mistake.WRONG_PRODUCT || incident.mistake() == Mistake.DEFECTIVE_PRODUCT
                || incident.patientImpact()) {
            actions.add(Action.ROUTE_COMPLAINT);
        }
        if (incident.publicComplaint() || incident.spreadBeyondContact()) {
            actions.add(Action.CHECK_SPREAD);
        }

        boolean leadership = incident.priorOccurrences() >= 1
                || incident.severity() == Severity.HIGH || incident.severity() == Severity.CRITICAL
                || (incident.relationship() == Relationship.NEW && incident.severity() != Severity.LOW);
        if (leadership) {
            actions.add(Action.ESCALATE_TO_LEADERSHIP);
        }
        actions.add(Action.DOUBLE_CHECK_PLAN);

        if (incident.referralsLost()) {
            actions.add(Action.ASK_FOR_ANOTHER_CHANCE);
            actions.add(Action.REVISIT_QUARTERLY);
        }
        return new ArrayList<>(actions);
    }
}
