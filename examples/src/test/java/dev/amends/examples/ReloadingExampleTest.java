package dev.amends.examples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class ReloadingExampleTest {

    private static final String HEADER = """
            package my.playbook;
            import dev.amends.model.*;
            global dev.amends.dsl.PlanDraft plan;
            """;

    @Test
    @Timeout(60)
    void theRunningApplicationPicksUpAChangeAndRejectsABrokenOne(@TempDir Path rules) throws Exception {
        Path file = rules.resolve("playbook.drl");
        Files.writeString(file, HEADER + "rule \"Fix it\" when Incident() then plan.step(Action.FIX, \"Rebook.\"); end\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        Future<?> app = Executors.newSingleThreadExecutor().submit(() -> {
            ReloadingExample.run(rules, Duration.ofSeconds(8), out);
            return null;
        });
        waitFor(bytes, "Plan (playbook version 1): [FIX]");
        Files.writeString(file, HEADER + """
                rule "Fix it" when Incident() then plan.step(Action.FIX, "Rebook."); end
                rule "Make up for it" when Incident() then plan.step(Action.OFFER_REMEDY, "Lunch on us."); end
                """);
        waitFor(bytes, "Plan (playbook version 2): [FIX, OFFER_REMEDY]");
        Files.writeString(file, HEADER + "rule \"Fix it\" when Incident( then end\n");
        waitFor(bytes, "The change was rejected; still serving version 2:");
        app.get();

        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Playbook version 2 is live.")
                .doesNotContain("version 3");
    }

    private static void waitFor(ByteArrayOutputStream bytes, String text) throws InterruptedException {
        while (!bytes.toString(StandardCharsets.UTF_8).contains(text)) {
            Thread.sleep(50);
        }
    }
}
