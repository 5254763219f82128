package dev.amends.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line tells which playbook version made a plan, so that a user can audit what was in force. */
class PlaybookVersionOutputTest {

    @TempDir
    Path dir;

    @Test
    void recommendsJsonEndsWithThePlaybookVersionAndDigest() {
        Path rules = Drl.playbook(dir, "rules", Drl.OWN_IT);
        Path incident = Cli.write(dir, Cli.minimalIncident());

        Cli.Result result = Cli.run("recommend", incident.toString(), "--rules", rules.toString(), "--format", "json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode playbook = result.json().get("playbook");
        assertThat(playbook.get("version").asInt()).isEqualTo(1);
        assertThat(playbook.get("digest").asText()).matches("[0-9a-f]{64}");
    }

    @Test
    void explainNamesThePlaybookVersionUnderTheIncident() {
        Path rules = Drl.playbook(dir, "rules", Drl.OWN_IT);
        Path incident = Cli.write(dir, Cli.minimalIncident());

        Cli.Result json = Cli.run("recommend", incident.toString(), "--rules", rules.toString(), "--format", "json");
        Cli.Result text = Cli.run("explain", incident.toString(), "--rules", rules.toString());

        String digest = json.json().get("playbook").get("digest").asText();
        assertThat(text.out().lines()).contains("Made by playbook version 1 (sha256 " + digest.substring(0, 12) + ").");
    }
}
