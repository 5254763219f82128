package dev.amends.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.math.BigInteger;

/**
 * Reads an option's number of seconds, a whole number from 1 to {@value #MAX} (a year): anything
 * else, a number too large for any type included, is refused naming the allowed range.
 */
final class Seconds implements ITypeConverter<Long> {

    static final long MAX = 365L * 24 * 60 * 60;

    @Override
    public Long convert(String value) {
        String digits = value.strip();
        if (!digits.matches("[+-]?[0-9]+")) {
            throw outOfRange(value);
        }
        BigInteger seconds = new BigInteger(digits);
        if (seconds.compareTo(BigInteger.ONE) < 0 || seconds.compareTo(BigInteger.valueOf(MAX)) > 0) {
            throw outOfRange(value);
        }
        return seconds.longValueExact();
    }

    private static TypeConversionException outOfRange(String value) {
        return new TypeConversionException("must be a whole number of seconds from 1 to " + Amounts.number(MAX)
                + " (a year), was " + IncidentJson.quote(value));
    }
}
