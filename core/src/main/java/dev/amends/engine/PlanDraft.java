package dev.amends.engine;

import dev.amends.model.ActionKind;
import dev.amends.model.AvoidKind;
import dev.amends.model.Channel;
import dev.amends.model.OwnerKind;
import dev.amends.model.Vocabulary;
import dev.amends.model.Timing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The plan as the rules write it, known to every rule file as the global {@code plan}. A rule
 * recommends a step in one line, and may refine it:
 *
 * <pre>{@code
 * plan.step(Action.FIX, "Ship the right {product} today.").within(Timing.TODAY).because("...");
 * }</pre>
 *
 * A rule can also drop an action whoever recommended it, name something to avoid, and tighten the
 * pace and channel of the conversation. The engine records which rule did each of these; the
 * order in which rules fire never changes the finished plan. An action, owner or thing to avoid that
 * a folder's {@code vocabulary.yaml} declares is named as text: {@code plan.step("SEND_LOANER_KIT", "...")},
 * {@code .by("CLINICAL_SPECIALIST")}. Only a rule's consequence may write to
 * the plan; a write from a condition fails the plan with a {@link RuleEvaluationException}.
 */
public final class PlanDraft {

    private final List<Candidate> candidates = new ArrayList<>();
    private final List<Drop> drops = new ArrayList<>();
    private final List<AvoidanceDraft> avoidances = new ArrayList<>();
    private Timing respondWithin;
    private Timing resolveWithin;
    private Channel channel;
    private final java.util.TreeMap<String, String> impacts = new java.util.TreeMap<>();
    private String currentRule;
    private final PlaybookVocabulary vocabulary;

    PlanDraft(PlaybookVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    void firing(String rule) {
        currentRule = rule;
    }

    void fired() {
        currentRule = null;
    }

    private String writer() {
        if (currentRule == null) {
            throw new IllegalStateException("the plan can only be written from a rule's consequence (after 'then'); "
                    + "a condition may be evaluated any number of times, in any order");
        }
        return currentRule;
    }

    /**
     * Recommends a step. By default the rep does it at first contact, at the action's usual place
     * inside its phase.
     *
     * @param wording what to say or do; {@code {contact}}, {@code {rep}}, {@code {account}} and
     *                {@code {product}} are filled in from the incident
     */
    public StepDraft step(ActionKind action, String wording) {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(wording, "wording");
        Candidate candidate = new Candidate(action, wording, writer(), this);
        candidates.add(candidate);
        return candidate;
    }

    /**
     * Recommends a step for an action named as text: a built-in one, or one the playbook's
     * vocabulary declares, such as {@code plan.step("SEND_LOANER_KIT", "Send a loaner kit today.")}.
     *
     * @throws IllegalArgumentException if the vocabulary has no action of that name
     */
    public StepDraft step(String action, String wording) {
        return step(vocabulary.action(Objects.requireNonNull(action, "action"))
                .orElseThrow(() -> unknown("action", action, vocabulary.actionNames())), wording);
    }

    /** Removes the action from the plan, whichever rule recommended it, and records why. */
    public void drop(ActionKind action, String why) {
        drops.add(new Drop(Objects.requireNonNull(action, "action"), writer(), Objects.requireNonNull(why, "why")));
    }

    /** Removes the action named as text, built-in or declared, from the plan, and records why. */
    public void drop(String action, String why) {
        drop(vocabulary.action(Objects.requireNonNull(action, "action"))
                .orElseThrow(() -> unknown("action", action, vocabulary.actionNames())), why);
    }

    /** Warns the rep off something, and says why; placeholders in {@code why} are filled in as in a wording. */
    public void avoid(AvoidKind what, String why) {
        avoidances.add(new AvoidanceDraft(Objects.requireNonNull(what, "what"), Objects.requireNonNull(why, "why"), writer()));
    }

    /** Warns the rep off something named as text, built-in or declared, and says why. */
    public void avoid(String what, String why) {
        avoid(vocabulary.avoidItem(Objects.requireNonNull(what, "what"))
                .orElseThrow(() -> unknown("thing to avoid", what, vocabulary.avoidNames())), why);
    }

    ActionKind action(String name) {
        return vocabulary.action(Objects.requireNonNull(name, "action"))
                .orElseThrow(() -> unknown("action", name, vocabulary.actionNames()));
    }

    OwnerKind owner(String name) {
        return vocabulary.owner(Objects.requireNonNull(name, "owner"))
                .orElseThrow(() -> unknown("owner", name, vocabulary.ownerNames()));
    }

    private static IllegalArgumentException unknown(String what, String name, java.util.List<String> known) {
        return new IllegalArgumentException("unknown " + what + " \"" + name + "\"" + Vocabulary.hint(name, known));
    }

    /**
     * Says in a few words what the mistake did to the customer ("the wrong implant size arriving the
     * day before surgery"), for wordings to name through {@code {impact}}. When several rules
     * describe it, the description of the rule whose name sorts first is used.
     */
    public void impact(String description) {
        Objects.requireNonNull(description, "description");
        impacts.putIfAbsent(writer(), description);
    }

    /** Asks for first contact within this time; the most urgent request wins. */
    public void respondWithin(Timing timing) {
        writer();
        respondWithin = mostUrgent(respondWithin, concrete(timing));
    }

    /** Asks for the fix within this time; the most urgent request wins. */
    public void resolveWithin(Timing timing) {
        writer();
        resolveWithin = mostUrgent(resolveWithin, concrete(timing));
    }

    /** Asks for at least this personal a channel; the most personal request wins. */
    public void contactBy(Channel requested) {
        writer();
        Objects.requireNonNull(requested, "channel");
        channel = channel == null || requested.compareTo(channel) > 0 ? requested : channel;
    }

    List<Candidate> candidates() {
        return candidates;
    }

    List<Drop> drops() {
        return drops;
    }

    List<AvoidanceDraft> avoidances() {
        return avoidances;
    }

    Timing respondWithin() {
        return respondWithin;
    }

    Timing resolveWithin() {
        return resolveWithin;
    }

    Channel channel() {
        return channel;
    }

    java.util.Optional<String> impact() {
        return impacts.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(impacts.firstEntry().getValue());
    }

    private static Timing concrete(Timing timing) {
        Objects.requireNonNull(timing, "timing");
        if (timing.isRelative()) {
            throw new IllegalArgumentException(timing + " names a window, not a time; use a concrete timing such as WITHIN_AN_HOUR");
        }
        return timing;
    }

    private static Timing mostUrgent(Timing current, Timing requested) {
        return current == null || requested.compareTo(current) < 0 ? requested : current;
    }

    /** A step being recommended; each method refines it and returns it for chaining. */
    public sealed interface StepDraft permits Candidate {

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

        /** The short reason shown with the step; placeholders are filled in as in the wording. */
        StepDraft because(String why);
    }

    record Drop(ActionKind action, String rule, String why) {
    }

    record AvoidanceDraft(AvoidKind what, String why, String rule) {
    }
}
