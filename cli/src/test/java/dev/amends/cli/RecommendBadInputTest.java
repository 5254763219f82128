package dev.amends.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code amends recommend} rejects bad input with exit status 2 and one line naming the field and what is allowed. */
class RecommendBadInputTest {

    @TempDir
    Path dir;

    private Cli.Result recommend(ObjectNode incident) {
        return Cli.run("recommend", Cli.write(dir, incident).toString());
    }

    private Cli.Result recommendText(String json) {
        return Cli.run("recommend", Cli.write(dir, "incident.json", json).toString());
    }

    private static void assertBadInput(Cli.Result result, String line) {
        assertThat(result.exitCode()).as("exit status").isEqualTo(2);
        assertThat(result.out()).as("stdout").isEmpty();
        assertThat(result.errLines()).as("stderr").containsExactly(line);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mistake", "faultOwner", "severity", "relationship"})
    void aMissingRequiredFieldIsNamedWithItsAllowedValues(String field) {
        ObjectNode incident = Cli.minimalIncident();
        incident.remove(field);

        Cli.Result result = recommend(incident);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("amends: " + field + ": required field is missing; allowed: ");
    }

    @Test
    void aRequiredFieldGivenAsNullCountsAsMissing() {
        ObjectNode incident = Cli.minimalIncident();
        incident.putNull("severity");

        assertBadInput(recommend(incident),
                "amends: severity: is required, but null; allowed: LOW, MEDIUM, HIGH, CRITICAL");
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnes() {
        ObjectNode incident = Cli.minimalIncident().put("severity", "SEVERE");

        assertBadInput(recommend(incident),
                "amends: severity: unknown value \"SEVERE\"; allowed: LOW, MEDIUM, HIGH, CRITICAL");
    }

    @Test
    void enumValuesAreCaseSensitive() {
        ObjectNode incident = Cli.minimalIncident().put("customerMood", "angry");

        assertBadInput(recommend(incident),
                "amends: customerMood: unknown value \"angry\"; allowed: CALM, UPSET, ANGRY");
    }

    @Test
    void anEnumGivenAsANumberIsAWrongType() {
        ObjectNode incident = Cli.minimalIncident().put("severity", 3);

        assertBadInput(recommend(incident),
                "amends: severity: expected a string, got number 3; allowed: LOW, MEDIUM, HIGH, CRITICAL");
    }

    @Test
    void aNegativePriorOccurrencesIsRejected() {
        ObjectNode incident = Cli.minimalIncident().put("priorOccurrences", -1);

        assertBadInput(recommend(incident), "amends: priorOccurrences: must be 0 or more, got -1");
    }

    @Test
    void aFractionalPriorOccurrencesIsRejected() {
        ObjectNode incident = Cli.minimalIncident().put("priorOccurrences", 1.5);

        assertBadInput(recommend(incident),
                "amends: priorOccurrences: expected a whole number, 0 or more, got number 1.5");
    }

    @Test
    void aPriorOccurrencesGivenAsTextIsAWrongType() {
        ObjectNode incident = Cli.minimalIncident().put("priorOccurrences", "2");

        assertBadInput(recommend(incident),
                "amends: priorOccurrences: expected a whole number, 0 or more, got string \"2\"");
    }

    @Test
    void aStringWhereABooleanIsExpectedNamesTheField() {
        ObjectNode incident = Cli.minimalIncident().put("patientImpact", "yes");

        assertBadInput(recommend(incident), "amends: patientImpact: expected true or false, got string \"yes\"");
    }

    @Test
    void aNameGivenAsANumberIsAWrongType() {
        ObjectNode incident = Cli.minimalIncident().put("contact", 42);

        assertBadInput(recommend(incident), "amends: contact: expected a string, got number 42");
    }

    @Test
    void anUnknownFieldIsNamedWithTheKnownOnes() {
        ObjectNode incident = Cli.minimalIncident().put("urgency", "HIGH");

        assertBadInput(recommend(incident), "amends: urgency: unknown field; known fields: id, mistake, faultOwner, "
                + "severity, relationship, detectedBy, customerMood, priorOccurrences, patientImpact, "
                + "spreadBeyondContact, publicComplaint, referralsLost, installedEquipment, saidAloud, deviceKind, otherKind, account, contact, rep, product, salutation, contactRole, facts, reportedAt, timeZone, events "
                + "(a fact a playbook declares in its vocabulary.yaml goes under \"facts\")");
    }

    @Test
    void aMisspelledFieldSuggestsTheFieldMeant() {
        ObjectNode incident = Cli.minimalIncident().put("priorOccurences", 1);

        Cli.Result result = recommend(incident);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("amends: priorOccurences: unknown field (did you mean \"priorOccurrences\"?); known fields: id, ");
    }

    @Test
    void aFieldInTheWrongCaseSuggestsTheFieldMeant() {
        ObjectNode incident = Cli.minimalIncident().put("PatientImpact", true);

        assertThat(recommend(incident).errLines()).singleElement().asString()
                .startsWith("amends: PatientImpact: unknown field (did you mean \"patientImpact\"?); known fields: ");
    }

    @Test
    void malformedJsonIsReportedWithItsLineAndColumn() {
        Path file = Cli.write(dir, "broken.json", """
                {
                  "mistake": "WRONG_PRODUCT",
                  "severity" "HIGH"
                }
                """);

        Cli.Result result = Cli.run("recommend", file.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("amends: " + file + ": malformed JSON at line 3, column 14: ")
                .contains("a colon between a name and its value");
    }

    @Test
    void textAfterTheIncidentObjectIsMalformed() {
        Path file = Cli.write(dir, "two.json", "{\"mistake\": \"OTHER\"}\n{}\n");

        assertBadInput(Cli.run("recommend", file.toString()),
                "amends: " + file + ": malformed JSON at line 2, column 1: more content after the end of the incident's object");
    }

    @Test
    void aFieldGivenTwiceIsMalformed() {
        Path file = Cli.write(dir, "twice.json", "{\"severity\": \"LOW\", \"severity\": \"HIGH\"}");

        Cli.Result result = Cli.run("recommend", file.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString()
                .isEqualTo("amends: " + file + ": malformed JSON at line 1, column 21: the field \"severity\" is given twice;"
                        + " give each field once");
    }

    @Test
    void anArrayInsteadOfAnObjectIsRejected() {
        assertBadInput(recommendText("[]"),
                "amends: " + dir.resolve("incident.json") + ": expected a JSON object with the incident's facts, found an array");
    }

    @Test
    void anEmptyFileIsRejected() {
        assertBadInput(recommendText(""),
                "amends: " + dir.resolve("incident.json") + ": is empty; expected a JSON object with the incident's facts");
    }

    @Test
    void emptyStandardInputIsRejected() {
        assertBadInput(Cli.runWithInput("  \n", "recommend", "-"),
                "amends: standard input: is empty; expected a JSON object with the incident's facts");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nope.json");

        assertBadInput(Cli.run("recommend", missing.toString()), "amends: " + missing + ": no such file");
    }

    @Test
    void aFolderGivenAsTheFileIsRejected() {
        assertBadInput(Cli.run("recommend", dir.toString()),
                "amends: " + dir + ": is a folder; give the incident's JSON file");
    }

    @Test
    void aRulesFolderThatDoesNotExistIsBadInput() {
        Path incident = Cli.write(dir, Cli.minimalIncident());
        Path missing = dir.resolve("no-rules");

        assertBadInput(Cli.run("recommend", incident.toString(), "--rules", missing.toString()),
                "amends: --rules: no such folder: " + missing);
    }

    @Test
    void anIncidentAtFaultIsReportedEvenWhenTheRulesAreToo() {
        ObjectNode incident = Cli.minimalIncident().put("severity", "SEVERE");
        Path file = Cli.write(dir, incident);

        Cli.Result result = Cli.run("recommend", file.toString(), "--rules", dir.resolve("no-rules").toString());

        assertThat(result.errLines()).singleElement().asString().startsWith("amends: severity: ");
    }
}
