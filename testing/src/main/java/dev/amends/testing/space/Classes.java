package dev.amends.testing.space;

import dev.amends.compile.RuleReading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * The space cut into classes of combinations that no rule can tell apart. Each dimension's values
 * fall into groups the rules treat alike; a cell picks one group of each dimension of a fact type;
 * cells whose every pattern on that type comes out the same are one group of the type; and a class
 * picks one group of each fact type. Every combination of a class gets the same plan, so a class is
 * evaluated once and counts for all its combinations.
 *
 * <p>The groups of the first fact type (the incident) decide how finely the others are cut: a group
 * of another type only tells apart what the rules that may still fire, given the incident's group,
 * test ({@link RuleReading.FactReading#alive}). So a group of the incident that no rule on the
 * organisation's own facts applies to is one class, however many values those facts take. The
 * groups of such a type are numbered across all the incident's groups, each under the cut it was made by.
 */
final class Classes {

    final InputSpace space;
    /** For each dimension: the value indexes of each of its groups. */
    final int[][][] valueGroups;
    /** For each dimension: a mask of the values of each of its groups. */
    final long[][] groupMasks;
    /** For each dimension: how many values it takes. */
    private final int[] valueCount;
    /** For each dimension: what a unit of it adds to a combination's number. */
    final long[] stride;
    /** The fact types, in the order their first dimension comes. */
    final List<String> types;
    /** For each fact type: its dimensions. */
    final int[][] dimsOf;
    /**
     * For each fact type: its groups, each a list of cells by number ({@link #cells} gives them); a cell
     * holds a group index per dimension of the type.
     */
    final List<List<int[]>> groupsOf;
    /**
     * For each fact type after the first, and each group of the first: where the groups it may be
     * combined with start among the type's groups, and how many there are.
     */
    private final int[][] offsetUnder;
    private final int[][] countUnder;
    /** For each group of the first fact type: the number of its first class. */
    private final long[] firstClass;
    /** For each dimension: why all its values are told apart beyond its tests; empty where only its tests divide it. */
    final List<List<String>> splitBecause;
    final long classes;

    Classes(InputSpace space, RuleReading reading) {
        this.space = space;
        List<InputSpace.Dimension> dims = space.dimensions();
        int n = dims.size();
        valueGroups = new int[n][][];
        groupMasks = new long[n][];
        stride = new long[n];
        valueCount = new int[n];
        long s = 1;
        for (int d = 0; d < n; d++) {
            stride[d] = s;
            s *= dims.get(d).values().size();
            valueCount[d] = dims.get(d).values().size();
        }
        List<String> typeNames = new ArrayList<>();
        dims.forEach(d -> {
            if (!typeNames.contains(d.type())) {
                typeNames.add(d.type());
            }
        });
        types = List.copyOf(typeNames);
        dimsOf = new int[types.size()][];
        List<List<String>> why = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            why.add(List.of());
        }
        List<List<int[]>> groups = new ArrayList<>();
        List<RuleReading.FactReading> readings = new ArrayList<>();
        for (int t = 0; t < types.size(); t++) {
            String type = types.get(t);
            int[] own = IntStream.range(0, n).filter(d -> dims.get(d).type().equals(type)).toArray();
            dimsOf[t] = own;
            RuleReading.FactReading fact = reading.fact(type, IntStream.of(own).mapToObj(d -> dims.get(d).name()).toList(),
                    IntStream.of(own).mapToObj(d -> dims.get(d).values()).toList());
            readings.add(fact);
            for (int i = 0; i < own.length; i++) {
                int d = own[i];
                List<List<Integer>> alike = fact.alike(i);
                valueGroups[d] = alike.stream().map(g -> g.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
                groupMasks[d] = alike.stream().mapToLong(g -> g.stream().mapToLong(v -> 1L << v).reduce(0, (a, b) -> a | b)).toArray();
                why.set(d, fact.splitBecause(i));
            }
        }
        groups.add(groupsOf(dimsOf[0], readings.get(0), null));
        int firstGroups = groups.get(0).size();
        offsetUnder = new int[types.size()][];
        countUnder = new int[types.size()][];
        firstClass = new long[firstGroups + 1];
        BitSet[] alive = new BitSet[firstGroups];
        for (int g = 0; g < firstGroups && types.size() > 1; g++) {
            alive[g] = readings.get(0).alive(firstValues(0, cell(0, groups.get(0).get(g)[0])));
        }
        for (int t = 1; t < types.size(); t++) {
            List<int[]> all = new ArrayList<>();
            Map<BitSet, int[]> cuts = new HashMap<>();
            BitSet tested = readings.get(t).tested();
            offsetUnder[t] = new int[firstGroups];
            countUnder[t] = new int[firstGroups];
            for (int g = 0; g < firstGroups; g++) {
                BitSet cut = (BitSet) alive[g].clone();
                cut.and(tested);
                int type = t;
                int[] at = cuts.computeIfAbsent(cut, c -> {
                    List<int[]> made = groupsOf(dimsOf[type], readings.get(type), c);
                    int offset = all.size();
                    all.addAll(made);
                    return new int[]{offset, made.size()};
                });
                offsetUnder[t][g] = at[0];
                countUnder[t][g] = at[1];
            }
            groups.add(List.copyOf(all));
        }
        for (int g = 0; g < firstGroups; g++) {
            long under = 1;
            for (int t = 1; t < types.size(); t++) {
                under = Math.multiplyExact(under, countUnder[t][g]);
            }
            firstClass[g + 1] = Math.addExact(firstClass[g], under);
        }
        groupsOf = List.copyOf(groups);
        splitBecause = List.copyOf(why);
        classes = firstClass[firstGroups];
    }

    /** The first value of each dimension of a fact type in a cell. */
    private int[] firstValues(int t, int[] cell) {
        int[] first = new int[cell.length];
        for (int k = 0; k < cell.length; k++) {
            first[k] = valueGroups[dimsOf[t][k]][cell[k]][0];
        }
        return first;
    }

    /**
     * The cells of a fact type grouped by the key of their first values, groups in the order of their
     * first cell; only the rules in {@code alive} tell cells apart, or every rule when it is null.
     */
    private List<int[]> groupsOf(int[] own, RuleReading.FactReading fact, BitSet alive) {
        int[] counts = IntStream.of(own).map(d -> valueGroups[d].length).toArray();
        long cells = 1;
        for (int c : counts) {
            cells *= c;
        }
        if (cells > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many cells of " + types + " to tell apart: " + cells);
        }
        // Each cell's key is looked up as it is made, so that only one key of each group is kept; the groups are
        // then numbered in the order of their first cell, whichever thread met them first.
        int[] keyOf = new int[(int) cells];
        Map<Object, Integer> keys = new ConcurrentHashMap<>();
        AtomicInteger made = new AtomicInteger();
        IntStream.range(0, keyOf.length).parallel().forEach(i -> {
            int[] first = new int[own.length];
            long rest = i;
            for (int k = 0; k < own.length; k++) {
                first[k] = valueGroups[own[k]][(int) (rest % counts[k])][0];
                rest /= counts[k];
            }
            Object key = fact.key(first, alive);
            Integer known = keys.get(key);
            keyOf[i] = known != null ? known : keys.computeIfAbsent(key, x -> made.getAndIncrement());
        });
        int[] groupOf = new int[made.get()];
        Arrays.fill(groupOf, -1);
        int[] sizes = new int[groupOf.length];
        int groups = 0;
        for (int i = 0; i < keyOf.length; i++) {
            if (groupOf[keyOf[i]] < 0) {
                groupOf[keyOf[i]] = groups++;
            }
            keyOf[i] = groupOf[keyOf[i]];
            sizes[keyOf[i]]++;
        }
        int[][] cellsOf = new int[groups][];
        for (int g = 0; g < groups; g++) {
            cellsOf[g] = new int[sizes[g]];
            sizes[g] = 0;
        }
        for (int i = 0; i < keyOf.length; i++) {
            cellsOf[keyOf[i]][sizes[keyOf[i]]++] = i;
        }
        return List.of(cellsOf);
    }

    /** A cell of a fact type given by its number: a group index per dimension of the type, the first counting fastest. */
    private int[] cell(int t, int number) {
        int[] own = dimsOf[t];
        int[] cell = new int[own.length];
        int rest = number;
        for (int k = 0; k < own.length; k++) {
            cell[k] = rest % valueGroups[own[k]].length;
            rest /= valueGroups[own[k]].length;
        }
        return cell;
    }

    /** The cells of a group of a fact type. */
    int[][] cells(int t, int group) {
        int[] numbers = groupsOf.get(t).get(group);
        int[][] cells = new int[numbers.length][];
        for (int i = 0; i < numbers.length; i++) {
            cells[i] = cell(t, numbers[i]);
        }
        return cells;
    }

    /** The group of each fact type in a class. */
    int[] groupsOfClass(long cls) {
        int[] g = new int[types.size()];
        int first = Arrays.binarySearch(firstClass, cls);
        first = first >= 0 ? first : -first - 2;
        g[0] = first;
        long rest = cls - firstClass[first];
        for (int t = 1; t < g.length; t++) {
            int n = countUnder[t][first];
            g[t] = offsetUnder[t][first] + (int) (rest % n);
            rest /= n;
        }
        return g;
    }

    /** How many combinations a cell of a fact type stands for. */
    long weight(int t, int[] cell) {
        long w = 1;
        for (int k = 0; k < cell.length; k++) {
            w *= valueGroups[dimsOf[t][k]][cell[k]].length;
        }
        return w;
    }

    /** How many combinations a group of a fact type stands for. */
    long weight(int t, int group) {
        long w = 0;
        for (int[] cell : cells(t, group)) {
            w += weight(t, cell);
        }
        return w;
    }

    /**
     * The first combination of a class: for each fact type, the cell of its group with the lowest
     * values; written into {@code values}, one value index per dimension.
     */
    void first(int[] groups, int[] values) {
        for (int t = 0; t < groups.length; t++) {
            long best = Long.MAX_VALUE;
            int[] bestCell = null;
            for (int[] cell : cells(t, groups[t])) {
                long partial = 0;
                for (int k = 0; k < cell.length; k++) {
                    int d = dimsOf[t][k];
                    partial += valueGroups[d][cell[k]][0] * stride[d];
                }
                if (partial < best) {
                    best = partial;
                    bestCell = cell;
                }
            }
            for (int k = 0; k < bestCell.length; k++) {
                int d = dimsOf[t][k];
                values[d] = valueGroups[d][bestCell[k]][0];
            }
        }
    }

    /** The number of a combination given as value indexes. */
    long index(int[] values) {
        long index = 0;
        for (int d = 0; d < values.length; d++) {
            index += values[d] * stride[d];
        }
        return index;
    }

    /**
     * The part of a group of a fact type that takes given values of some of its dimensions
     * ({@code values}, in the order of {@link #readDims}): its cells, and how many combinations they
     * stand for once cut down to those values.
     */
    record Part(int[] values, List<int[]> cells, long weight) {

        /** Its cells cut down to its values, as value masks of the type's dimensions. */
        List<long[]> masks(Classes classes, int t, int[] readHere) {
            int[] own = classes.dimsOf[t];
            List<long[]> masks = new ArrayList<>(cells.size());
            for (int[] cell : cells) {
                long[] m = new long[own.length];
                for (int k = 0; k < own.length; k++) {
                    m[k] = classes.groupMasks[own[k]][cell[k]];
                }
                for (int r = 0; r < readHere.length; r++) {
                    m[readHere[r]] = 1L << values[r];
                }
                masks.add(m);
            }
            return masks;
        }
    }

    private record Values(int[] values) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Values v && Arrays.equals(values, v.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }

    /** The positions, among a fact type's dimensions, of those in {@code read}. */
    int[] readHere(int t, Set<Integer> read) {
        int[] own = dimsOf[t];
        return IntStream.range(0, own.length).filter(k -> read.contains(own[k])).toArray();
    }

    /**
     * A group of a fact type split by the values of the dimensions in {@code read} (dimension
     * indexes of the space); one part when it reads none of the type's dimensions.
     */
    List<Part> split(int t, int group, Set<Integer> read) {
        int[] own = dimsOf[t];
        int[] readHere = readHere(t, read);
        int[][] cells = cells(t, group);
        if (readHere.length == 0) {
            long w = 0;
            for (int[] cell : cells) {
                w += weight(t, cell);
            }
            return List.of(new Part(new int[0], Arrays.asList(cells), w));
        }
        Map<Values, List<int[]>> cellsOf = new LinkedHashMap<>();
        Map<Values, Long> weightOf = new HashMap<>();
        for (int[] cell : cells) {
            long w = weight(t, cell);
            for (int k : readHere) {
                w /= valueGroups[own[k]][cell[k]].length;
            }
            int[] at = new int[readHere.length];
            while (true) {
                int[] chosen = new int[readHere.length];
                for (int r = 0; r < readHere.length; r++) {
                    chosen[r] = valueGroups[own[readHere[r]]][cell[readHere[r]]][at[r]];
                }
                Values key = new Values(chosen);
                cellsOf.computeIfAbsent(key, x -> new ArrayList<>()).add(cell);
                weightOf.merge(key, w, Long::sum);
                int r = 0;
                while (r < readHere.length && ++at[r] == valueGroups[own[readHere[r]]][cell[readHere[r]]].length) {
                    at[r] = 0;
                    r++;
                }
                if (r == readHere.length) {
                    break;
                }
            }
        }
        List<Part> parts = new ArrayList<>();
        cellsOf.forEach((key, list) -> parts.add(new Part(key.values(), list, weightOf.get(key))));
        return parts;
    }

    /**
     * The parts of a group as {@link #split} gives them, in the same order, without their cells: each part's
     * values and weight, which is all the check's loop asks of a part. {@code cells} are the group's
     * ({@link #cells}), {@code readHere} the positions of the read dimensions among the type's ({@link #readHere}).
     * A part is found by the number of its values among all values of the read dimensions, in a table of
     * its own, not by a map of value arrays: the check splits each class once for every set of facts its
     * invariants read.
     */
    Weighed weigh(int t, int[][] cells, int[] readHere) {
        int[] own = dimsOf[t];
        int reads = readHere.length;
        if (reads == 0) {
            long w = 0;
            for (int[] cell : cells) {
                w += weight(t, cell);
            }
            return new Weighed(new int[][]{new int[0]}, new long[]{w});
        }
        boolean[] isRead = new boolean[own.length];
        for (int k : readHere) {
            isRead[k] = true;
        }
        if (cells.length == 1) {   // most groups: one cell, whose values of the read dimensions are all different parts
            return weighOneCell(t, cells[0], readHere, isRead);
        }
        int[][] groupsRead = new int[reads][];
        long[] radix = new long[reads];
        long r0 = 1;
        for (int r = 0; r < reads; r++) {
            radix[r] = r0;
            r0 *= valueCount[own[readHere[r]]];
        }
        int[][] values = new int[8][];
        long[] weights = new long[8];
        int size = 0;
        long[] slotKey = new long[16];
        int[] slotPart = new int[16];
        java.util.Arrays.fill(slotPart, -1);
        int[] at = new int[reads];
        int[] chosen = new int[reads];
        for (int[] cell : cells) {
            long w = 1;
            for (int k = 0; k < own.length; k++) {
                if (!isRead[k]) {
                    w *= valueGroups[own[k]][cell[k]].length;
                }
            }
            for (int r = 0; r < reads; r++) {
                groupsRead[r] = valueGroups[own[readHere[r]]][cell[readHere[r]]];
                at[r] = 0;
            }
            while (true) {
                long key = 0;
                for (int r = 0; r < reads; r++) {
                    chosen[r] = groupsRead[r][at[r]];
                    key += chosen[r] * radix[r];
                }
                int mask = slotKey.length - 1;
                int slot = (int) (mix(key) & mask);
                while (slotPart[slot] >= 0 && slotKey[slot] != key) {
                    slot = (slot + 1) & mask;
                }
                if (slotPart[slot] >= 0) {
                    weights[slotPart[slot]] += w;
                } else {
                    if (size == values.length) {
                        values = Arrays.copyOf(values, 2 * size);
                        weights = Arrays.copyOf(weights, 2 * size);
                    }
                    values[size] = chosen.clone();
                    weights[size] = w;
                    slotKey[slot] = key;
                    slotPart[slot] = size++;
                    if (2 * size > slotKey.length) {   // at most half full: rebuilt twice as large
                        slotKey = new long[2 * slotKey.length];
                        slotPart = new int[slotKey.length];
                        Arrays.fill(slotPart, -1);
                        for (int p = 0; p < size; p++) {
                            long k = 0;
                            for (int r = 0; r < reads; r++) {
                                k += values[p][r] * radix[r];
                            }
                            int s = (int) (mix(k) & (slotKey.length - 1));
                            while (slotPart[s] >= 0) {
                                s = (s + 1) & (slotKey.length - 1);
                            }
                            slotKey[s] = k;
                            slotPart[s] = p;
                        }
                    }
                }
                int r = 0;
                while (r < reads && ++at[r] == groupsRead[r].length) {
                    at[r] = 0;
                    r++;
                }
                if (r == reads) {
                    break;
                }
            }
        }
        return new Weighed(Arrays.copyOf(values, size), Arrays.copyOf(weights, size));
    }

    /** {@link #weigh} of a group of one cell: a part for each combination of its values of the read dimensions, the first counting fastest. */
    private Weighed weighOneCell(int t, int[] cell, int[] readHere, boolean[] isRead) {
        int[] own = dimsOf[t];
        int reads = readHere.length;
        long w = 1;
        int n = 1;
        int[][] groupsRead = new int[reads][];
        for (int k = 0; k < own.length; k++) {
            if (!isRead[k]) {
                w *= valueGroups[own[k]][cell[k]].length;
            }
        }
        for (int r = 0; r < reads; r++) {
            groupsRead[r] = valueGroups[own[readHere[r]]][cell[readHere[r]]];
            n *= groupsRead[r].length;
        }
        int[][] values = new int[n][];
        long[] weights = new long[n];
        Arrays.fill(weights, w);
        for (int p = 0; p < n; p++) {
            int[] chosen = new int[reads];
            int rest = p;
            for (int r = 0; r < reads; r++) {
                chosen[r] = groupsRead[r][rest % groupsRead[r].length];
                rest /= groupsRead[r].length;
            }
            values[p] = chosen;
        }
        return new Weighed(values, weights);
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    /** The parts of a group without their cells ({@link #weigh}): part {@code i} takes {@code values[i]} and stands for {@code weights[i]} combinations. */
    record Weighed(int[][] values, long[] weights) {

        int size() {
            return weights.length;
        }
    }

    /** The dimensions of a fact type among {@code read}, in the order {@link Part#values} gives their values. */
    int[] readDims(int t, Set<Integer> read) {
        return IntStream.of(dimsOf[t]).filter(read::contains).toArray();
    }

    /** Every dimension, as a set of indexes. */
    Set<Integer> allDims() {
        Set<Integer> all = new TreeSet<>();
        IntStream.range(0, valueGroups.length).forEach(all::add);
        return all;
    }

    /**
     * The boxes of combinations a class part covers: for each fact type, one of its cells (as value masks
     * of its dimensions), crossed with one of every other type's; as value masks of every dimension.
     */
    List<long[]> boxes(List<List<long[]>> perType) {
        List<long[]> boxes = new ArrayList<>();
        cross(perType, 0, new long[valueGroups.length], boxes);
        return boxes;
    }

    private void cross(List<List<long[]>> perType, int t, long[] box, List<long[]> out) {
        if (t == perType.size()) {
            out.add(box.clone());
            return;
        }
        for (long[] masks : perType.get(t)) {
            for (int k = 0; k < masks.length; k++) {
                box[dimsOf[t][k]] = masks[k];
            }
            cross(perType, t + 1, box, out);
        }
    }
}
