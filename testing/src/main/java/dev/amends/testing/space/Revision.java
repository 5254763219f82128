package dev.amends.testing.space;

import dev.amends.api.RecoveryPlan;
import dev.amends.model.Event;
import dev.amends.model.Incident;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One plan revised by one event, as a {@link RevisionInvariant} sees it: the incident with the
 * event, the plan before it and after it, and the plan asked for again (evaluated afresh, not
 * answered from the plan cache), to check that a revised plan is deterministic.
 */
public final class Revision {

    private final Incident incident;
    private final Event event;
    private final RecoveryPlan before;
    private final RecoveryPlan after;
    private final Supplier<RecoveryPlan> again;
    private RecoveryPlan askedAgain;

    private Revision(Incident incident, Event event, RecoveryPlan before, RecoveryPlan after, Supplier<RecoveryPlan> again) {
        this.incident = Objects.requireNonNull(incident, "incident");
        this.event = Objects.requireNonNull(event, "event");
        this.before = Objects.requireNonNull(before, "before");
        this.after = Objects.requireNonNull(after, "after");
        this.again = Objects.requireNonNull(again, "again");
    }

    /**
     * A revision: {@code after} is the plan for {@code incident}, whose events end with {@code event};
     * {@code before} the plan without that event; {@code again} asks for the revised plan once more,
     * and is called at most once, when an invariant first asks for it.
     */
    public static Revision of(Incident incident, Event event, RecoveryPlan before, RecoveryPlan after,
                              Supplier<RecoveryPlan> again) {
        return new Revision(incident, event, before, after, again);
    }

    /** The incident with its events, the last of which is {@link #event()}. */
    public Incident incident() {
        return incident;
    }

    /** The event that revised the plan. */
    public Event event() {
        return event;
    }

    /** The plan before the event. */
    public RecoveryPlan before() {
        return before;
    }

    /** The plan after the event. */
    public RecoveryPlan after() {
        return after;
    }

    /** The revised plan asked for again; the same as {@link #after()} when the rules are deterministic. */
    public synchronized RecoveryPlan again() {
        if (askedAgain == null) {
            askedAgain = Objects.requireNonNull(again.get(), "the plan asked for again");
        }
        return askedAgain;
    }
}
