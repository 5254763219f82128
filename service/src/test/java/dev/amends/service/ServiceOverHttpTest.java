package dev.amends.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.amends.cli.JsonFormats;
import dev.amends.api.RecoveryAdvisor;
import dev.amends.model.CustomerMood;
import dev.amends.model.DetectedBy;
import dev.amends.model.FaultOwner;
import dev.amends.model.Mistake;
import dev.amends.model.Relationship;
import dev.amends.model.Severity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The service as a client sees it: started as {@code amends serve} starts it, on a free port, spoken to over HTTP. */
class ServiceOverHttpTest {

    static final String INCIDENT = """
            {"mistake": "WRONG_PRODUCT", "faultOwner": "COMPANY", "severity": "HIGH", "relationship": "ESTABLISHED",
             "account": "Northside Clinic", "contact": "Dr. Ames"}
            """;

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    static ConfigurableApplicationContext service;
    static URI base;

    @BeforeAll
    static void start() {
        service = AmendsService.start("--server.port=0");
        base = URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) service).getWebServer().getPort());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    static HttpResponse<String> post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return post(path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode problem(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        return problem;
    }

    @Test
    void aPlanIsTheCommandLinesJsonPlanForTheIncident() throws Exception {
        HttpResponse<String> response = post("/plans", INCIDENT);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        String expected = JsonFormats.writePlan(RecoveryAdvisor.withDefaultPlaybook()
                .recommend(JsonFormats.readIncident(INCIDENT.getBytes(StandardCharsets.UTF_8), "expected")));
        assertThat(response.body()).isEqualTo(expected);
        assertThat(response.body()).contains("Northside Clinic");
    }

    @Test
    void anExplanationIsTheCommandLinesJsonExplanation() throws Exception {
        HttpResponse<String> response = post("/explanations", INCIDENT);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode explanation = JSON.readTree(response.body());
        assertThat(explanation.fieldNames()).toIterable().containsExactly("plan", "steps", "otherRules", "dropped");
        assertThat(explanation.at("/steps/0/rule/location").asText()).startsWith("dev/amends/playbook/");
    }

    @Test
    void anUnknownValueIsRefusedInTheCommandLinesWordsNamingTheField() throws Exception {
        JsonNode problem = problem(post("/plans", INCIDENT.replace("HIGH", "HUGE")), 400);

        assertThat(problem.get("field").asText()).isEqualTo("severity");
        assertThat(problem.get("detail").asText())
                .isEqualTo("severity: unknown value \"HUGE\"; allowed: " + names(Severity.values()));
        assertThat(problem.get("title").asText()).isEqualTo("The incident cannot be used");
        assertThat(problem.get("type").asText()).endsWith("docs/service.md#bad-incident");
    }

    @Test
    void aMissingRequiredFieldIsNamed() throws Exception {
        JsonNode problem = problem(post("/plans", "{\"faultOwner\": \"REP\", \"severity\": \"LOW\", \"relationship\": \"NEW\"}"), 400);

        assertThat(problem.get("field").asText()).isEqualTo("mistake");
        assertThat(problem.get("detail").asText()).startsWith("mistake: required field is missing; allowed: WRONG_PRODUCT, ");
    }

    @Test
    void anUnknownFieldIsNamedWithTheFieldItMayHaveMeant() throws Exception {
        JsonNode problem = problem(post("/plans", INCIDENT.replace("\"severity\"", "\"severty\"")), 400);

        assertThat(problem.get("field").asText()).isEqualTo("severty");
        assertThat(problem.get("detail").asText()).startsWith("severty: unknown field (did you mean \"severity\"?)");
    }

    @Test
    void aWrongTypeSaysWhatIsAllowed() throws Exception {
        JsonNode problem = problem(post("/explanations", INCIDENT.replace("\"account\": \"Northside Clinic\"", "\"priorOccurrences\": -2")), 400);

        assertThat(problem.get("field").asText()).isEqualTo("priorOccurrences");
        assertThat(problem.get("detail").asText()).isEqualTo("priorOccurrences: must be 0 or more, got -2");
    }

    @Test
    void aBadEventIsNamedByItsPlaceAndField() throws Exception {
        String incident = INCIDENT.replace("\"contact\": \"Dr. Ames\"", "\"contact\": \"Dr. Ames\", \"events\": ["
                + "{\"at\": \"2026-11-24T10:00:00+01:00\", \"type\": \"STEP_DONE\", \"action\": \"FIX\", \"outcome\": \"LATE\"}]");
        JsonNode problem = problem(post("/plans", incident), 400);

        assertThat(problem.get("field").asText()).isEqualTo("events[0].outcome");
        assertThat(problem.get("detail").asText()).isEqualTo("events[0].outcome: unknown value \"LATE\"; allowed: SUCCEEDED, FAILED, ACCEPTED, DECLINED");
    }

    @Test
    void anEventAboutAStepThePlanNeverHadIsRefusedNamingTheField() throws Exception {
        String incident = INCIDENT.replace("\"contact\": \"Dr. Ames\"", "\"contact\": \"Dr. Ames\", \"events\": ["
                + "{\"at\": \"2026-11-24T10:00:00+01:00\", \"type\": \"STEP_DONE\", \"action\": \"FIXX\", \"outcome\": \"SUCCEEDED\"}]");
        JsonNode problem = problem(post("/plans", incident), 400);

        assertThat(problem.get("field").asText()).isEqualTo("events[0].action");
        assertThat(problem.get("detail").asText()).startsWith("events[0].action: unknown action \"FIXX\"");
        assertThat(problem.get("type").asText()).endsWith("docs/service.md#bad-incident");
    }

    @Test
    void textThatIsNotJsonIsRefusedWithItsPlaceAndNoField() throws Exception {
        JsonNode problem = problem(post("/plans", "{\"mistake\": WRONG_PRODUCT}"), 400);

        assertThat(problem.has("field")).isFalse();
        assertThat(problem.get("detail").asText()).startsWith("request body: malformed JSON at line 1, column 13: the word \"WRONG_PRODUCT\"");
    }

    @Test
    void anEmptyBodyIsRefused() throws Exception {
        JsonNode problem = problem(post("/plans", ""), 400);

        assertThat(problem.get("detail").asText()).isEqualTo("request body: is empty; expected a JSON object with the incident's facts");
    }

    @Test
    void aBodyLargerThanAnIncidentMayBeIsRefusedUnread() throws Exception {
        byte[] huge = new byte[JsonFormats.MAX_INCIDENT_BYTES + 1];
        Arrays.fill(huge, (byte) ' ');

        JsonNode problem = problem(post("/plans", "application/json", huge), 413);

        assertThat(problem.get("detail").asText()).isEqualTo("request body: is larger than 1 MB (1,048,576 bytes); an incident is at most that");
    }

    @Test
    void aBodyThatIsNotJsonByItsContentTypeIsRefused() throws Exception {
        JsonNode problem = problem(post("/plans", "text/plain", INCIDENT.getBytes(StandardCharsets.UTF_8)), 415);

        assertThat(problem.get("detail").asText()).contains("text/plain");
    }

    @Test
    void anUnknownPathIsAProblemToo() throws Exception {
        problem(get("/plan"), 404);
    }

    @Test
    void thePlaybookInForceListsItsVersionAndRules() throws Exception {
        HttpResponse<String> response = get("/playbook");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode playbook = JSON.readTree(response.body());
        RecoveryAdvisor advisor = service.getBean(RecoveryAdvisor.class);
        assertThat(playbook.get("version").asInt()).isEqualTo(1);
        assertThat(playbook.get("digest").asText()).isEqualTo(advisor.playbook().digest());
        assertThat(playbook.get("ruleCount").asInt()).isEqualTo(advisor.rules().size());
        assertThat(playbook.get("rules")).hasSize(advisor.rules().size());
        assertThat(playbook.at("/rules/0").fieldNames()).toIterable()
                .containsExactly("name", "location", "conditions", "guidance", "source");
        assertThat(playbook.at("/rules/0/name").asText()).isEqualTo(advisor.rules().get(0).name());
        assertThat(playbook.at("/rules/0/guidance").asText()).isEqualTo(advisor.rules().get(0).guidance());
    }

    @Test
    void healthReportsThePlaybookInForce() throws Exception {
        HttpResponse<String> response = get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = JSON.readTree(response.body());
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/amends/details/playbook/version").asInt()).isEqualTo(1);
        assertThat(health.at("/components/amends/details/playbook/rules").asInt())
                .isEqualTo(service.getBean(RecoveryAdvisor.class).rules().size());
    }

    @Test
    void plansAreCountedInTheMetricsByCacheHitOrMiss() throws Exception {
        String incident = INCIDENT.replace("ESTABLISHED", "NEW").replace("HIGH", "LOW");
        post("/plans", incident);
        post("/plans", incident);

        JsonNode hits = JSON.readTree(get("/actuator/metrics/amends.plans?tag=amends.cache:hit").body());
        JsonNode all = JSON.readTree(get("/actuator/metrics/amends.plans").body());

        assertThat(count(hits)).isGreaterThanOrEqualTo(1);
        assertThat(count(all)).isGreaterThanOrEqualTo(2).isGreaterThan(count(hits));
    }

    private static double count(JsonNode metric) {
        for (JsonNode measurement : metric.get("measurements")) {
            if (measurement.get("statistic").asText().equals("COUNT")) {
                return measurement.get("value").asDouble();
            }
        }
        throw new AssertionError("no COUNT in " + metric);
    }

    @Test
    void theServiceListensOnTheLoopbackAddressOnly() {
        assertThat(service.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
    }

    @Test
    void theOpenApiDescriptionIsServedAndItsIncidentMatchesTheModel() throws Exception {
        HttpResponse<String> response = get("/openapi.json");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode incident = JSON.readTree(response.body()).at("/components/schemas/Incident/properties");
        assertThat(incident.fieldNames()).toIterable().containsExactlyElementsOf(JsonFormats.incidentFields());
        assertThat(enumOf(incident, "mistake")).containsExactly(names(Mistake.values()).split(", "));
        assertThat(enumOf(incident, "faultOwner")).containsExactly(names(FaultOwner.values()).split(", "));
        assertThat(enumOf(incident, "severity")).containsExactly(names(Severity.values()).split(", "));
        assertThat(enumOf(incident, "relationship")).containsExactly(names(Relationship.values()).split(", "));
        assertThat(enumOf(incident, "detectedBy")).containsExactly(names(DetectedBy.values()).split(", "));
        assertThat(enumOf(incident, "customerMood")).containsExactly(names(CustomerMood.values()).split(", "));
    }

    private static List<String> enumOf(JsonNode properties, String field) {
        List<String> values = new ArrayList<>();
        properties.get(field).get("enum").forEach(v -> {
            if (!v.isNull()) {
                values.add(v.asText());
            }
        });
        return values;
    }

    private static String names(Enum<?>[] values) {
        return String.join(", ", Arrays.stream(values).map(Enum::name).toList());
    }

    @Test
    void theReadmesCurlExampleIncidentGetsAPlan() throws Exception {
        Path example = Path.of("../examples/incidents/wrong-implant-size-before-surgery.json");

        HttpResponse<String> response = post("/plans", "application/json", Files.readAllBytes(example));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("steps")).isNotEmpty();
    }

    @Test
    void theTrainingStartGetsItsAnswers() throws Exception {
        assertThat(Training.run(service)).isTrue();
    }
}
