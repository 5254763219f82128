package dev.amends.playbook;

import dev.amends.api.RecoveryAdvisor;
import dev.amends.compile.RuleReading;
import dev.amends.model.DetectedBy;
import dev.amends.model.DeviceKind;
import dev.amends.model.FaultOwner;
import dev.amends.model.Mistake;
import dev.amends.model.OtherKind;
import dev.amends.model.Relationship;
import dev.amends.model.Severity;
import dev.amends.testing.space.CheckReport;
import dev.amends.testing.space.InputSpace;
import dev.amends.testing.space.WholeSpaceCheck;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the default playbook's rules can tell apart, and the check of its classes against the check
 * of every combination, on a corner of the space small enough to evaluate combination by combination.
 */
class DefaultPlaybookClassesTest {

    private static final RecoveryAdvisor ADVISOR = RecoveryAdvisor.withDefaultPlaybook();
    private static final InputSpace BUILT_IN = InputSpace.builtIn();

    private static RuleReading.FactReading incident() {
        return RuleReading.of(ADVISOR).fact(InputSpace.INCIDENT,
                BUILT_IN.dimensions().stream().map(InputSpace.Dimension::name).toList(),
                BUILT_IN.dimensions().stream().map(InputSpace.Dimension::values).toList());
    }

    @Test
    void everyConditionOfTheDefaultPlaybookIsUnderstoodSoNoFactIsReadWhole() {
        RuleReading.FactReading reading = incident();

        assertThat(IntStream.range(0, BUILT_IN.dimensions().size()).mapToObj(reading::splitBecause)).allMatch(List::isEmpty);
    }

    @Test
    void theRulesTellOnlyNewRelationshipsApartFromTheOthers() {
        RuleReading.FactReading reading = incident();
        int relationship = BUILT_IN.dimensions().stream().map(InputSpace.Dimension::name).toList().indexOf("relationship");

        assertThat(reading.alike(relationship)).containsExactly(List.of(Relationship.NEW.ordinal()),
                List.of(Relationship.DEVELOPING.ordinal(), Relationship.ESTABLISHED.ordinal(), Relationship.STRONG.ordinal()));
    }

    @Test
    void theCheckOfClassesReportsWhatTheCheckOfEveryCombinationReports() {
        InputSpace corner = BUILT_IN
                .restrictedTo("mistake", List.of(Mistake.DEFECTIVE_PRODUCT, Mistake.MISSED_APPOINTMENT))
                .restrictedTo("faultOwner", List.of(FaultOwner.REP, FaultOwner.COMPANY, FaultOwner.CUSTOMER))
                .restrictedTo("detectedBy", List.of(DetectedBy.REP, DetectedBy.COMPANY, DetectedBy.CUSTOMER))
                // The rules tell only new relationships from the others (above), so one of the others stands for all three.
                .restrictedTo("relationship", List.of(Relationship.NEW, Relationship.ESTABLISHED))
                .restrictedTo("severity", List.of(Severity.LOW, Severity.HIGH, Severity.CRITICAL))
                .restrictedTo("deviceKind", List.of(DeviceKind.NOT_SAID, DeviceKind.IMPLANT, DeviceKind.EQUIPMENT));

        CheckReport classes = WholeSpaceCheck.of(ADVISOR).over(corner).run();
        CheckReport every = WholeSpaceCheck.of(ADVISOR).over(corner).runOnEveryCombination();

        assertThat(classes).usingRecursiveComparison().ignoringFields("elapsed", "classes").isEqualTo(every);
        assertThat(classes.classes()).isLessThan(corner.combinations() / 2);
    }

    @Test
    void theCheckOfClassesReportsWhatTheCheckOfEveryCombinationReportsForEachKindOfOtherMistake() {
        InputSpace corner = BUILT_IN
                .restrictedTo("mistake", List.of(Mistake.OTHER))
                .restrictedTo("faultOwner", List.of(FaultOwner.REP, FaultOwner.COMPANY))
                .restrictedTo("detectedBy", List.of(DetectedBy.REP, DetectedBy.CUSTOMER))
                .restrictedTo("severity", List.of(Severity.MEDIUM, Severity.HIGH))
                .restrictedTo("deviceKind", List.of(DeviceKind.NOT_SAID));

        CheckReport classes = WholeSpaceCheck.of(ADVISOR).over(corner).run();
        CheckReport every = WholeSpaceCheck.of(ADVISOR).over(corner).runOnEveryCombination();

        assertThat(corner.dimensions().get(10).values()).hasSize(OtherKind.values().length);
        assertThat(classes).usingRecursiveComparison().ignoringFields("elapsed", "classes").isEqualTo(every);
        assertThat(classes.classes()).isLessThan(corner.combinations() / 2);
    }
}
