package dev.amends.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class IncidentTest {

    private static Incident.Builder complete() {
        return Incident.builder()
                .mistake(Mistake.BILLING_ERROR)
                .faultOwner(FaultOwner.COMPANY)
                .severity(Severity.HIGH)
                .relationship(Relationship.DEVELOPING);
    }

    static Stream<Arguments> requiredFields() {
        return Stream.of(
                Arguments.of("mistake", (UnaryOperator<Incident.Builder>) b -> b.mistake(null), Mistake.class),
                Arguments.of("faultOwner", (UnaryOperator<Incident.Builder>) b -> b.faultOwner(null), FaultOwner.class),
                Arguments.of("severity", (UnaryOperator<Incident.Builder>) b -> b.severity(null), Severity.class),
                Arguments.of("relationship", (UnaryOperator<Incident.Builder>) b -> b.relationship(null), Relationship.class),
                Arguments.of("detectedBy", (UnaryOperator<Incident.Builder>) b -> b.detectedBy(null), DetectedBy.class),
                Arguments.of("customerMood", (UnaryOperator<Incident.Builder>) b -> b.customerMood(null), CustomerMood.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requiredFields")
    void aMissingRequiredFactIsNamedWithItsAllowedValues(String field, UnaryOperator<Incident.Builder> unset,
                                                        Class<? extends Enum<?>> type) {
        InvalidIncidentException e = catchThrowableOfType(InvalidIncidentException.class,
                () -> unset.apply(complete()).build());

        assertThat(e).as("missing %s is rejected", field).isNotNull();
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.getMessage()).as("message names the field").startsWith(field + ":");
        String[] allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toArray(String[]::new);
        assertThat(e.getMessage()).as("message lists the allowed values").contains(String.join(", ", allowed));
    }

    @Test
    void anEmptyBuilderNamesTheFirstRequiredFact() {
        assertThatThrownBy(() -> Incident.builder().build())
                .isInstanceOfSatisfying(InvalidIncidentException.class, e -> assertThat(e.field()).isEqualTo("mistake"));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, Integer.MIN_VALUE})
    void negativePriorOccurrencesAreRejected(int prior) {
        InvalidIncidentException e = catchThrowableOfType(InvalidIncidentException.class,
                () -> complete().priorOccurrences(prior).build());

        assertThat(e).isNotNull();
        assertThat(e.field()).isEqualTo("priorOccurrences");
        assertThat(e.getMessage()).contains(String.valueOf(prior));
    }

    @Test
    void zeroPriorOccurrencesIsNotARepeatButOneIs() {
        assertThat(complete().priorOccurrences(0).build().isRepeat()).isFalse();
        assertThat(complete().priorOccurrences(1).build().isRepeat()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n", "\u2003"})
    void blankNamesBecomeEmpty(String blank) {
        Incident incident = complete().id(blank).account(blank).contact(blank).rep(blank).product(blank).build();

        assertThat(incident.id()).isEmpty();
        assertThat(incident.account()).isEmpty();
        assertThat(incident.contact()).isEmpty();
        assertThat(incident.rep()).isEmpty();
        assertThat(incident.product()).isEmpty();
    }

    @Test
    void namesAreStrippedOfSurroundingWhitespace() {
        Incident incident = complete().contact("  Dr. Okafor \n").build();

        assertThat(incident.contact()).contains("Dr. Okafor");
    }

    @Test
    void nullOptionalsGivenToTheRecordBecomeEmpty() {
        Incident incident = new Incident(null, Mistake.OTHER, FaultOwner.UNKNOWN, Severity.LOW, Relationship.NEW,
                DetectedBy.REP, CustomerMood.UPSET, 0, false, false, false, false, null, null, null, null, null, null, null);

        assertThat(incident.id()).isEmpty();
        assertThat(incident.account()).isEmpty();
        assertThat(incident.contact()).isEmpty();
        assertThat(incident.rep()).isEmpty();
        assertThat(incident.product()).isEmpty();
    }

    @Test
    void theConstructorsFromBeforeInstalledEquipmentAndSaidAloudLeaveBothFalse() {
        Incident incident = new Incident(null, Mistake.OTHER, FaultOwner.UNKNOWN, Severity.LOW, Relationship.NEW,
                DetectedBy.REP, CustomerMood.UPSET, 0, true, true, true, true, null, null, null, null, null, null, null,
                null, null, List.of());

        assertThat(incident.installedEquipment()).isFalse();
        assertThat(incident.saidAloud()).isFalse();
        assertThat(incident.referralsLost()).isTrue();
    }

    @Test
    void theDeviceKindIsNotSaidUnlessGiven() {
        assertThat(complete().build().deviceKind()).isEqualTo(DeviceKind.NOT_SAID);
    }

    @Test
    void theOtherKindIsNotSaidUnlessGiven() {
        assertThat(complete().build().otherKind()).isEqualTo(OtherKind.NOT_SAID);
    }

    @Test
    void anOtherMistakeKeepsItsKindThroughItsBuilder() {
        Incident incident = complete().mistake(Mistake.OTHER).otherKind(OtherKind.ACCESS_OR_CONDUCT).build();

        assertThat(incident.otherKind()).isEqualTo(OtherKind.ACCESS_OR_CONDUCT);
        assertThat(incident.toBuilder().build()).isEqualTo(incident);
    }

    @Test
    void anOtherKindWithAnotherMistakeIsRefusedNamingTheFieldAndWhatIsAllowed() {
        Incident.Builder kindOfAnotherMistake = complete().otherKind(OtherKind.INDUCEMENT);

        assertThatThrownBy(kindOfAnotherMistake::build).isInstanceOf(InvalidIncidentException.class)
                .hasMessageContaining("otherKind").hasMessageContaining("INDUCEMENT").hasMessageContaining("BILLING_ERROR")
                .hasMessageContaining("only with mistake OTHER");
        assertThat(complete().otherKind(OtherKind.NOT_SAID).build().otherKind()).isEqualTo(OtherKind.NOT_SAID);
    }

    @Test
    void aNullOtherKindIsRefusedWithTheAllowedValues() {
        assertThatThrownBy(() -> complete().otherKind(null)).isInstanceOf(InvalidIncidentException.class)
                .hasMessageContaining("otherKind").hasMessageContaining("DISCLOSURE, INDUCEMENT, ACCESS_OR_CONDUCT");
    }

    @Test
    @SuppressWarnings("deprecation")
    void installedEquipmentStillSaysAnInstalledSystem() {
        Incident incident = complete().installedEquipment(true).build();

        assertThat(incident.deviceKind()).isEqualTo(DeviceKind.INSTALLED_SYSTEM);
        assertThat(incident.installedEquipment()).isTrue();
    }

    @Test
    void anInstalledSystemIsInstalledEquipment() {
        assertThat(complete().deviceKind(DeviceKind.INSTALLED_SYSTEM).build().installedEquipment()).isTrue();
        assertThat(complete().deviceKind(DeviceKind.EQUIPMENT).build().installedEquipment()).isFalse();
    }

    @Test
    @SuppressWarnings("deprecation")
    void installedEquipmentWithAnotherDeviceKindIsRefusedNamingBoth() {
        Incident.Builder both = complete().installedEquipment(true).deviceKind(DeviceKind.EQUIPMENT);

        assertThatThrownBy(both::build).isInstanceOf(InvalidIncidentException.class)
                .hasMessageContaining("deviceKind").hasMessageContaining("EQUIPMENT").hasMessageContaining("installedEquipment");
    }

    @Test
    void theConstructorFromBeforeTheDeviceKindReadsInstalledEquipmentAsAnInstalledSystem() {
        Incident incident = new Incident(null, Mistake.OTHER, FaultOwner.UNKNOWN, Severity.LOW, Relationship.NEW,
                DetectedBy.REP, CustomerMood.UPSET, 0, false, false, false, false, true, false, null, null, null, null, null,
                null, null, null, null, List.of());

        assertThat(incident.deviceKind()).isEqualTo(DeviceKind.INSTALLED_SYSTEM);
    }

    @Test
    void optionalFactsHaveTheirDefaults() {
        Incident incident = complete().build();

        assertThat(incident.detectedBy()).isEqualTo(DetectedBy.CUSTOMER);
        assertThat(incident.customerMood()).isEqualTo(CustomerMood.CALM);
        assertThat(incident.priorOccurrences()).isZero();
        assertThat(incident.patientImpact()).isFalse();
        assertThat(incident.spreadBeyondContact()).isFalse();
        assertThat(incident.publicComplaint()).isFalse();
        assertThat(incident.referralsLost()).isFalse();
        assertThat(incident.installedEquipment()).isFalse();
        assertThat(incident.saidAloud()).isFalse();
        assertThat(incident.id()).isEmpty();
        assertThat(incident.account()).isEmpty();
        assertThat(incident.contact()).isEmpty();
        assertThat(incident.rep()).isEmpty();
        assertThat(incident.product()).isEmpty();
    }

    @Test
    void toBuilderRoundTripsEveryFact() {
        Incident incident = Incident.builder()
                .id("INC-7")
                .mistake(Mistake.DEFECTIVE_PRODUCT)
                .faultOwner(FaultOwner.THIRD_PARTY)
                .severity(Severity.CRITICAL)
                .relationship(Relationship.STRONG)
                .detectedBy(DetectedBy.COMPANY)
                .customerMood(CustomerMood.ANGRY)
                .priorOccurrences(3)
                .patientImpact(true)
                .spreadBeyondContact(true)
                .publicComplaint(true)
                .referralsLost(true)
                .deviceKind(DeviceKind.EQUIPMENT)
                .saidAloud(true)
                .account("St. Mary's Cardiology")
                .contact("Dr. Okafor")
                .rep("Sam")
                .product("FlowSure catheter")
                .salutation("Dr. Okafor")
                .contactRole("cath lab manager")
                .fact("accountTier", "KEY")
                .fact("refersPatients", true)
                .fact("unitsAffected", 12)
                .build();

        assertThat(incident.toBuilder().build()).isEqualTo(incident);
    }

    @Test
    void toBuilderRoundTripsAnIncidentWithoutNames() {
        Incident incident = complete().build();

        assertThat(incident.toBuilder().build()).isEqualTo(incident);
    }

    @Test
    void toBuilderDerivesAVariantWithoutChangingTheOriginal() {
        Incident original = complete().contact("Dr. Okafor").build();

        Incident variant = original.toBuilder().severity(Severity.LOW).contact(null).build();

        assertThat(variant.severity()).isEqualTo(Severity.LOW);
        assertThat(variant.contact()).isEmpty();
        assertThat(original.severity()).isEqualTo(Severity.HIGH);
        assertThat(original.contact()).contains("Dr. Okafor");
    }

    @Test
    void anIncidentIsUnaffectedByLaterUseOfItsBuilder() {
        Incident.Builder builder = complete().contact("Dr. Okafor").priorOccurrences(1).fact("accountTier", "KEY");
        Incident incident = builder.build();

        builder.contact("Someone else").priorOccurrences(5).severity(Severity.LOW).patientImpact(true)
                .fact("accountTier", "STANDARD").fact("unitsAffected", 3);

        assertThat(incident.contact()).contains("Dr. Okafor");
        assertThat(incident.priorOccurrences()).isEqualTo(1);
        assertThat(incident.severity()).isEqualTo(Severity.HIGH);
        assertThat(incident.patientImpact()).isFalse();
        assertThat(incident.facts()).containsExactly(java.util.Map.entry("accountTier", "KEY"));
    }

    @Test
    void incidentsWithTheSameFactsAreEqual() {
        assertThat(complete().contact("A").build())
                .isEqualTo(complete().contact(" A ").build())
                .hasSameHashCodeAs(complete().contact("A").build());
        assertThat(complete().build()).isNotEqualTo(complete().publicComplaint(true).build());
    }

    @Test
    void invalidIncidentExceptionIsAnIllegalArgumentException() {
        assertThat(new InvalidIncidentException("severity", "is required"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("severity: is required");
    }

    @Test
    void detectedByUsMeansTheRepOrTheCompany() {
        assertThat(Arrays.stream(DetectedBy.values()).filter(DetectedBy::isUs))
                .containsExactly(DetectedBy.REP, DetectedBy.COMPANY);
    }

    @Test
    void aTimeZoneIsNamedByItsIanaName() {
        Incident incident = complete().timeZone("America/New_York").build();

        assertThat(incident.timeZone()).contains(java.time.ZoneId.of("America/New_York"));
    }

    @Test
    void anUnknownTimeZoneIsRefusedWithTheNearestName() {
        InvalidIncidentException e = catchThrowableOfType(InvalidIncidentException.class, () -> complete().timeZone("Amerika/New_York"));

        assertThat(e.field()).isEqualTo("timeZone");
        assertThat(e).hasMessage("timeZone: unknown time zone \"Amerika/New_York\" (did you mean America/New_York?); "
                + "give an IANA time zone name, such as Europe/Berlin or America/New_York");
    }

    @Test
    void anOffsetIsNotATimeZone() {
        InvalidIncidentException e = catchThrowableOfType(InvalidIncidentException.class,
                () -> complete().timeZone(java.time.ZoneOffset.ofHours(1)).build());

        assertThat(e.field()).isEqualTo("timeZone");
        assertThat(e.getMessage()).contains("not an offset (+01:00)");
    }

    @Test
    void theReportTimeIsReadInTheAccountsTimeZone() {
        Incident incident = complete().reportedAt(java.time.OffsetDateTime.parse("2026-11-20T16:30:00Z")).timeZone("Asia/Tokyo").build();

        assertThat(incident.reportedInAccountZone()).contains(java.time.ZonedDateTime.parse("2026-11-21T01:30:00+09:00[Asia/Tokyo]"));
        assertThat(complete().build().reportedInAccountZone()).isEmpty();
    }

    @Test
    void theReportTimeAndTimeZoneSurviveToBuilderAndWithFacts() {
        Incident incident = complete().reportedAt(java.time.OffsetDateTime.parse("2026-11-20T17:30:00+01:00")).timeZone("Europe/Berlin").build();

        assertThat(incident.toBuilder().build()).isEqualTo(incident);
        assertThat(incident.withFacts(java.util.Map.of()).reportedAt()).isEqualTo(incident.reportedAt());
    }
}
