package dev.amends.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads the value a switch such as {@code --extend} may be given: none, or {@code true} or {@code false} in any case. */
final class SwitchValue implements ITypeConverter<Boolean> {

    @Override
    public Boolean convert(String value) {
        if ("true".equalsIgnoreCase(value)) {
            return true;
        }
        if ("false".equalsIgnoreCase(value)) {
            return false;
        }
        throw new TypeConversionException("a switch takes no value, or true or false; was " + IncidentJson.quote(value));
    }
}
