package dev.amends.cli;

import java.util.Locale;

/** How the command line writes counts, and squeezes text onto one line. */
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

    /**
     * The text with every run of white space, line breaks too, made one space, and any other
     * character a terminal would act on shown as its code ({@link TerminalText#name}).
     */
    static String oneLine(String text) {
        return text == null ? "" : TerminalText.name(text.replaceAll("\\s+", " ").strip());
    }
}
