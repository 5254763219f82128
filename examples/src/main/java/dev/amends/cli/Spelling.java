package dev.amends.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Guesses which known name a mistyped one meant, for a "did you mean" hint. */
final class Spelling {

    private static final int MOST_EDITS = 2;

    private Spelling() {
    }

    /** The known name that differs only in case, or else the one at most two edits away (the nearest; the first on a tie). */
    static Optional<String> closest(String typed, List<String> known) {
        String best = null;
        int bestDistance = MOST_EDITS + 1;
        String lower = typed.toLowerCase(Locale.ROOT);
        for (String name : known) {
            int distance = editDistance(name.toLowerCase(Locale.ROOT), lower);
            if (distance < bestDistance) {
                best = name;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance: the fewest insertions, deletions and substitutions turning one into the other. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
