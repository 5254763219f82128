package dev.amends.cli;

import java.time.Duration;
import java.util.Locale;

/** How reports write counts, shares and durations, and squeeze text onto one line. */
final class Amounts {

    private Amounts() {
    }

    /** {@code 1 problem}, {@code 2 problems}, {@code 12,345 combinations}. */
    static String count(long n, String singular, String plural) {
        return number(n) + " " + (n == 1 ? singular : plural);
    }

    /** A whole number with thousands separated by commas: {@code 497,664}. */
    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** The share {@code part} is of {@code whole}, as a percentage with one decimal: {@code 2.5%}. */
    static String percent(long part, long whole) {
        return whole == 0 ? "0%" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    /** A duration in seconds with one decimal: {@code 58.3 s}. */
    static String seconds(Duration elapsed) {
        return String.format(Locale.ROOT, "%.1f s", elapsed.toMillis() / 1000.0);
    }

    /** The text with every run of white space, line breaks too, made one space. */
    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
