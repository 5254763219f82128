package dev.amends.testing.space;

import dev.amends.model.Incident;
import dev.amends.model.OtherKind;
import dev.amends.model.Mistake;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputSpaceTest {

    @Test
    void theSpaceHoldsEveryCombinationOfTheFactsRulesRead() {
        assertThat(InputSpace.size()).isEqualTo(11 * 5 * 4 * 4 * 4 * 3 * 3 * 2 * 2 * 2 * 2 * 6 * 2 * 4);
    }

    @Test
    void everyCombinationIsDistinctButAKindOfOtherMistakeGivenWithAnotherMistake() {
        Set<Incident> seen = new HashSet<>();
        InputSpace.all().forEach(seen::add);

        int phantoms = InputSpace.size() / 11 * 10 / 4 * 3;   // another mistake (10 of 11) with a kind of OTHER (3 of 4)
        assertThat(seen).hasSize(InputSpace.size() - phantoms).hasSize(7_741_440);
    }

    @Test
    void aKindOfOtherMistakeGivenWithAnotherMistakeIsThatMistakeWithoutIt() {
        InputSpace space = InputSpace.builtIn();
        int[] values = new int[space.dimensions().size()];
        int otherKind = values.length - 1;
        values[10] = Mistake.BILLING_ERROR.ordinal();
        values[otherKind] = OtherKind.INDUCEMENT.ordinal();
        Incident billing = space.point(values).incident();
        values[10] = Mistake.OTHER.ordinal();
        Incident other = space.point(values).incident();

        assertThat(billing.otherKind()).isEqualTo(OtherKind.NOT_SAID);
        assertThat(other.otherKind()).isEqualTo(OtherKind.INDUCEMENT);
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
                        + "customerMood=ANGRY priorOccurrences=2 patientImpact spreadBeyondContact publicComplaint referralsLost "
                        + "deviceKind=INSTALLED_SYSTEM saidAloud otherKind=ACCESS_OR_CONDUCT");
    }

    @Test
    void combinationsDifferInTheFactsTheirIncidentsDifferIn() {
        InputSpace space = InputSpace.builtIn();

        assertThat(space.differences(0, 1)).as("patientImpact").isEqualTo(1);
        assertThat(space.differences(0, InputSpace.size() - 1)).isEqualTo(14);
        assertThat(space.differences(0, 16 * 3)).as("customerMood").isEqualTo(1);
    }

    @Test
    void theBuiltInFactsAreTheFirstDimensions() {
        assertThat(InputSpace.builtIn().dimensions()).extracting(InputSpace.Dimension::name).containsExactly(
                "patientImpact", "spreadBeyondContact", "publicComplaint", "referralsLost", "priorOccurrences", "customerMood",
                "detectedBy", "relationship", "severity", "faultOwner", "mistake", "deviceKind", "saidAloud", "otherKind");
        assertThat(InputSpace.builtIn().combinations()).isEqualTo(InputSpace.size());
    }

    @Test
    void anAppendedDimensionMultipliesTheSpaceAndKeepsTheNumbersOfItsFirstValue() {
        InputSpace space = InputSpace.builtIn().with(new InputSpace.Dimension("accountTier", "Facts", List.of("STRATEGIC", "KEY", "OTHER")));

        assertThat(space.combinations()).isEqualTo(3L * InputSpace.size());
        assertThat(space.point(12345).incident().withFacts(java.util.Map.of())).isEqualTo(InputSpace.at(12345));
        assertThat(space.point(12345).incident().facts()).containsExactly(java.util.Map.entry("accountTier", "STRATEGIC"));
        assertThat(space.point(InputSpace.size() + 12345L).incident().facts()).containsExactly(java.util.Map.entry("accountTier", "KEY"));
        assertThat(space.point(InputSpace.size() + 12345L).incident().withFacts(java.util.Map.of())).isEqualTo(InputSpace.at(12345));
    }

    @Test
    void aDimensionCannotBeAddedTwiceNorHaveRepeatedValues() {
        InputSpace.Dimension tier = new InputSpace.Dimension("accountTier", "Facts", List.of("STRATEGIC", "KEY"));

        assertThatThrownBy(() -> InputSpace.builtIn().with(tier).with(tier)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Facts.accountTier");
        assertThatThrownBy(() -> new InputSpace.Dimension("accountTier", "Facts", List.of("KEY", "KEY")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("distinct");
    }

    @Test
    void aRestrictedSpaceKeepsTheGivenValuesInTheirOrder() {
        InputSpace space = InputSpace.builtIn().restrictedTo("mistake", List.of(Mistake.OTHER, Mistake.WRONG_PRODUCT));

        assertThat(space.combinations()).isEqualTo(InputSpace.size() / 11 * 2);
        assertThat(space.incident(space.combinations() - 1).mistake()).isEqualTo(Mistake.OTHER);
    }
}
