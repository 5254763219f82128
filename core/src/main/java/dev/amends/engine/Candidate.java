package dev.amends.engine;

import dev.amends.model.Action;
import dev.amends.model.Owner;
import dev.amends.model.Timing;

import java.util.Objects;

/** A step a rule recommended, before drops, ordering and wording are applied. */
final class Candidate implements PlanDraft.StepDraft {

    final Action action;
    final String wording;
    final String rule;
    Timing timing = Timing.AT_FIRST_CONTACT;
    Owner owner = Owner.REP;
    int priority;
    /** Just before (-1) or just after (+1) the place {@link #priority} names, when a rule placed the step by an action. */
    int side;
    String why = "";

    Candidate(Action action, String wording, String rule) {
        this.action = action;
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
    public Candidate by(Owner owner) {
        this.owner = Objects.requireNonNull(owner, "owner");
        return this;
    }

    @Override
    public Candidate priority(int priority) {
        this.priority = priority;
        this.side = 0;
        return this;
    }

    @Override
    public Candidate after(Action other) {
        return placedBy(other, 1, "after");
    }

    @Override
    public Candidate before(Action other) {
        return placedBy(other, -1, "before");
    }

    private Candidate placedBy(Action other, int side, String word) {
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
    public Candidate because(String why) {
        this.why = Objects.requireNonNull(why, "why");
        return this;
    }

    static int defaultPriority(Action action) {
        int place = 0;
        for (Action other : Action.values()) {
            if (other.phase() == action.phase()) {
                place++;
            }
            if (other == action) {
                break;
            }
        }
        return place * 10;
    }
}
