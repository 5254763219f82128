package dev.amends.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example organisation playbook (examples/halden-medical), layered on the default one, through
 * every command an analyst uses on it: its declared facts, actions, owners and avoid items.
 */
class DeclaredVocabularyCommandsTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "halden-medical");
    private static final String PLAYBOOK = EXAMPLE.resolve("playbook").toString();
    private static final String IMPLANT_INCIDENT = EXAMPLE.resolve("incidents/wrong-implant-set-strategic-account.json").toString();

    @Test
    void theExamplePlaybookValidatesCleanOnTheDefaultOne() {
        Cli.Result result = Cli.run("validate", "--extend", PLAYBOOK);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("with the default playbook:").contains("no problems");
    }

    @Test
    void recommendShowsTheDeclaredActionsWithTheirTitlesAndOwners() {
        Cli.Result result = Cli.run("recommend", IMPLANT_INCIDENT, "--rules", PLAYBOOK, "--extend");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Send a loaner set").contains("Tell the key account manager")
                .contains("Clear the remedy with compliance").contains("Halden's compliance officer")
                .contains("talking about prices or discounts");
    }

    @Test
    void theJsonPlanNamesDeclaredActionsAndEchoesTheDeclaredFacts() throws Exception {
        Cli.Result result = Cli.run("recommend", IMPLANT_INCIDENT, "--rules", PLAYBOOK, "--extend", "--format", "json");

        JsonNode plan = Cli.JSON.readTree(result.out());
        assertThat(plan.path("incident").path("facts").path("accountTier").asText()).isEqualTo("STRATEGIC");
        assertThat(plan.path("incident").path("facts").path("refersPatients").asBoolean()).isTrue();
        assertThat(plan.path("steps").findValuesAsText("action")).contains("SEND_LOANER_SET", "NOTIFY_KEY_ACCOUNT_MANAGER");
        assertThat(plan.path("steps").findValuesAsText("owner")).contains("COMPLIANCE_OFFICER");
    }

    @Test
    void explainShowsTheDeclaredFactsARuleMatched() {
        Cli.Result result = Cli.run("explain", IMPLANT_INCIDENT, "--rules", PLAYBOOK, "--extend");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Facts(productKind=IMPLANT)").contains("Facts(accountTier=STRATEGIC)");
    }

    @Test
    void anUndeclaredFactInTheIncidentExitsTwoNamingItAndTheNearestDeclaredOne() throws Exception {
        Path incident = Files.createTempFile("incident", ".json");
        Files.writeString(incident, Files.readString(Path.of(IMPLANT_INCIDENT)).replace("\"accountTier\"", "\"acountTier\""));

        Cli.Result result = Cli.run("recommend", incident.toString(), "--rules", PLAYBOOK, "--extend");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("facts.acountTier: is not a fact this playbook declares; did you mean accountTier?");
    }

    @Test
    void aValueOutsideADeclaredFactExitsTwoNamingTheAllowedValues() throws Exception {
        Path incident = Files.createTempFile("incident", ".json");
        Files.writeString(incident, Files.readString(Path.of(IMPLANT_INCIDENT)).replace("\"IMPLANT\"", "\"IMPLANTS\""));

        Cli.Result result = Cli.run("recommend", incident.toString(), "--rules", PLAYBOOK, "--extend");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("facts.productKind: has no value \"IMPLANTS\"; did you mean IMPLANT?");
    }

    @Test
    void aDeclaredFactNotPlainlyNamedIsRejectedBeforeItReachesTheTerminal() throws Exception {
        Path incident = Files.createTempFile("incident", ".json");
        Files.writeString(incident, Files.readString(Path.of(IMPLANT_INCIDENT)).replace("\"accountTier\"", "\"account\\u001b[2JTier\""));

        Cli.Result result = Cli.run("recommend", incident.toString(), "--rules", PLAYBOOK, "--extend");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).doesNotContain("\u001b").contains("a declared fact is named with letters and digits");
    }

    @Test
    void theExampleScenariosPassAndCoverEveryRuleOfTheFolder() {
        Cli.Result result = Cli.run("test", EXAMPLE.resolve("scenarios").toString(), "--rules", PLAYBOOK, "--extend",
                "--fail-on-uncovered");

        assertThat(result.exitCode()).as(result.out()).isZero();
        assertThat(result.out()).contains("Every rule fired in at least one scenario.").contains("0 failed");
    }

    @Test
    void vocabularyListsTheBuiltInAndTheDeclaredNamesInTheFormOfAVocabularyFile() {
        Cli.Result result = Cli.run("vocabulary", "--rules", PLAYBOOK, "--extend");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("incident:\n  mistake:\n    values: [WRONG_PRODUCT,")
                .contains("  productKind:   # ").contains("    values: [IMPLANT, INSTRUMENT_SET, CAPITAL_EQUIPMENT, CONSUMABLE]")
                .contains("    bands: [1, 10]   # 0, 1 to 9, 10 or more")
                .contains("  FIX:\n    title: \"Fix it\"\n    phase: REMEDY")
                .contains("  SEND_LOANER_SET:\n    title: \"Send a loaner set\"\n    phase: REMEDY\n    owner: SERVICE_TEAM\n    in-house: yes");
    }

    @Test
    void theDefaultVocabularyDeclaresNoFacts() {
        Cli.Result result = Cli.run("vocabulary");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).doesNotContain("\nfacts:").contains("\nactions:\n  SEE_CUSTOMER_VIEW:");
    }

    @Test
    void theBuiltInFactsIncludeInstalledEquipmentAndSaidAloud() {
        Cli.Result result = Cli.run("vocabulary");

        assertThat(result.out()).contains("  installedEquipment:\n    type: yes/no\n").contains("  saidAloud:\n    type: yes/no\n")
                .contains("  deviceKind:\n    values: [NOT_SAID, DISPOSABLE, IMPLANT, INSTRUMENT_SET, EQUIPMENT, INSTALLED_SYSTEM]\n");
    }
}
