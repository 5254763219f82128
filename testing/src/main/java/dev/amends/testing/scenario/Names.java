package dev.amends.testing.scenario;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Looks up a vocabulary name, and suggests the closest one when it is misspelled. */
final class Names {

    private Names() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
        String name = text.strip();
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        throw new IllegalArgumentException(unknown(what, name,
                Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    }

    static String unknown(String what, String name, Collection<String> allowed) {
        String message = "unknown " + what + " \"" + name + "\"";
        Optional<String> suggestion = closest(name, allowed);
        if (suggestion.isPresent()) {
            return message + "; did you mean " + suggestion.get() + "?";
        }
        return message + "; allowed: " + String.join(", ", allowed);
    }

    static Optional<String> closest(String name, Collection<String> candidates) {
        String wanted = name.toUpperCase(Locale.ROOT);
        return candidates.stream()
                .min(Comparator.comparingInt((String c) -> distance(wanted, c.toUpperCase(Locale.ROOT))))
                .filter(c -> distance(wanted, c.toUpperCase(Locale.ROOT)) <= Math.max(2, c.length() / 4));
    }

    static String list(Collection<String> names) {
        return names.stream().collect(Collectors.joining(", "));
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
