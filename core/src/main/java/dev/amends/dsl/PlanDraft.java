package dev.amends.dsl;

import dev.amends.model.*;

/**
 * The plan as the rules write it, known to every rule file as the global {@code plan}
 * ({@code global dev.amends.dsl.PlanDraft plan;}). A rule recommends a step in one line, and may
 * refine it:
 *
 * <pre>{@code
 * plan.step(Action.FIX, "Ship the right {product} today.").within(Timing.TODAY).because("...");
 * }</pre>
 *
 * A rule can also drop an action whoever recommended it, name something to avoid, and tighten the
 * pace and channel of the conversation. The engine records which rule did each of these; the
 * order in which rules fire never changes the finished plan. An action, owner or thing to avoid that
 * a folder's {@code vocabulary.yaml} declares is named as text: {@code plan.step("SEND_LOANER_KIT", "...")},
 * {@code .by("CLINICAL_SPECIALIST")}. Only a rule's consequence may write to the plan; a write from a
 * condition fails the plan, naming the rule.
 *
 * <p>This interface is the language of rule consequences, and its name is what every rule file's
 * {@code global} line names: it stays stable across releases.
 */
public interface PlanDraft {

    /**
     * Recommends a step. By default the rep does it at first contact, at the action's usual place
     * inside its phase.
     *
     * @param wording what to say or do; {@code {contact}}, {@code {rep}}, {@code {account}} and
     *                {@code {product}} are filled in from the incident
     */
    StepDraft step(ActionKind action, String wording);

    /**
     * Recommends a step for an action named as text: a built-in one, or one the playbook's
     * vocabulary declares, such as {@code plan.step("SEND_LOANER_KIT", "Send a loaner kit today.")}.
     *
     * @throws IllegalArgumentException if the vocabulary has no action of that name
     */
    StepDraft step(String action, String wording);

    /** Removes the action from the plan, whichever rule recommended it, and records why. */
    void drop(ActionKind action, String why);

    /** Removes the action named as text, built-in or declared, from the plan, and records why. */
    void drop(String action, String why);

    /**
     * Adds a clause to the wording of each step of the action, whichever rule recommended it: the
     * clause follows the wording's last sentence after a semicolon, so that
     * {@code plan.addTo(Action.DOUBLE_CHECK_PLAN, "ask your sales manager to look at it with you")} turns
     * "Pack from a list." into "Pack from a list; ask your sales manager to look at it with you." The
     * step keeps the rule that recommended it. Several clauses follow in the order of the names of the
     * rules that added them, so the order in which rules fire never changes the wording.
     */
    void addTo(ActionKind action, String clause);

    /** Warns the rep off something, and says why; placeholders in {@code why} are filled in as in a wording. */
    void avoid(AvoidKind what, String why);

    /** Warns the rep off something named as text, built-in or declared, and says why. */
    void avoid(String what, String why);

    /**
     * Says in a few words what the mistake did to the customer ("the wrong implant size arriving the
     * day before surgery"), for wordings to name through {@code {impact}}. When several rules
     * describe it, the description of the rule whose name sorts first is used.
     */
    void impact(String description);

    /** Asks for first contact within this time; the most urgent request wins. */
    void respondWithin(Timing timing);

    /** Asks for the fix within this time; the most urgent request wins. */
    void resolveWithin(Timing timing);

    /** Asks for at least this personal a channel; the most personal request wins. */
    void contactBy(Channel requested);

    /** A step being recommended; each method refines it and returns it for chaining. */
    interface StepDraft {

        /** How soon the step happens. */
        StepDraft within(Timing timing);

        /** Who does it. */
        StepDraft by(OwnerKind owner);

        /** Who does it, named as text: a built-in owner or a role the vocabulary declares. */
        StepDraft by(String owner);

        /** Its place inside its phase: lower comes first. Defaults to the action's place in the vocabulary, times 10. */
        StepDraft priority(int priority);

        /**
         * Places the step right after the place {@code other} has by default inside the phase: after a
         * step of {@code other} left at its place, before the action that follows it in the vocabulary.
         *
         * @throws IllegalArgumentException if {@code other} belongs to another phase
         */
        StepDraft after(ActionKind other);

        /** As {@link #after(ActionKind)}, for an action named as text, built-in or declared. */
        StepDraft after(String other);

        /**
         * Places the step right before the place {@code other} has by default inside the phase: before a
         * step of {@code other} left at its place, after the action that precedes it in the vocabulary.
         *
         * @throws IllegalArgumentException if {@code other} belongs to another phase
         */
        StepDraft before(ActionKind other);

        /** As {@link #before(ActionKind)}, for an action named as text, built-in or declared. */
        StepDraft before(String other);

        /**
         * Makes the step the first thing said in the first conversation, ahead of the steps of every
         * phase: keeping a device out of use where harm may still be done comes before thanks, regret
         * or ownership. Steps marked so keep their usual order among themselves; before and after the
         * conversation, the clock still decides.
         */
        StepDraft first();

        /** The short reason shown with the step; placeholders are filled in as in the wording. */
        StepDraft because(String why);
    }
}
