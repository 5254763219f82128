package dev.amends.spring.boot;

/**
 * An {@code amends.*} property holds a value the advisor cannot be built with. The message names
 * the property, the value and what is allowed; {@link #property()} names the property alone.
 */
public class InvalidAmendsPropertyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String property;

    InvalidAmendsPropertyException(String property, Object value, String problem, Throwable cause) {
        super(property + "=" + value + ": " + problem, cause);
        this.property = property;
    }

    /** The property at fault, such as {@code amends.firing-limit}. */
    public String property() {
        return property;
    }
}
