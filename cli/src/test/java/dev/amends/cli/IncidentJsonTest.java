package dev.amends.cli;

import dev.amends.model.Incident;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the contact is addressed and what their role is: optional text, read and echoed like the names. */
class IncidentJsonTest {

    private static final String REQUIRED = """
            "mistake": "MISSED_APPOINTMENT", "faultOwner": "REP", "severity": "LOW", "relationship": "NEW"
            """;

    private static Incident read(String fields) {
        return IncidentJson.read(("{" + REQUIRED + fields + "}").getBytes(StandardCharsets.UTF_8), "incident.json");
    }

    @Test
    void theSalutationAndTheContactsRoleAreRead() {
        Incident incident = read(", \"salutation\": \"Ms. Fraser\", \"contactRole\": \"purchasing manager\"");

        assertThat(incident.salutation()).contains("Ms. Fraser");
        assertThat(incident.contactRole()).contains("purchasing manager");
    }

    @Test
    void anIncidentWithoutThemIsStillValid() {
        Incident incident = read("");

        assertThat(incident.salutation()).isEmpty();
        assertThat(incident.contactRole()).isEmpty();
    }

    @Test
    void aRoleGivenAsANumberIsAWrongTypeNamingTheField() {
        assertThatThrownBy(() -> read(", \"contactRole\": 3"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("contactRole: expected a string, got number 3");
    }

    @Test
    void theEchoedIncidentEndsWithTheSalutationAndTheRoleWhenGiven() {
        Incident incident = read(", \"contact\": \"Linda Fraser\", \"salutation\": \"Linda\", \"contactRole\": \"OR nurse manager\"");

        var echo = IncidentJson.toTree(incident);

        assertThat(echo.get("salutation").asText()).isEqualTo("Linda");
        assertThat(echo.get("contactRole").asText()).isEqualTo("OR nurse manager");
        assertThat(echo.fieldNames()).toIterable().endsWith("contact", "salutation", "contactRole");
    }

    @Test
    void theEchoedIncidentLeavesOutASalutationAndRoleNotGiven() {
        var echo = IncidentJson.toTree(read(""));

        assertThat(echo.has("salutation")).isFalse();
        assertThat(echo.has("contactRole")).isFalse();
    }
}
