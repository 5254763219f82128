package dev.amends.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.amends.model.Action;
import dev.amends.model.Avoid;
import dev.amends.model.Channel;
import dev.amends.model.Owner;
import dev.amends.model.Phase;
import dev.amends.model.Stage;
import dev.amends.model.Timing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code amends recommend} prints with the default playbook. The assertions are about
 * structure, not wording, so that they hold while the playbook's rules change.
 */
class RecommendOutputTest {

    @TempDir
    Path dir;

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private JsonNode json(ObjectNode incident) {
        Cli.Result result = Cli.run("recommend", Cli.write(dir, incident).toString(), "--format", "json");
        assertThat(result.err()).as("stderr").isEmpty();
        assertThat(result.exitCode()).as("exit status").isZero();
        return result.json();
    }

    @Test
    void jsonOutputHasTheDocumentedKeysInOrder() {
        JsonNode plan = json(Cli.incident());

        assertThat(keys(plan)).containsExactly("incident", "respondWithin", "channel", "steps", "next", "dropped", "avoid", "playbook");
        assertThat(plan.get("steps")).isNotEmpty()
                .allSatisfy(step -> assertThat(keys(step)).containsExactly(
                        "order", "stage", "phase", "action", "wording", "timing", "status", "overdue", "owner", "rule", "why"));
        assertThat(plan.get("avoid")).isNotEmpty()
                .allSatisfy(avoid -> assertThat(keys(avoid)).containsExactly("what", "why"));
    }

    @Test
    void jsonOutputUsesTheVocabularysEnumNames() {
        JsonNode plan = json(Cli.incident());

        assertThat(Timing.valueOf(plan.get("respondWithin").asText()).isRelative()).isFalse();
        assertThat(Channel.valueOf(plan.get("channel").asText())).isNotNull();
        for (JsonNode step : plan.get("steps")) {
            Action action = Action.valueOf(step.get("action").asText());
            assertThat(Phase.valueOf(step.get("phase").asText())).isEqualTo(action.phase());
            assertThat(Timing.valueOf(step.get("timing").asText()).isRelative()).isFalse();
            assertThat(Owner.valueOf(step.get("owner").asText())).isNotNull();
            assertThat(step.get("wording").asText()).isNotBlank();
            assertThat(step.get("rule").asText()).isNotBlank();
        }
        assertThat(plan.get("avoid")).isNotEmpty()
                .allSatisfy(a -> assertThat(Avoid.valueOf(a.get("what").asText())).isNotNull());
    }

    @Test
    void jsonStepsAreNumberedFromOneInStageOrder() {
        JsonNode steps = json(Cli.incident()).get("steps");

        for (int i = 0; i < steps.size(); i++) {
            assertThat(steps.get(i).get("order").asInt()).isEqualTo(i + 1);
            if (i > 0) {
                Stage previous = Stage.valueOf(steps.get(i - 1).get("stage").asText());
                assertThat(Stage.valueOf(steps.get(i).get("stage").asText())).isGreaterThanOrEqualTo(previous);
            }
        }
    }

    @Test
    void jsonIncidentShowsEveryFactWithDefaultsFilledAndOnlyTheNamesGiven() {
        JsonNode incident = json(Cli.minimalIncident()).get("incident");

        assertThat(keys(incident)).containsExactly("mistake", "faultOwner", "severity", "relationship",
                "detectedBy", "customerMood", "priorOccurrences", "patientImpact", "spreadBeyondContact",
                "publicComplaint", "referralsLost");
        assertThat(incident.get("detectedBy").asText()).isEqualTo("CUSTOMER");
        assertThat(incident.get("customerMood").asText()).isEqualTo("CALM");
        assertThat(incident.get("priorOccurrences").asInt()).isZero();
        assertThat(incident.get("patientImpact").asBoolean()).isFalse();
    }

    @Test
    void jsonIncidentShowsInstalledEquipmentAndSaidAloudWhenGiven() {
        JsonNode incident = json(Cli.minimalIncident().put("installedEquipment", true).put("saidAloud", true)).get("incident");

        assertThat(keys(incident)).endsWith("referralsLost", "installedEquipment", "saidAloud", "deviceKind");
        assertThat(incident.get("installedEquipment").asBoolean()).isTrue();
        assertThat(incident.get("saidAloud").asBoolean()).isTrue();
        assertThat(incident.get("deviceKind").asText()).isEqualTo("INSTALLED_SYSTEM");
    }

