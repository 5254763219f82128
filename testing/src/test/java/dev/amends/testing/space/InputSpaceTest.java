package dev.amends.testing.space;

import dev.amends.model.Incident;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

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
}
