package dev.amends.evaluate;

import dev.amends.dsl.PlanDraft;
import dev.amends.vocabulary.PlaybookVocabulary;
import dev.amends.model.*;

import java.util.Objects;

/** A step a rule recommended, before drops, ordering and wording are applied. */
final class Candidate implements PlanDraft.StepDraft {

    final ActionKind action;
    final String wording;
    final String rule;
    Timing timing = Timing.AT_FIRST_CONTACT;
    OwnerKind owner;
    int priority;
    /** Just before (-1) or just after (+1) the place {@link #priority} names, when a rule placed the step by an action. */
    int side;
    boolean first;
    String why = "";
    /** The latest event the recommending rule matched, from which the step's timing counts; empty for a step of the first plan. */
    final java.util.Optional<java.time.OffsetDateTime> since;

    private final Draft draft;

    Candidate(ActionKind action, String wording, String rule, java.util.Optional<java.time.OffsetDateTime> since, Draft draft) {
        this.action = action;
        this.since = since;
        this.owner = action.defaultOwner();
        this.draft = draft;
        this.wording = wording;
        this.rule = rule;
        this.priority = defaultPriority(action);
    }

    @Override
    public Candidate within(Timing timing) {
        this.timing = Objects.requireNonNull(timing, "timing");
        return this;
    }

    @Override
    public Candidate by(OwnerKind owner) {
        this.owner = Objects.requireNonNull(owner, "owner");
        return this;
    }

    @Override
    public Candidate by(String owner) {
        return by(draft.owner(owner));
    }

    @Override
    public Candidate priority(int priority) {
        this.priority = priority;
        this.side = 0;
        return this;
    }

    @Override
    public Candidate after(ActionKind other) {
        return placedBy(other, 1, "after");
    }

    @Override
    public Candidate after(String other) {
        return after(draft.action(other));
    }

    @Override
    public Candidate before(ActionKind other) {
        return placedBy(other, -1, "before");
    }

    @Override
    public Candidate before(String other) {
        return before(draft.action(other));
    }

    private Candidate placedBy(ActionKind other, int side, String word) {
        Objects.requireNonNull(other, "action");
        if (other.phase() != action.phase()) {
            throw new IllegalArgumentException("a " + action + " step cannot be placed " + word + " " + other + ": a step is placed only "
                    + "among the steps of its own phase, and " + action + " is in " + action.phase() + ", " + other + " in " + other.phase());
        }
        this.priority = defaultPriority(other);
        this.side = side;
        return this;
    }

    @Override
    public Candidate first() {
        this.first = true;
        return this;
    }

    @Override
    public Candidate because(String why) {
        this.why = Objects.requireNonNull(why, "why");
        return this;
    }

    /** The action's place inside its phase, times 10: built-in actions in their order, declared ones after them. */
    static int defaultPriority(ActionKind action) {
        int place = 0;
        for (Action other : Action.values()) {
            if (other.phase() == action.phase()) {
                place++;
            }
            if (other == action) {
                return place * 10;
            }
        }
        return (place + 1 + PlaybookVocabulary.rank(action) - Action.values().length) * 10;
    }
}
