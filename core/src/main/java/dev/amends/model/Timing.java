package dev.amends.model;

/**
 * How soon a step happens. The concrete values run from the most to the least urgent; the two
 * relative values, {@link #AT_FIRST_CONTACT} and {@link #BY_RESOLUTION_DEADLINE}, stand in a rule
 * for the windows the playbook sets for the whole plan and never appear in a finished plan.
 */
public enum Timing {
    IMMEDIATELY("immediately"),
    WITHIN_AN_HOUR("within the hour"),
    WITHIN_FOUR_HOURS("within four hours"),
    TODAY("today"),
    WITHIN_A_BUSINESS_DAY("within one business day"),
    WITHIN_THREE_DAYS("within three business days"),
    WITHIN_A_WEEK("within a week"),
    WITHIN_TWO_WEEKS("within two weeks"),
    AFTER_A_WEEK("a week after the fix"),
    AFTER_A_MONTH("a month after the fix"),
    EVERY_QUARTER("every quarter for the next year"),
    /** The plan's first-contact window. */
    AT_FIRST_CONTACT("at first contact"),
    /** The plan's window for putting things right. */
    BY_RESOLUTION_DEADLINE("by the resolution deadline");

    private final String text;

    Timing(String text) {
        this.text = text;
    }

    /** How the timing reads in a sentence, such as "within the hour". */
    public String text() {
        return text;
    }

    /** Whether this value stands for one of the plan's windows rather than a time of its own. */
    public boolean isRelative() {
        return this == AT_FIRST_CONTACT || this == BY_RESOLUTION_DEADLINE;
    }
}
