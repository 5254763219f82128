package dev.amends.testing.space;

import dev.amends.model.Step;
import dev.amends.model.Timing;

import java.util.Arrays;
import java.util.List;

/**
 * When a finished plan's steps fall due, as far as the plan itself tells. A timing counted from the
 * report ("within three business days") has one due time; a timing counted from the fix ("a week
 * after the fix") depends on the plan's resolution window, which a plan does not carry. Such a step
 * is judged against every window a playbook could set, and a plan is found out of order only when
 * no window would put it right.
 */
final class Clock {

    /** The resolution windows a playbook can set: the concrete timings counted from the report. */
    private static final List<Timing> WINDOWS = Arrays.stream(Timing.values())
            .filter(t -> !t.isRelative() && !t.isAfterTheFix())
            .toList();

    private Clock() {
    }

    /** The resolution windows a playbook can set, most urgent first. */
    static List<Timing> windows() {
        return WINDOWS;
    }

    /** Hours from the report until a step with this concrete timing falls due, under this resolution window. */
    static int due(Timing timing, Timing window) {
        return timing.hoursAfterReport(window);
    }

    /** Whether a step with this timing falls due within this many hours of the report, whatever the window. */
    static boolean dueWithin(Timing timing, int hours) {
        return !timing.isRelative() && !timing.isAfterTheFix() && due(timing, Timing.IMMEDIATELY) <= hours;
    }

    /**
     * Whether {@code a} falls due strictly before {@code b} under every resolution window; false when
     * either is a relative timing, which has no due time of its own.
     */
    static boolean alwaysEarlier(Timing a, Timing b) {
        if (a.isRelative() || b.isRelative()) {
            return false;
        }
        for (Timing window : WINDOWS) {
            if (due(a, window) >= due(b, window)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first step of {@code steps} that falls due before the one listed ahead of it, under the
     * window that keeps the list in order longest; -1 when some window keeps the whole list in order.
     * Every step must have a concrete timing.
     */
    static int firstOutOfOrder(List<Step> steps) {
        int latestBreak = -1;
        for (Timing window : WINDOWS) {
            int at = firstDecrease(steps, window);
            if (at < 0) {
                return -1;
            }
            latestBreak = Math.max(latestBreak, at);
        }
        return latestBreak;
    }

    private static int firstDecrease(List<Step> steps, Timing window) {
        for (int i = 1; i < steps.size(); i++) {
            if (due(steps.get(i).timing(), window) < due(steps.get(i - 1).timing(), window)) {
                return i;
            }
        }
        return -1;
    }
}