    @Test
    void jsonIncidentShowsTheDeviceKindWhenGivenAndNoInstalledFlagForAUnit() {
        JsonNode incident = json(Cli.minimalIncident().put("deviceKind", "EQUIPMENT")).get("incident");

        assertThat(incident.get("deviceKind").asText()).isEqualTo("EQUIPMENT");
        assertThat(incident.has("installedEquipment")).isFalse();
    }

    @Test
    void jsonIncidentWithoutADeviceKindHasNone() {
        assertThat(json(Cli.minimalIncident()).get("incident").has("deviceKind")).isFalse();
    }

    @Test
    void jsonIncidentKeepsTheIdAndNamesGiven() {
        JsonNode incident = json(Cli.incident()).get("incident");

        assertThat(keys(incident)).startsWith("id")
                .endsWith("account", "contact", "rep", "product", "salutation", "contactRole");
        assertThat(incident.get("contact").asText()).isEqualTo("Dr. Amara Osei");
    }

    @Test
    void everyPlanTakesOwnershipAndFixes() {
        List<String> actions = new ArrayList<>();
        json(Cli.minimalIncident()).get("steps").forEach(s -> actions.add(s.get("action").asText()));

        assertThat(actions).contains("TAKE_OWNERSHIP", "FIX");
    }

    @Test
    void aDashReadsTheIncidentFromStandardInput() {
        Path file = Cli.write(dir, Cli.incident());

        Cli.Result fromStdin = Cli.runWithInput(Cli.incident().toString(), "recommend", "-", "--format", "json");
        Cli.Result fromFile = Cli.run("recommend", file.toString(), "--format", "json");

        assertThat(fromStdin.exitCode()).isZero();
        assertThat(fromStdin.out()).isNotBlank().isEqualTo(fromFile.out());
    }

    @Test
    void textIsTheDefaultFormat() {
        Cli.Result result = Cli.run("recommend", Cli.write(dir, Cli.incident()).toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).doesNotStartWith("{");
    }

    @Test
    void textStartsWithTheIncidentThenTheNextHour() {
        List<String> lines = Cli.run("recommend", Cli.write(dir, Cli.incident()).toString()).out().lines().toList();

        assertThat(lines.get(0)).startsWith("Wrong product (Kestrel tibial insert, size 4) for Dr. Amara Osei");
        assertThat(lines.get(lines.indexOf("") + 1)).as("what follows the headline").isEqualTo("In the next hour");
    }

    @Test
    void textNumbersEveryStepWithoutWhyUnlessAskedFor() {
        Path file = Cli.write(dir, Cli.incident());
        int steps = Cli.run("recommend", file.toString(), "--format", "json").json().get("steps").size();

        String text = Cli.run("recommend", file.toString()).out();
        String withWhy = Cli.run("recommend", file.toString(), "--why").out();

        for (int n = 1; n <= steps; n++) {
            assertThat(text).containsPattern("(?m)^ *" + n + "\\. \\S");
        }
        assertThat(text.lines().filter(l -> l.strip().startsWith("why: "))).isEmpty();
        assertThat(withWhy.lines().filter(l -> l.strip().startsWith("why: "))).hasSize(steps);
    }

    @Test
    void textStaysWithinEightyColumns() {
        String text = Cli.run("recommend", Cli.write(dir, Cli.incident()).toString()).out();

        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void formatNamesAreCaseInsensitive() {
        Cli.Result result = Cli.run("recommend", Cli.write(dir, Cli.incident()).toString(), "--format", "JSON");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("{");
    }

    @Test
    void anOutputThatCannotBeWrittenExitsWithOneAndSaysSo() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = Main.run(new String[] {"recommend", Cli.write(dir, Cli.incident()).toString()},
                InputStream.nullInputStream(), new PrintStream(full, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "amends: could not write the result to standard output (is the disk full, or the output closed?)");
    }
}
