package dev.amends.model;

/** An incident's facts are missing or out of range; {@link #field()} names the fact at fault. */
public final class InvalidIncidentException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The fact at fault. */
    private final String field;

    /**
     * An incident's fact at fault.
     *
     * @param field the fact, as the JSON form names it ({@code severity}, {@code events[1].at})
     * @param problem what is wrong with it and what is allowed
     */
    public InvalidIncidentException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    /** The name of the offending field, as in the JSON form ({@code "severity"}, {@code "priorOccurrences"}). */
    public String field() {
        return field;
    }
}
