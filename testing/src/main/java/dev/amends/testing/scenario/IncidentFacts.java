package dev.amends.testing.scenario;

import dev.amends.vocabulary.DeclaredFact;
import dev.amends.vocabulary.PlaybookVocabulary;
import java.util.Optional;
import dev.amends.model.CustomerMood;
import dev.amends.model.DeviceKind;
import dev.amends.model.OtherKind;
import dev.amends.model.DetectedBy;
import dev.amends.model.FaultOwner;
import dev.amends.model.Incident;
import dev.amends.model.Mistake;
import dev.amends.model.Relationship;
import dev.amends.model.Severity;
import dev.amends.model.Vocabulary;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Sets an incident's facts from text, by the vocabulary's field names. */
final class IncidentFacts {

    static final List<String> FIELDS = List.of("id", "mistake", "faultOwner", "severity", "relationship", "detectedBy",
            "customerMood", "priorOccurrences", "patientImpact", "spreadBeyondContact", "publicComplaint",
            "referralsLost", "installedEquipment", "saidAloud", "deviceKind", "otherKind", "account", "contact", "salutation", "contactRole", "rep", "product", "reportedAt", "timeZone");

    /** The facts every scenario must give; the others default as in an incident's JSON. */
    static final List<String> REQUIRED = List.of("mistake", "faultOwner", "severity", "relationship");

    private IncidentFacts() {
    }

    static void set(Incident.Builder b, String field, String value, PlaybookVocabulary vocabulary) {
        Optional<DeclaredFact> declared = vocabulary.fact(field);
        if (declared.isPresent()) {
            declared(b, declared.get(), value.strip());
            return;
        }
        switch (field) {
            case "id" -> b.id(value);
            case "mistake" -> b.mistake(Names.parse(Mistake.class, value, "mistake"));
            case "faultOwner" -> b.faultOwner(Names.parse(FaultOwner.class, value, "faultOwner"));
            case "severity" -> b.severity(Names.parse(Severity.class, value, "severity"));
            case "relationship" -> b.relationship(Names.parse(Relationship.class, value, "relationship"));
            case "detectedBy" -> b.detectedBy(Names.parse(DetectedBy.class, value, "detectedBy"));
            case "customerMood" -> b.customerMood(Names.parse(CustomerMood.class, value, "customerMood"));
            case "priorOccurrences" -> b.priorOccurrences(count(field, value));
            case "patientImpact" -> b.patientImpact(flag(field, value));
            case "spreadBeyondContact" -> b.spreadBeyondContact(flag(field, value));
            case "publicComplaint" -> b.publicComplaint(flag(field, value));
            case "referralsLost" -> b.referralsLost(flag(field, value));
            case "installedEquipment" -> b.installedEquipment(flag(field, value));
            case "saidAloud" -> b.saidAloud(flag(field, value));
            case "deviceKind" -> b.deviceKind(Names.parse(DeviceKind.class, value, "deviceKind"));
            case "otherKind" -> b.otherKind(Names.parse(OtherKind.class, value, "otherKind"));
            case "account" -> b.account(value);
            case "contact" -> b.contact(value);
            case "salutation" -> b.salutation(value);
            case "contactRole" -> b.contactRole(value);
            case "rep" -> b.rep(value);
            case "product" -> b.product(value);
            case "reportedAt" -> b.reportedAt(reportedAt(value));
            case "timeZone" -> b.timeZone(value);
            default -> throw new IllegalArgumentException(Names.unknown("fact", field, known(vocabulary)));
        }
    }

    /** Every fact a scenario may give: the incident's own, then those the playbook declares. */
    static List<String> known(PlaybookVocabulary vocabulary) {
        List<String> known = new java.util.ArrayList<>(FIELDS);
        vocabulary.facts().forEach(f -> known.add(f.name()));
        return known;
    }

    private static void declared(Incident.Builder b, DeclaredFact fact, String value) {
        switch (fact.kind()) {
            case VALUES -> {
                if (!fact.values().contains(value)) {
                    throw new IllegalArgumentException(Names.unknown(fact.name() + " value", value, fact.values()));
                }
                b.fact(fact.name(), value);
            }
            case YES_NO -> b.fact(fact.name(), declaredFlag(fact.name(), value));
            case WHOLE_NUMBER -> b.fact(fact.name(), count(fact.name(), value));
        }
    }

    /** The problem with a scenario that does not give a {@linkplain #REQUIRED required} fact, as an incident words it. */
    static String missing(String field) {
        return field + ": is required; allowed values: "
                + String.join(", ", Vocabulary.names(Vocabulary.INCIDENT_ENUM_FIELDS.get(field)));
    }

    private static int count(String field, String value) {
        try {
            String digits = value.strip();
            if (digits.matches("\\d{10,}") && new java.math.BigInteger(digits).compareTo(java.math.BigInteger.valueOf(Integer.MAX_VALUE)) > 0) {
                throw new IllegalArgumentException(field + " must be a whole number from 0 to " + Integer.MAX_VALUE + ", was " + digits);
            }
            int n = Integer.parseInt(digits);
            if (n < 0) {
                throw new IllegalArgumentException(field + " must be 0 or more, was " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " must be a whole number, was \"" + value + "\"");
        }
    }

    private static OffsetDateTime reportedAt(String value) {
        try {
            return OffsetDateTime.parse(value.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("reportedAt must be a date and time with its offset from UTC, such as "
                    + "2026-11-20T17:30:00+01:00, was \"" + value + "\"");
        }
    }

    private static boolean flag(String field, String value) {
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(field + " must be true or false, was \"" + value + "\"");
        };
    }

    /** A declared yes/no fact: true or false, as in an incident's JSON, or yes or no, as its vocabulary.yaml writes them. */
    private static boolean declaredFlag(String field, String value) {
        return switch (value.strip()) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw new IllegalArgumentException(field + " must be true or false (or yes or no), was \"" + value + "\"");
        };
    }
}
