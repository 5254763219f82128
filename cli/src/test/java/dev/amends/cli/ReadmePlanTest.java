package dev.amends.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan the README shows is the one its command prints today, so a change to the advice cannot leave it stale. */
class ReadmePlanTest {

    private static final Path README = Path.of("../README.md");   // tests run with the cli module as working directory
    private static final Pattern SHOWN_COMMAND = Pattern.compile("\\(`\\./amends recommend (examples/incidents/[\\w.-]+\\.json)`\\):");

    @Test
    void theReadmesSamplePlanIsWhatRecommendPrintsForItsIncident() throws IOException {
        List<String> lines = Files.readAllLines(README);
        int commandLine = -1;
        String incident = null;
        for (int i = 0; i < lines.size() && incident == null; i++) {
            Matcher shown = SHOWN_COMMAND.matcher(lines.get(i));
            if (shown.find()) {
                commandLine = i;
                incident = shown.group(1);
            }
        }
        assertThat(incident).as("the README introduces its sample plan with (`./amends recommend examples/incidents/FILE.json`):")
                .isNotNull();

        Cli.Result result = Cli.run("recommend", "../" + incident);

        assertThat(result.exitCode()).isZero();
        assertThat(fencedBlockAfter(lines, commandLine))
                .as("README.md's sample plan; paste the output of ./amends recommend " + incident)
                .isEqualTo(result.out().stripTrailing());
    }

    private static String fencedBlockAfter(List<String> lines, int from) {
        int open = from + 1;
        while (!lines.get(open).startsWith("```")) {
            open++;
        }
        int close = open + 1;
        while (!lines.get(close).startsWith("```")) {
            close++;
        }
        return String.join("\n", lines.subList(open + 1, close)).stripTrailing();
    }
}
