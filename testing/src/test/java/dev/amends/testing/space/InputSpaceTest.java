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
        assertThat(InputSpace.size()).isEqualTo(14 * 5 * 4 * 4 * 4 * 3 * 3 * 2 * 2 * 2 * 2 * 6 * 2);   // 10 mistakes, and OTHER with each of 4 kinds
    }

    /**
     * Every two dimensions, each taking every value while the others keep their first, give as many
     * distinct incidents as they have combinations: no value of one is lost, and no two dimensions set
     * the same fact (a cheap stand-in for collecting all seven million incidents, which took 40 s).
     */
    @Test
    void everyCombinationIsDistinct() {
        List<InputSpace.Dimension> dimensions = InputSpace.builtIn().dimensions();
        for (int a = 0; a < dimensions.size(); a++) {
            for (int b = a + 1; b < dimensions.size(); b++) {
                Set<Incident> seen = new HashSet<>();
                int[] values = new int[dimensions.size()];
                for (int x = 0; x < dimensions.get(a).values().size(); x++) {
                    for (int y = 0; y < dimensions.get(b).values().size(); y++) {
                        values[a] = x;
                        values[b] = y;
                        seen.add(InputSpace.builtIn().point(values).incident());
                    }
                }
                assertThat(seen).as(dimensions.get(a).name() + " with " + dimensions.get(b).name())
                        .hasSize(dimensions.get(a).values().size() * dimensions.get(b).values().size());
            }
        }
    }

    @Test
    void theMistakeCarriesAKindOnlyForAnOtherMistake() {
        InputSpace.Dimension mistake = InputSpace.builtIn().dimensions().get(10);

        assertThat(mistake.fields()).containsExactly("mistake", "otherKind");
        assertThat(List.<Object>copyOf(mistake.values())).hasSize(14).startsWith(InputSpace.Dimension.fields("mistake", Mistake.WRONG_PRODUCT, "otherKind", OtherKind.NOT_SAID))
                .endsWith(InputSpace.Dimension.fields("mistake", Mistake.OTHER, "otherKind", OtherKind.NOT_SAID),
                        InputSpace.Dimension.fields("mistake", Mistake.OTHER, "otherKind", OtherKind.DISCLOSURE),
                        InputSpace.Dimension.fields("mistake", Mistake.OTHER, "otherKind", OtherKind.INDUCEMENT),
                        InputSpace.Dimension.fields("mistake", Mistake.OTHER, "otherKind", OtherKind.ACCESS_OR_CONDUCT));
        int[] values = new int[InputSpace.builtIn().dimensions().size()];
        values[10] = 12;
        assertThat(InputSpace.builtIn().point(values).incident()).extracting(Incident::mistake, Incident::otherKind)
                .containsExactly(Mistake.OTHER, OtherKind.INDUCEMENT);
    }

    @Test
    void theMistakesKeepTheirPlaceAndTheKindsOfOtherFollowIt() {
        int before = InputSpace.builtIn().dimensions().subList(0, 10).stream().mapToInt(d -> d.values().size()).reduce(1, (x, y) -> x * y);

        assertThat(InputSpace.at(10 * before)).extracting(Incident::mistake, Incident::otherKind)
                .containsExactly(Mistake.OTHER, OtherKind.NOT_SAID);
        assertThat(InputSpace.at(9 * before).mistake()).isEqualTo(Mistake.UNANSWERED_REQUEST);
        assertThat(InputSpace.at(11 * before).otherKind()).isEqualTo(OtherKind.DISCLOSURE);
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
        assertThat(space.differences(0, InputSpace.size() - 1)).isEqualTo(13);
        assertThat(space.differences(0, 16 * 3)).as("customerMood").isEqualTo(1);
    }

    @Test
    void theBuiltInFactsAreTheFirstDimensions() {
        assertThat(InputSpace.builtIn().dimensions()).extracting(InputSpace.Dimension::name).containsExactly(
                "patientImpact", "spreadBeyondContact", "publicComplaint", "referralsLost", "priorOccurrences", "customerMood",
                "detectedBy", "relationship", "severity", "faultOwner", "mistake", "deviceKind", "saidAloud");
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

        assertThat(space.combinations()).as("WRONG_PRODUCT, and OTHER with each kind").isEqualTo(InputSpace.size() / 14 * 5);
        assertThat(space.incident(space.combinations() - 1).mistake()).isEqualTo(Mistake.OTHER);
    }

    @Test
    void aFactCarriedWithTheMistakeCanBeRestrictedOnItsOwn() {
        InputSpace inducements = InputSpace.builtIn().restrictedTo("otherKind", List.of(OtherKind.INDUCEMENT));
        InputSpace saidOrNot = InputSpace.builtIn().restrictedTo("otherKind", List.of(OtherKind.NOT_SAID));

        assertThat(inducements.combinations()).isEqualTo(InputSpace.size() / 14);
        assertThat(inducements.incident(0)).extracting(Incident::mistake, Incident::otherKind).containsExactly(Mistake.OTHER, OtherKind.INDUCEMENT);
        assertThat(saidOrNot.combinations()).as("the 10 other mistakes, and OTHER not said").isEqualTo(InputSpace.size() / 14 * 11);
    }

    @Test
    void aDimensionThatCarriesSeveralFactsNeedsTheSameFactsInEachValueItsNameFirst() {
        List<Object> mixed = List.of(InputSpace.Dimension.fields("mistake", Mistake.OTHER, "otherKind", OtherKind.INDUCEMENT), Mistake.BILLING_ERROR);
        List<Object> unnamed = List.of(InputSpace.Dimension.fields("otherKind", OtherKind.INDUCEMENT, "mistake", Mistake.OTHER));

        assertThatThrownBy(() -> new InputSpace.Dimension("mistake", InputSpace.INCIDENT, mixed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the same facts, mistake first");
        assertThatThrownBy(() -> new InputSpace.Dimension("mistake", InputSpace.INCIDENT, unnamed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the same facts, mistake first");
    }

    @Test
    void aDimensionCannotGiveAFactAnotherDimensionCarries() {
        InputSpace.Dimension kind = new InputSpace.Dimension("otherKind", InputSpace.INCIDENT, List.of(OtherKind.values()));

        assertThatThrownBy(() -> InputSpace.builtIn().with(kind)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Incident.otherKind already");
    }
}
