package dev.amends.testing.space;

import java.time.Duration;
import java.util.Locale;

/** How the reports write counts, shares and durations. */
final class Figures {

    private Figures() {
    }

    /** {@code 1 combination}, {@code 12,345 combinations}. */
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
}
