package dev.amends.cli;

import dev.amends.api.PlaybookVersion;
import dev.amends.model.Action;
import dev.amends.model.ActionKind;
import dev.amends.model.AvoidKind;
import dev.amends.model.OwnerKind;
import dev.amends.model.Phase;
import dev.amends.model.Avoid;
import dev.amends.api.Avoidance;
import dev.amends.model.Channel;
import dev.amends.model.CustomerMood;
import dev.amends.model.FaultOwner;
import dev.amends.model.Incident;
import dev.amends.model.Mistake;
import dev.amends.model.Owner;
import dev.amends.api.RecoveryPlan;
import dev.amends.model.Relationship;
import dev.amends.model.Severity;
import dev.amends.model.Stage;
import dev.amends.api.Step;
import dev.amends.model.Timing;

import java.util.List;

/** Hand-made plans, to test the renderers without running any rules. */
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

    /** A short plan: one in-house step before the call, one line of the call. */
    static RecoveryPlan plan() {
        return new Plan(incident(),
                List.of(
                        new HandStep(1, Stage.BEFORE_CONTACT, Action.ROUTE_COMPLAINT.phase(), Action.ROUTE_COMPLAINT,
                                "Report the wrong insert to the complaint unit.",
                                Timing.IMMEDIATELY, Owner.COMPLAINT_UNIT, "Route patient issues", ""),
                        new HandStep(2, Stage.FIRST_CONTACT, Action.THANK_FOR_RAISING.phase(), Action.THANK_FOR_RAISING,
                                "Thank you for bringing this to me straight away, Dr. Osei; I am on it now and "
                                        + "I will call you back within the hour with the replacement's arrival time.",
                                Timing.WITHIN_AN_HOUR, Owner.REP, "Thanks first to an angry customer",
                                "Anger calls for thanks before sorry.")),
                List.of(new HandAvoidance(Avoid.BLAME_OTHERS, "The warehouse is your company too.", "No blame")),
                Timing.WITHIN_AN_HOUR, Channel.PHONE);
    }

    /** A plan as written by hand; made by no playbook. */
    record Plan(Incident incident, List<Step> steps, List<Avoidance> avoid, Timing respondWithin, Channel channel)
            implements RecoveryPlan {

        @Override
        public PlaybookVersion playbook() {
            return PlaybookVersion.NONE;
        }
    }

    /** A step as written by hand. */
    record HandStep(int order, Stage stage, Phase phase, ActionKind action, String wording, Timing timing, OwnerKind owner,
                    String rule, String why) implements Step {
    }

    /** A thing to avoid as written by hand. */
    record HandAvoidance(AvoidKind what, String why, String rule) implements Avoidance {
    }

    /** A plan with every stage: two steps before the call, a call of two steps, two steps after it. */
    static RecoveryPlan recovery() {
        return plan(Timing.WITHIN_AN_HOUR, Channel.PHONE,
                step(1, Stage.BEFORE_CONTACT, Action.ROUTE_COMPLAINT, Timing.IMMEDIATELY, Owner.REP,
                        "Report the wrong insert to complaint handling now, with the lot number."),
                step(2, Stage.BEFORE_CONTACT, Action.NOTIFY_RISK_MANAGEMENT, Timing.WITHIN_AN_HOUR, Owner.RISK_MANAGEMENT,
                        "Tell risk management that a patient's surgery was delayed."),
                step(3, Stage.FIRST_CONTACT, Action.THANK_FOR_RAISING, Timing.WITHIN_AN_HOUR, Owner.REP,
                        "\"Thank you for telling me this directly, Dr. Osei.\""),
                step(4, Stage.FIRST_CONTACT, Action.EXPRESS_REGRET, Timing.WITHIN_AN_HOUR, Owner.REP,
                        "\"I'm sorry this happened to you and your patient.\""),
                step(5, Stage.FOLLOW_THROUGH, Action.FIX, Timing.TODAY, Owner.SERVICE_TEAM,
                        "Ship the right insert on the first courier."),
                step(6, Stage.FOLLOW_THROUGH, Action.EXPLAIN_CAUSE, Timing.WHEN_INVESTIGATION_CLOSES, Owner.REP,
                        "Tell Dr. Osei what the investigation found."));
    }

    /** A plan of these steps for {@link #incident()}, with one thing to avoid. */
    static RecoveryPlan plan(Timing respondWithin, Channel channel, Step... steps) {
        return new Plan(incident(), List.of(steps),
                List.of(new HandAvoidance(Avoid.SPECULATE_ABOUT_CAUSE, "Only the investigation knows the cause.", "No guesses")),
                respondWithin, channel);
    }

    /** A step whose rule and why say which step it is. */
    static Step step(int order, Stage stage, Action action, Timing timing, Owner owner, String wording) {
        return new HandStep(order, stage, action.phase(), action, wording, timing, owner,
                "Rule " + order, "Reason " + order + ".");
    }
}
