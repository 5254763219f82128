package dev.amends.cli;

import dev.amends.model.Action;
import dev.amends.model.Avoid;
import dev.amends.model.Avoidance;
import dev.amends.model.Channel;
import dev.amends.model.CustomerMood;
import dev.amends.model.FaultOwner;
import dev.amends.model.Incident;
import dev.amends.model.Mistake;
import dev.amends.model.Owner;
import dev.amends.model.RecoveryPlan;
import dev.amends.model.Relationship;
import dev.amends.model.Severity;
import dev.amends.model.Step;
import dev.amends.model.Timing;

import java.util.List;

/** A hand-made plan, to test the renderers without running any rules. */
final class Plans {

    private Plans() {
    }

    static Incident incident() {
        return Incident.builder()
                .id("INC-7")
                .mistake(Mistake.WRONG_PRODUCT)
                .faultOwner(FaultOwner.COMPANY)
                .severity(Severity.CRITICAL)
                .relationship(Relationship.ESTABLISHED)
                .customerMood(CustomerMood.ANGRY)
                .patientImpact(true)
                .contact("Dr. Amara Osei")
                .account("St. Brendan's Hospital")
                .product("Kestrel tibial insert, size 4")
                .build();
    }

    static RecoveryPlan plan() {
        return new RecoveryPlan(incident(),
                List.of(
                        new Step(1, Action.THANK_FOR_RAISING.phase(), Action.THANK_FOR_RAISING,
                                "Thank you for bringing this to me straight away, Dr. Amara Osei; I am on it now and "
                                        + "I will call you back within the hour with the replacement's arrival time.",
                                Timing.WITHIN_AN_HOUR, Owner.REP, "Thanks first to an angry customer",
                                "Anger calls for thanks before sorry."),
                        new Step(2, Action.ROUTE_COMPLAINT.phase(), Action.ROUTE_COMPLAINT,
                                "Report the wrong insert to the complaint unit.",
                                Timing.IMMEDIATELY, Owner.COMPLAINT_UNIT, "Route patient issues", "")),
                List.of(new Avoidance(Avoid.BLAME_OTHERS, "The warehouse is your company too.", "No blame")),
                Timing.WITHIN_AN_HOUR, Channel.PHONE);
    }
}
