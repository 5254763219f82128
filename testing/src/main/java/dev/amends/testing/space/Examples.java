package dev.amends.testing.space;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Picks the examples a report shows: up to {@code count} of the combinations that show something,
 * as unlike one another as they come: the first of them, then each time the first of those that
 * differ in the most facts from every one picked so far. Examples picked this way show the range of
 * incidents, not one corner of the space. The same examples are picked from a list of combinations
 * and from boxes of them (a set of values per dimension), however the boxes cut them.
 */
final class Examples {

    /** The most examples boxes can give; each needs the picks before it weighed against at most two. */
    static final int MOST = 3;

    private Examples() {
    }

    /** From combinations given by number. */
    static List<Long> varied(InputSpace space, Collection<Long> combinations, int count) {
        long[] candidates = combinations.stream().mapToLong(Long::longValue).sorted().toArray();
        int[] fewestDifferences = new int[candidates.length];
        Arrays.fill(fewestDifferences, Integer.MAX_VALUE);
        List<Long> picked = new ArrayList<>();
        int next = 0;
        while (picked.size() < Math.min(count, candidates.length)) {
            long chosen = candidates[next];
            picked.add(chosen);
            int most = -1;
            for (int c = 0; c < candidates.length; c++) {
                fewestDifferences[c] = Math.min(fewestDifferences[c], space.differences(candidates[c], chosen));
                if (fewestDifferences[c] > most) {
                    most = fewestDifferences[c];
                    next = c;
                }
            }
        }
        return picked;
    }

    /**
     * From boxes of combinations, disjoint, each a mask of values per dimension, {@code stride} being
     * what a unit of each dimension adds to a combination's number.
     */
    static List<Long> varied(long[] stride, List<long[]> boxes, int count) {
        if (count > MOST) {
            throw new IllegalArgumentException("at most " + MOST + " examples, asked for " + count);
        }
        long total = 0;
        for (long[] box : boxes) {
            long n = 1;
            for (long mask : box) {
                n *= Long.bitCount(mask);
            }
            total += n;
        }
        List<int[]> picked = new ArrayList<>();
        List<Long> indexes = new ArrayList<>();
        while (picked.size() < Math.min(count, total)) {
            int[] best = null;
            long bestIndex = Long.MAX_VALUE;
            int bestScore = -1;
            for (long[] box : boxes) {
                int[] point = new int[box.length];
                int score = picked.isEmpty() ? lowest(box, point) : mostUnlike(box, picked.get(0),
                        picked.get(picked.size() == 1 ? 0 : 1), point);
                long index = index(stride, point);
                if (score > bestScore || score == bestScore && index < bestIndex) {
                    best = point;
                    bestIndex = index;
                    bestScore = score;
                }
            }
            picked.add(best);
            indexes.add(bestIndex);
        }
        return indexes;
    }

    private static long index(long[] stride, int[] point) {
        long index = 0;
        for (int d = 0; d < point.length; d++) {
            index += point[d] * stride[d];
        }
        return index;
    }

    /** The lowest combination of a box, written into {@code point}. */
    private static int lowest(long[] box, int[] point) {
        for (int d = 0; d < box.length; d++) {
            point[d] = Long.numberOfTrailingZeros(box[d]);
        }
        return 0;
    }

    /**
     * The lowest of a box's combinations that differ most from both {@code s} and {@code t} (the
     * fewer of its differences from each), written into {@code point}; returns that number of
     * differences. With {@code s == t}, the differences from one combination.
     */
    private static int mostUnlike(long[] box, int[] s, int[] t, int[] point) {
        int n = box.length;
        // How many of the dimensions below d can differ from both (k), are bound to differ from s only
        // (a) or from t only (b), or can do either but not both (f).
        int[] k = new int[n + 1];
        int[] a = new int[n + 1];
        int[] b = new int[n + 1];
        int[] f = new int[n + 1];
        for (int d = 0; d < n; d++) {
            k[d + 1] = k[d];
            a[d + 1] = a[d];
            b[d + 1] = b[d];
            f[d + 1] = f[d];
            long m = box[d];
            long other = m & ~(1L << s[d]) & ~(1L << t[d]);
            boolean hasS = (m & 1L << s[d]) != 0;
            boolean hasT = s[d] != t[d] && (m & 1L << t[d]) != 0;
            if (other != 0) {
                k[d + 1]++;
            } else if (hasS && hasT) {
                f[d + 1]++;
            } else if (hasT) {
                a[d + 1]++;             // only t's value: differs from s
            } else if (s[d] != t[d]) {
                b[d + 1]++;             // only s's value: differs from t
            }
        }
        int target = best(0, 0, k[n], a[n], b[n], f[n]);
        int fromS = 0;
        int fromT = 0;
        for (int d = n - 1; d >= 0; d--) {
            long m = box[d];
            long other = m & ~(1L << s[d]) & ~(1L << t[d]);
            int[][] options = {
                    {other == 0 ? -1 : Long.numberOfTrailingZeros(other), 1, 1},
                    {(m & 1L << s[d]) != 0 ? s[d] : -1, 0, s[d] != t[d] ? 1 : 0},
                    {s[d] != t[d] && (m & 1L << t[d]) != 0 ? t[d] : -1, 1, 0}};
            Arrays.sort(options, (x, y) -> Integer.compare(x[0], y[0]));
            for (int[] option : options) {
                if (option[0] >= 0 && best(fromS + option[1], fromT + option[2], k[d], a[d], b[d], f[d]) >= target) {
                    point[d] = option[0];
                    fromS += option[1];
                    fromT += option[2];
                    break;
                }
            }
        }
        return target;
    }

    /**
     * The most differences from both combinations that the dimensions below can bring, on top of
     * {@code fromS} and {@code fromT}: those that can differ from both do; each of the others that
     * can go either way goes where it helps the fewer.
     */
    private static int best(int fromS, int fromT, int k, int a, int b, int f) {
        int s = fromS + k + a;
        int t = fromT + k + b;
        int most = Integer.MIN_VALUE;
        int x = Math.max(0, Math.min(f, (t + f - s) / 2));
        for (int y = Math.max(0, x - 1); y <= Math.min(f, x + 1); y++) {
            most = Math.max(most, Math.min(s + y, t + f - y));
        }
        return most;
    }
}
