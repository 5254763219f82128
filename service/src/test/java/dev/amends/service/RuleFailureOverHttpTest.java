package dev.amends.service;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.amends.service.ServiceOverHttpTest.CLIENT;
import static dev.amends.service.ServiceOverHttpTest.INCIDENT;
import static dev.amends.service.ServiceOverHttpTest.JSON;
import static org.assertj.core.api.Assertions.assertThat;

class RuleFailureOverHttpTest {

    @Test
    void aRuleThatKeepsFiringIsAProblemNamingTheRule(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("loop.drl"), """
                package my.playbook;
                import dev.amends.model.*;
                global dev.amends.dsl.PlanDraft plan;
                declare Note end
                rule "Starts" when Incident() then plan.step(Action.FIX, "Fix it."); insert(new Note()); end
                rule "Keeps touching its note" no-loop false when $n : Note() then update($n); end
                """);
        try (ConfigurableApplicationContext service = AmendsService.start("--server.port=0",
                "--amends.rules.folder=" + folder, "--amends.firing-limit=20")) {
            URI plans = URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) service).getWebServer().getPort() + "/plans");

            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(plans).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(INCIDENT)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.get("rule").asText()).isEqualTo("Keeps touching its note");
            assertThat(problem.get("detail").asText()).contains("loop.drl:6", "more than 20 rule firings",
                    "fix that rule (or report it, if it is in the default playbook)");
        }
    }
}
