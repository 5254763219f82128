package dev.amends.model;

/** An incident's facts are missing or out of range; {@link #field()} names the fact at fault. */
public final class InvalidIncidentException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidIncidentException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    /** The name of the offending field, as in the JSON form ({@code "severity"}, {@code "priorOccurrences"}). */
    public String field() {
        return field;
    }
}
