package dev.amends.model;

import java.time.OffsetDateTime;

/**
 * Something that happened after the incident was reported: a step done, a reply, a reply that did
 * not come, an investigation closed, the mistake again. An incident carries its events in time
 * order ({@code Incident.builder().event(...)}); rules match each as a fact of its own type
 * ({@code StepDone( action == Action.OFFER_REMEDY, outcome == Outcome.DECLINED )}), and the plan
 * marks the steps done and counts what the rules add in reaction from the event.
 */
public sealed interface Event permits StepDone, CustomerReplied, NoReply, InvestigationClosed, Recurred {

    /** When it happened. */
    OffsetDateTime at();

    /** Its kind. */
    EventType type();

    /** A step done, naming the step by its action, with its outcome. */
    static StepDone stepDone(OffsetDateTime at, ActionKind action, Outcome outcome) {
        return new StepDone(at, action, outcome);
    }

    /**
     * A step done, naming the step by its action's name: a built-in action or one the playbook
     * declares (the advisor checks the name against its playbook).
     */
    static StepDone stepDone(OffsetDateTime at, String action, Outcome outcome) {
        return new StepDone(at, ActionName.of(action), outcome);
    }

    /** The customer answered, and is now in this mood. */
    static CustomerReplied customerReplied(OffsetDateTime at, CustomerMood mood) {
        return new CustomerReplied(at, mood);
    }

    /** The customer did not answer the step with this action by its due time. */
    static NoReply noReply(OffsetDateTime at, ActionKind action) {
        return new NoReply(at, action);
    }

    /** The customer did not answer the step with the action of this name by its due time. */
    static NoReply noReply(OffsetDateTime at, String action) {
        return new NoReply(at, ActionName.of(action));
    }

    /** The investigation closed with this finding. */
    static InvestigationClosed investigationClosed(OffsetDateTime at, Finding finding) {
        return new InvestigationClosed(at, finding);
    }

    /** The same mistake happened again. */
    static Recurred recurred(OffsetDateTime at) {
        return new Recurred(at);
    }
}
