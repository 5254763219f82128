package dev.amends.testing.space;

import dev.amends.model.Mistake;
import dev.amends.model.OtherKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class ExamplesTest {

    private static final InputSpace SPACE = InputSpace.builtIn();

    @Test
    void variedCombinationsStartWithTheFirst() {
        assertThat(Examples.varied(SPACE, List.of(40L, 7L, 300L), 3)).first().isEqualTo(7L);
    }

    @Test
    void variedCombinationsDifferInEveryFactTheyCan() {
        List<Long> picked = Examples.varied(SPACE, LongStream.range(0, InputSpace.size()).boxed().toList(), 3);

        assertThat(SPACE.differences(picked.get(0), picked.get(1))).as("a second unlike the first in all 13 facts").isEqualTo(13);
        assertThat(List.of(SPACE.differences(picked.get(2), picked.get(0)), SPACE.differences(picked.get(2), picked.get(1))))
                .as("a third unlike both in the 7 facts of more than two values, and in half the 6 flags").containsExactly(10, 10);
    }

    @Test
    void fewerCombinationsThanAskedForAreAllGiven() {
        assertThat(Examples.varied(SPACE, Set.of(5L, 3L), 3)).containsExactlyInAnyOrder(3L, 5L);
    }

    @Test
    void boxesGiveTheExamplesTheirCombinationsGive() {
        InputSpace small = SPACE.restrictedTo("mistake", List.of(Mistake.WRONG_PRODUCT, Mistake.BILLING_ERROR, Mistake.OTHER))
                .restrictedTo("otherKind", List.of(OtherKind.NOT_SAID, OtherKind.INDUCEMENT));
        long[] stride = stride(small);
        Random random = new Random(7);
        for (int round = 0; round < 100; round++) {
            List<long[]> boxes = new ArrayList<>();
            List<Long> combinations = new ArrayList<>();
            Set<Long> taken = new HashSet<>();
            for (int b = 0; b < 1 + random.nextInt(4); b++) {
                long[] box = new long[small.dimensions().size()];
                for (int d = 0; d < box.length; d++) {
                    int n = small.dimensions().get(d).values().size();
                    box[d] = random.nextInt(3) == 0 ? (1L << n) - 1 : 1L << random.nextInt(n);
                    if (random.nextBoolean()) {
                        box[d] |= 1L << random.nextInt(n);
                    }
                }
                if (size(box) >= 50_000 - taken.size()) {
                    continue;
                }
                List<Long> inBox = inside(stride, box);
                if (inBox.stream().noneMatch(taken::contains)) {
                    boxes.add(box);
                    combinations.addAll(inBox);
                    taken.addAll(inBox);
                }
            }
            assertThat(Examples.varied(stride, boxes, 3)).as("round %d", round)
                    .isEqualTo(Examples.varied(small, combinations, 3));
        }
    }

    private static long size(long[] box) {
        long size = 1;
        for (long values : box) {
            size *= Long.bitCount(values);
        }
        return size;
    }

    /** The combinations in a box, in the order of the space. */
    private static List<Long> inside(long[] stride, long[] box) {
        List<Long> combinations = new ArrayList<>(List.of(0L));
        for (int d = 0; d < box.length; d++) {
            List<Long> longer = new ArrayList<>();
            for (long start : combinations) {
                for (long values = box[d]; values != 0; values &= values - 1) {
                    longer.add(start + Long.numberOfTrailingZeros(values) * stride[d]);
                }
            }
            combinations = longer;
        }
        return combinations.stream().sorted().toList();
    }

    private static long[] stride(InputSpace space) {
        long[] stride = new long[space.dimensions().size()];
        long s = 1;
        for (int d = 0; d < stride.length; d++) {
            stride[d] = s;
            s *= space.dimensions().get(d).values().size();
        }
        return stride;
    }
}
