package dev.amends.api;

import dev.amends.model.ActionKind;
import dev.amends.model.NoReply;
import dev.amends.model.OwnerKind;
import dev.amends.model.Phase;
import dev.amends.model.Stage;
import dev.amends.model.StepDone;
import dev.amends.model.Timing;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One step of a recovery plan: what to do, the words to use, how soon, who acts, and which rule
 * recommended it and why. Immutable.
 */
public interface Step {

    /** Its place in the plan, counting from 1. */
    int order();

    /** Whether it comes before the first conversation with the customer, in it, or after it. */
    Stage stage();

    /** The part of the recovery it belongs to. */
    Phase phase();

    /** What to do. */
    ActionKind action();

    /** The words to use, with the incident's names filled in. */
    String wording();

    /** How soon. */
    Timing timing();

    /** Who acts. */
    OwnerKind owner();

    /** The name of the rule that recommended it. */
    String rule();

    /** Why, in a sentence. */
    String why();

    /**
     * When it falls due, in the account's time zone, counted on the advisor's business calendar;
     * empty when the incident does not say when it was reported (and for a step made by hand).
     */
    default Optional<ZonedDateTime> due() {
        return Optional.empty();
    }

    /**
     * Whether it is still to do, done, or waiting on a customer who did not answer, by the incident's
     * events; {@code OPEN} without events.
     */
    default StepStatus status() {
        return done().isPresent() ? StepStatus.DONE : unanswered().isPresent() ? StepStatus.UNANSWERED : StepStatus.OPEN;
    }

    /** The event that says it was done, with when and how it went; empty while it is open. */
    default Optional<StepDone> done() {
        return Optional.empty();
    }

    /**
     * The event that says the customer did not answer it by its due time; empty when they answered,
     * when it is done, or when no such event names it.
     */
    default Optional<NoReply> unanswered() {
        return Optional.empty();
    }

    /**
     * The later events of its action once it was done, that no other step was open to take: a fix
     * reported done on the call that failed that afternoon. Empty for most steps.
     */
    default List<StepDone> reportedLater() {
        return List.of();
    }

    /** Whether it is open and its due date has passed by the advisor's clock. */
    default boolean overdue() {
        return false;
    }
}
