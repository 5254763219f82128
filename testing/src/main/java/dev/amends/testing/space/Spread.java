package dev.amends.testing.space;

import java.util.ArrayList;
import java.util.List;

/** Picks examples from a list of combinations so that they differ in more than their last facts. */
final class Spread {

    private Spread() {
    }

    /** Up to {@code count} of the sorted combinations, evenly spaced from the first to the last. */
    static List<Integer> of(List<Integer> sorted, int count) {
        int n = sorted.size();
        if (n <= count) {
            return sorted;
        }
        List<Integer> picked = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            picked.add(sorted.get((int) ((long) k * (n - 1) / (count - 1))));
        }
        return picked;
    }
}
