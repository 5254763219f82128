package dev.amends.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The declared facts an incident gives under "facts": read as strictly as its other fields, and
 * judged by the advisor, which knows what the playbook declares.
 */
class DeclaredFactsInputTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "halden-medical");
    private static final String PLAYBOOK = EXAMPLE.resolve("playbook").toString();
    private static final String IMPLANT_INCIDENT = EXAMPLE.resolve("incidents/wrong-implant-set-strategic-account.json").toString();

    private static Cli.Result recommend(String from, String to) throws Exception {
        Path incident = Files.createTempFile("incident", ".json");
        String original = Files.readString(Path.of(IMPLANT_INCIDENT));
        assertThat(original).contains(from);
        Files.writeString(incident, original.replace(from, to));
        return Cli.run("recommend", incident.toString(), "--rules", PLAYBOOK, "--extend");
    }

    @Test
    void aDeclaredOwnersTitleKeepsItsCapitalInThePlansSummary() throws Exception {
        Path incident = Files.createTempFile("incident", ".json");
        Files.writeString(incident, """
                {"mistake": "WRONG_PRODUCT", "faultOwner": "COMPANY", "severity": "CRITICAL", "relationship": "ESTABLISHED",
                 "facts": {"productKind": "IMPLANT", "refersPatients": true, "unitsAffected": 5}}
                """);

        Cli.Result result = Cli.run("recommend", incident.toString(), "--rules", PLAYBOOK, "--extend");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Clear the remedy with compliance (step ").contains("): Halden's compliance officer,")
                .doesNotContain("halden's");
    }

    @Test
    void aFactGivenTwiceIsRejectedAsATopLevelFieldGivenTwiceIs() throws Exception {
        Cli.Result result = recommend("\"accountTier\": \"STRATEGIC\"", "\"accountTier\": \"STRATEGIC\", \"accountTier\": \"KEY\"");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("the field \"facts.accountTier\" is given twice; give each field once");
    }

    @Test
    void aWholeNumberGivenAsTextIsToldByTheAdvisorToBeANumber() throws Exception {
        Cli.Result result = recommend("\"unitsAffected\": 1", "\"unitsAffected\": \"12\"");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("amends: facts.unitsAffected: is a whole number, 0 or more, given as a "
                + "number, not as text: \"12\" does not fit");
    }

    @Test
    void aYesNoFactGivenAsTextIsToldByTheAdvisorToBeTrueOrFalse() throws Exception {
        Cli.Result result = recommend("\"refersPatients\": true", "\"refersPatients\": \"yes\"");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("amends: facts.refersPatients: is a yes/no fact: give true or false "
                + "(not as text), not \"yes\"");
    }

    @Test
    void aValueWithSpacesIsJudgedAgainstTheDeclaredValues() throws Exception {
        Cli.Result result = recommend("\"productKind\": \"IMPLANT\"", "\"productKind\": \"IMPLANT SET\"");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("facts.productKind: has no value \"IMPLANT SET\"");
    }

    @Test
    void aValueWithAControlCharacterIsRefusedBeforeItReachesTheTerminal() throws Exception {
        Cli.Result result = recommend("\"productKind\": \"IMPLANT\"", "\"productKind\": \"IMP\\u001b[2JLANT\"");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).doesNotContain("\u001b").contains("facts.productKind: holds a control or invisible character");
    }
}
