package dev.amends.cli;

import dev.amends.api.RecoveryAdvisor;
import dev.amends.model.Action;
import dev.amends.model.Incident;
import dev.amends.api.RecoveryPlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample incidents in {@code examples/incidents} are valid and each gets a real plan from the default playbook. */
class IncidentFilesTest {

    private static final Path FOLDER = Path.of("../examples/incidents");   // tests run with the cli module as working directory

    private static RecoveryAdvisor advisor;

    @BeforeAll
    static void compileThePlaybookOnce() {
        advisor = RecoveryAdvisor.withDefaultPlaybook();
    }

    static List<Path> incidentFiles() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void thereAreAtLeastSixSampleIncidents() throws IOException {
        assertThat(incidentFiles()).hasSizeGreaterThanOrEqualTo(6);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("incidentFiles")
    void eachSampleParsesAndGetsAPlanThatOwnsAndFixes(Path file) throws IOException {
        Incident incident = IncidentJson.read(Files.readAllBytes(file), file.toString());

        RecoveryPlan plan = advisor.recommend(incident);

        assertThat(plan.steps()).isNotEmpty();
        assertThat(plan.actions()).contains(Action.TAKE_OWNERSHIP, Action.FIX);
        assertThat(incident.contact()).as("samples use realistic names").isPresent();
    }
}
