package dev.amends.testing.space;

import dev.amends.model.Incident;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputSpaceTest {

    @Test
    void theSpaceHoldsEveryCombinationOfTheFactsRulesRead() {
        assertThat(InputSpace.size()).isEqualTo(11 * 5 * 4 * 4 * 4 * 3 * 3 * 2 * 2 * 2 * 2);
    }

    @Test
    void everyCombinationIsDistinct() {
        Set<Incident> seen = new HashSet<>();
        InputSpace.all().forEach(seen::add);

        assertThat(seen).hasSize(InputSpace.size());
    }

    @Test
    void combinationsAreNumberedFromZero() {
        assertThat(InputSpace.at(0)).isEqualTo(InputSpace.all().findFirst().orElseThrow());
        assertThatThrownBy(() -> InputSpace.at(InputSpace.size())).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aCombinationReadsOnOneLine() {
        assertThat(InputSpace.describe(InputSpace.at(InputSpace.size() - 1))).isEqualTo(
                "mistake=OTHER faultOwner=UNKNOWN severity=CRITICAL relationship=STRONG detectedBy=THIRD_PARTY "
                        + "customerMood=ANGRY priorOccurrences=2 patientImpact spreadBeyondContact publicComplaint referralsLost");
    }

    @Test
    void variedCombinationsStartWithTheFirst() {
        assertThat(InputSpace.varied(List.of(40, 7, 300), 3)).first().isEqualTo(7);
    }

    @Test
    void variedCombinationsDifferInEveryFactTheyCan() {
        List<Integer> picked = InputSpace.varied(IntStream.range(0, InputSpace.size()).boxed().toList(), 3);

        assertThat(InputSpace.differences(picked.get(0), picked.get(1))).as("a second unlike the first in all 11 facts").isEqualTo(11);
        assertThat(List.of(InputSpace.differences(picked.get(2), picked.get(0)), InputSpace.differences(picked.get(2), picked.get(1))))
                .as("a third unlike both in the 7 facts of more than two values, and in half the 4 flags").containsExactly(9, 9);
    }

    @Test
    void fewerCombinationsThanAskedForAreAllGiven() {
        assertThat(InputSpace.varied(Set.of(5, 3), 3)).containsExactlyInAnyOrder(3, 5);
    }

    @Test
    void combinationsDifferInTheFactsTheirIncidentsDifferIn() {
        assertThat(InputSpace.differences(0, 1)).as("patientImpact").isEqualTo(1);
        assertThat(InputSpace.differences(0, InputSpace.size() - 1)).isEqualTo(11);
        assertThat(InputSpace.differences(0, 16 * 3)).as("customerMood").isEqualTo(1);
    }
}
