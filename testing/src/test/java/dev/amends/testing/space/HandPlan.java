package dev.amends.testing.space;

import dev.amends.api.PlaybookVersion;
import dev.amends.model.Action;
import dev.amends.model.ActionKind;
import dev.amends.model.AvoidKind;
import dev.amends.model.OwnerKind;
import dev.amends.model.Phase;
import dev.amends.model.Avoid;
import dev.amends.api.Avoidance;
import dev.amends.model.Channel;
import dev.amends.model.Incident;
import dev.amends.model.Owner;
import dev.amends.api.RecoveryPlan;
import dev.amends.model.Stage;
import dev.amends.api.Step;
import dev.amends.model.Timing;

import java.util.ArrayList;
import java.util.List;

/**
 * A plan written by hand, stage by stage, to show what an invariant accepts and what it catches.
 * Steps are numbered in the order they are written.
 */
final class HandPlan {

    private final Incident incident;
    private final Timing respondWithin;
    private final List<Step> steps = new ArrayList<>();
    private final List<Avoidance> avoid = new ArrayList<>();
    private Channel channel = Channel.PHONE;

    private HandPlan(Incident incident, Timing respondWithin) {
        this.incident = incident;
        this.respondWithin = respondWithin;
    }

    /** A plan for this incident whose first contact is due within this time. */
    static HandPlan of(Incident incident, Timing respondWithin) {
        return new HandPlan(incident, respondWithin);
    }

    /** An in-house step before the first contact. */
    HandPlan before(Action action, Timing timing) {
        return step(Stage.BEFORE_CONTACT, action, timing, "Do it.");
    }

    /** Steps of the first conversation, due at first contact. */
    HandPlan say(Action... actions) {
        for (Action action : actions) {
            step(Stage.FIRST_CONTACT, action, respondWithin, "Say it.");
        }
        return this;
    }

    /** A step after the first conversation. */
    HandPlan then(Action action, Timing timing) {
        return step(Stage.FOLLOW_THROUGH, action, timing, "Do it.");
    }

    HandPlan step(Stage stage, Action action, Timing timing, String wording) {
        return step(stage, action, timing, wording, Owner.REP);
    }

    /** A step someone other than the rep carries out. */
    HandPlan step(Stage stage, Action action, Timing timing, String wording, Owner owner) {
        steps.add(new HandStep(steps.size() + 1, stage, action.phase(), action, wording, timing, owner, "by hand", "why"));
        return this;
    }

    /** The last step written, marked done by this event. */
    HandPlan doneBy(dev.amends.model.StepDone event) {
        HandStep last = (HandStep) steps.remove(steps.size() - 1);
        steps.add(new HandStep(last.order(), last.stage(), last.phase(), last.action(), last.wording(), last.timing(), last.owner(),
                last.rule(), last.why(), java.util.Optional.of(event)));
        return this;
    }

    /** The first contact by this channel; by phone unless said. */
    HandPlan by(Channel channel) {
        this.channel = channel;
        return this;
    }

    HandPlan avoid(Avoid what) {
        return avoid(what, "why");
    }

    /** A thing to avoid, with the reason given. */
    HandPlan avoid(Avoid what, String why) {
        avoid.add(new HandAvoidance(what, why, "by hand"));
        return this;
    }

    RecoveryPlan build() {
        return new Plan(incident, steps, avoid, respondWithin, channel);
    }

    /** A plan as written by hand; made by no playbook. */
    record Plan(Incident incident, List<Step> steps, List<Avoidance> avoid, Timing respondWithin, Channel channel)
            implements RecoveryPlan {

        Plan {
            steps = List.copyOf(steps);
            avoid = List.copyOf(avoid);
        }

        @Override
        public PlaybookVersion playbook() {
            return PlaybookVersion.NONE;
        }
    }

    /** A step as written by hand. */
    record HandStep(int order, Stage stage, Phase phase, ActionKind action, String wording, Timing timing, OwnerKind owner,
                    String rule, String why, java.util.Optional<dev.amends.model.StepDone> done) implements Step {

        HandStep(int order, Stage stage, Phase phase, ActionKind action, String wording, Timing timing, OwnerKind owner,
                 String rule, String why) {
            this(order, stage, phase, action, wording, timing, owner, rule, why, java.util.Optional.empty());
        }
    }

    /** A thing to avoid as written by hand. */
    record HandAvoidance(AvoidKind what, String why, String rule) implements Avoidance {
    }
}
