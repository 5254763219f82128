package dev.amends.model;

import java.util.List;
import java.util.Optional;

/**
 * What to do about an incident: the steps in the order to take them, what to avoid, and the pace
 * and channel of the conversation with the customer.
 *
 * @param incident      the facts the plan answers
 * @param steps         in the order to take them: the in-house steps due before the first contact,
 *                      the first conversation in the order it is spoken, then the rest as it falls due
 * @param avoid         one entry per thing to avoid, in the order of {@link Avoid}
 * @param respondWithin how soon the customer hears from the rep
 * @param channel       how the rep talks to the customer
 */
public record RecoveryPlan(
        Incident incident,
        List<Step> steps,
        List<Avoidance> avoid,
        Timing respondWithin,
        Channel channel) {

    public RecoveryPlan {
        steps = List.copyOf(steps);
        avoid = List.copyOf(avoid);
    }

    /** The step for an action, if the plan has one. */
    public Optional<Step> step(Action action) {
        return steps.stream().filter(s -> s.action() == action).findFirst();
    }

    /** Whether the plan contains a step for this action. */
    public boolean has(Action action) {
        return step(action).isPresent();
    }

    /** Whether the plan tells the rep to avoid this. */
    public boolean avoids(Avoid what) {
        return avoid.stream().anyMatch(a -> a.what() == what);
    }

    /** The steps of one stage, in order. */
    public List<Step> steps(Stage stage) {
        return steps.stream().filter(s -> s.stage() == stage).toList();
    }

    /** The actions of the plan, in order. */
    public List<Action> actions() {
        return steps.stream().map(Step::action).toList();
    }
}
