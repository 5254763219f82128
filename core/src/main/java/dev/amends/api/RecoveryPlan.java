package dev.amends.api;

import dev.amends.model.ActionKind;
import dev.amends.model.AvoidKind;
import dev.amends.model.Channel;
import dev.amends.model.Event;
import dev.amends.model.Incident;
import dev.amends.model.Stage;
import dev.amends.model.Timing;

import java.util.List;
import java.util.Optional;

/**
 * What to do about an incident: the steps in the order to take them, what to avoid, and the pace
 * and channel of the conversation with the customer. Immutable. Two plans an advisor made are
 * equal when they say the same (incident, steps, avoid, pace and channel), whichever playbook
 * version made them.
 */
public interface RecoveryPlan {

    /** The facts the plan answers. */
    Incident incident();

    /**
     * The steps in the order to take them: the in-house steps due before the first contact, the
     * first conversation in the order it is spoken, then the rest as it falls due.
     */
    List<Step> steps();

    /**
     * The steps a rule recommended and another then dropped, each with the dropping rule and why,
     * in the order they would have had; a step already done is never dropped.
     */
    default List<DroppedStep> dropped() {
        return List.of();
    }

    /**
     * The incident's events about a step this plan does not have, in the order they happened: most
     * often recorded under an earlier version of the playbook, whose plan had that step. They are
     * kept with the incident, so that an upgrade of the rules never makes an open case unreadable,
     * but they mark no step done; a tool shows them so that someone can look.
     */
    default List<Event> eventsWithoutStep() {
        return List.of();
    }

    /** The steps still to do, in plan order. */
    default List<Step> open() {
        return steps().stream().filter(s -> s.status() == StepStatus.OPEN).toList();
    }

    /** The open steps whose due date has passed by the advisor's clock, in plan order. */
    default List<Step> overdue() {
        return steps().stream().filter(Step::overdue).toList();
    }

    /** The next step to take: the first open one; empty once no step is open. */
    default Optional<Step> next() {
        return open().stream().findFirst();
    }

    /** One entry per thing to avoid, in the order of {@link dev.amends.model.Avoid}, declared items after the built-in ones. */
    List<Avoidance> avoid();

    /** How soon the customer hears from the rep. */
    Timing respondWithin();

    /** How the rep talks to the customer. */
    Channel channel();

    /** Which playbook version made the plan. */
    PlaybookVersion playbook();

    /** The step for an action, if the plan has one. */
    default Optional<Step> step(ActionKind action) {
        return step(action.name());
    }

    /** The step for an action named as rules name it ({@code FIX}, or a declared {@code SEND_LOANER_KIT}), if the plan has one. */
    default Optional<Step> step(String action) {
        return steps().stream().filter(s -> s.action().name().equals(action)).findFirst();
    }

    /** Whether the plan contains a step for this action. */
    default boolean has(ActionKind action) {
        return step(action).isPresent();
    }

    /** Whether the plan contains a step for the action of this name, built-in or declared. */
    default boolean has(String action) {
        return step(action).isPresent();
    }

    /** Whether the plan tells the rep to avoid this. */
    default boolean avoids(AvoidKind what) {
        return avoids(what.name());
    }

    /** Whether the plan tells the rep to avoid the item of this name, built-in or declared. */
    default boolean avoids(String what) {
        return avoid().stream().anyMatch(a -> a.what().name().equals(what));
    }

    /** The steps of one stage, in order. */
    default List<Step> steps(Stage stage) {
        return steps().stream().filter(s -> s.stage() == stage).toList();
    }

    /** The actions of the plan, in order. */
    default List<ActionKind> actions() {
        return steps().stream().map(Step::action).toList();
    }
}
