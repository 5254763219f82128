package dev.amends.model;

/**
 * How soon a step happens. The concrete values run from the most to the least urgent; the two
 * relative values, {@link #AT_FIRST_CONTACT} and {@link #BY_RESOLUTION_DEADLINE}, stand in a rule
 * for the windows the playbook sets for the whole plan and never appear in a finished plan.
 */
public enum Timing {
    /** Now, before anything else. */
    IMMEDIATELY("immediately", 0),
    /** Within the hour. */
    WITHIN_AN_HOUR("within the hour", 1),
    /** Within four hours. */
    WITHIN_FOUR_HOURS("within four hours", 4),
    /** Today: within eight hours of the report. */
    TODAY("today", 8),
    /** Within one business day. */
    WITHIN_A_BUSINESS_DAY("within one business day", 24),
    /** Within three business days. */
    WITHIN_THREE_DAYS("within three business days", 72),
    /** Within a week. */
    WITHIN_A_WEEK("within a week", 168),
    /** Within two weeks. */
    WITHIN_TWO_WEEKS("within two weeks", 336),
    /** A week after the fix is done. */
    AFTER_A_WEEK("a week after the fix", 168),
    /** When complaint handling closes its investigation: weeks, sometimes months. */
    WHEN_INVESTIGATION_CLOSES("when the investigation closes", 720),
    /** A month after the fix is done. */
    AFTER_A_MONTH("a month after the fix", 720),
    /** Every quarter for the next year, counted from the fix. */
    EVERY_QUARTER("every quarter for the next year", 2160),
    /** The plan's first-contact window. */
    AT_FIRST_CONTACT("at first contact", -1),
    /** The plan's window for putting things right. */
    BY_RESOLUTION_DEADLINE("by the resolution deadline", -1);

    private final String text;
    private final int hours;

    Timing(String text, int hours) {
        this.text = text;
        this.hours = hours;
    }

    /** How the timing reads in a sentence, such as "within the hour". */
    public String text() {
        return text;
    }

    /** Whether this value stands for one of the plan's windows rather than a time of its own. */
    public boolean isRelative() {
        return this == AT_FIRST_CONTACT || this == BY_RESOLUTION_DEADLINE;
    }

    /** Whether this timing counts from the fix rather than from the report. */
    public boolean isAfterTheFix() {
        return this == AFTER_A_WEEK || this == AFTER_A_MONTH || this == EVERY_QUARTER;
    }

    /**
     * Whether this timing is a time of its own after the report, one a fix can fall due at: not a
     * window, not counted from the fix, and not waiting on an investigation.
     */
    public boolean isFixedAfterTheReport() {
        return !isRelative() && !isAfterTheFix() && this != WHEN_INVESTIGATION_CLOSES;
    }

    /**
     * Roughly how many hours after the report a step with this timing falls due, counting the
     * timings that follow the fix from when the fix falls due. Plans are put in clock order by it; it
     * is not a calendar.
     *
     * @param resolveWithin when the fix falls due (the fix step's timing, or the plan's window for
     *                      putting things right); a concrete timing
     * @throws IllegalArgumentException for a relative timing, or a relative resolution window
     */
    public int hoursAfterReport(Timing resolveWithin) {
        if (isRelative() || resolveWithin.isRelative()) {
            throw new IllegalArgumentException("a relative timing has no due time of its own: "
                    + (isRelative() ? this : resolveWithin));
        }
        return isAfterTheFix() ? resolveWithin.hours + hours : hours;
    }
}
