package dev.amends.api;

import dev.amends.model.*;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to do about an incident: the steps in the order to take them, what to avoid, and the pace
 * and channel of the conversation with the customer.
 *
 * @param incident      the facts the plan answers
 * @param steps         in the order to take them: the in-house steps due before the first contact,
 *                      the first conversation in the order it is spoken, then the rest as it falls due
 * @param avoid         one entry per thing to avoid, in the order of {@link Avoid}, declared items after the built-in ones
 * @param respondWithin how soon the customer hears from the rep
 * @param channel       how the rep talks to the customer
 * @param playbook      which playbook version made the plan; not part of equality: two plans that
 *                      say the same are equal whichever version made them
 */
public record RecoveryPlan(
        Incident incident,
        List<Step> steps,
        List<Avoidance> avoid,
        Timing respondWithin,
        Channel channel,
        PlaybookVersion playbook) {

    public RecoveryPlan {
        steps = List.copyOf(steps);
        avoid = List.copyOf(avoid);
        playbook = Objects.requireNonNull(playbook, "playbook");
    }

    /** A plan made by hand, not by an advisor: its playbook is {@link PlaybookVersion#NONE}. */
    public RecoveryPlan(Incident incident, List<Step> steps, List<Avoidance> avoid, Timing respondWithin, Channel channel) {
        this(incident, steps, avoid, respondWithin, channel, PlaybookVersion.NONE);
    }

    /** The step for an action, if the plan has one. */
    public Optional<Step> step(ActionKind action) {
        return step(action.name());
    }

    /** The step for an action named as rules name it ({@code FIX}, or a declared {@code SEND_LOANER_KIT}), if the plan has one. */
    public Optional<Step> step(String action) {
        return steps.stream().filter(s -> s.action().name().equals(action)).findFirst();
    }

    /** Whether the plan contains a step for this action. */
    public boolean has(ActionKind action) {
        return step(action).isPresent();
    }

    /** Whether the plan contains a step for the action of this name, built-in or declared. */
    public boolean has(String action) {
        return step(action).isPresent();
    }

    /** Whether the plan tells the rep to avoid this. */
    public boolean avoids(AvoidKind what) {
        return avoids(what.name());
    }

    /** Whether the plan tells the rep to avoid the item of this name, built-in or declared. */
    public boolean avoids(String what) {
        return avoid.stream().anyMatch(a -> a.what().name().equals(what));
    }

    /** The steps of one stage, in order. */
    public List<Step> steps(Stage stage) {
        return steps.stream().filter(s -> s.stage() == stage).toList();
    }

    /** Equal when the plans say the same: incident, steps, avoid, pace and channel; the playbook version is not compared. */
    @Override
    public boolean equals(Object other) {
        return other instanceof RecoveryPlan plan && Objects.equals(incident, plan.incident) && steps.equals(plan.steps)
                && avoid.equals(plan.avoid) && respondWithin == plan.respondWithin && channel == plan.channel;
    }

    @Override
    public int hashCode() {
        return Objects.hash(incident, steps, avoid, respondWithin, channel);
    }

    /** The actions of the plan, in order. */
    public List<ActionKind> actions() {
        return steps.stream().map(Step::action).toList();
    }
}
