package dev.amends.testing.space;

import dev.amends.model.Action;
import dev.amends.api.RecoveryPlan;
import dev.amends.api.Step;
import dev.amends.model.Timing;

import java.util.Arrays;
import java.util.List;

/**
 * When a finished plan's steps fall due, as far as the plan itself tells. A timing counted from the
 * report ("within three business days") has one due time; a timing counted from the fix ("a week
 * after the fix") counts from when the fix step is due. A plan without a fix step counted from the
 * report does not say when its fix is due (the engine then uses the resolution window, which a plan
 * does not carry): its steps after the fix are judged against every window a playbook could set, and
 * the plan is found out of order only when no window would put it right.
 */
final class Clock {

    /** The resolution windows a playbook can set: the concrete timings counted from the report. */
    private static final List<Timing> WINDOWS = Arrays.stream(Timing.values())
            .filter(t -> !t.isRelative() && !t.isAfterTheFix())
            .toList();

    /** When the plan's fix may fall due: its fix step's timing, or, without one, any resolution window. */
    private final List<Timing> fixDue;

    private Clock(List<Timing> fixDue) {
        this.fixDue = fixDue;
    }

    /** The clock of one plan. */
    static Clock of(RecoveryPlan plan) {
        return plan.step(Action.FIX).map(Step::timing)
                .filter(Timing::isFixedAfterTheReport)
                .map(t -> new Clock(List.of(t)))
                .orElseGet(() -> new Clock(WINDOWS));
    }

    /** Hours from the report until a step with this timing, counted from the report, falls due. */
    static int fromReport(Timing timing) {
        return timing.hoursAfterReport(Timing.IMMEDIATELY);
    }

    /** Whether a step with this timing falls due within this many hours of the report, whenever the fix is. */
    static boolean dueWithin(Timing timing, int hours) {
        return !timing.isRelative() && !timing.isAfterTheFix() && fromReport(timing) <= hours;
    }

    /**
     * Whether {@code a} falls due strictly before {@code b} whenever the fix is due; false when either
     * is a relative timing, which has no due time of its own.
     */
    boolean alwaysEarlier(Timing a, Timing b) {
        if (a.isRelative() || b.isRelative()) {
            return false;
        }
        for (Timing fix : fixDue) {
            if (a.hoursAfterReport(fix) >= b.hoursAfterReport(fix)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first step of {@code steps} that falls due before the one listed ahead of it, whenever the
     * fix is due (the latest such step over the fix's possible due times); -1 when the list is in
     * order for some due time of the fix. Every step must have a concrete timing.
     */
    int firstOutOfOrder(List<Step> steps) {
        int latestBreak = -1;
        for (Timing fix : fixDue) {
            int at = firstDecrease(steps, fix);
            if (at < 0) {
                return -1;
            }
            latestBreak = Math.max(latestBreak, at);
        }
        return latestBreak;
    }

    private static int firstDecrease(List<Step> steps, Timing fix) {
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i).timing().hoursAfterReport(fix) < steps.get(i - 1).timing().hoursAfterReport(fix)) {
                return i;
            }
        }
        return -1;
    }
}
