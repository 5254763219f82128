package dev.amends.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code amends explain FILE}: the rule behind each step, the other rules that fired, and the dropped steps. */
class ExplainCommandTest {

    private static final String PLAYBOOK = """
            rule "Say sorry"
            when Incident( severity != Severity.LOW )
            then plan.step(Action.APOLOGIZE, "I am sorry.");
            end

            rule "No sorry when the customer erred"
            when Incident( faultOwner == FaultOwner.CUSTOMER )
            then plan.drop(Action.APOLOGIZE, "the customer is at fault");
            end

            rule "Warn off excuses"
            when Incident()
            then plan.avoid(Avoid.MAKE_EXCUSES, "Excuses sound like blame.");
            end
            """;

    @TempDir
    Path dir;

    private Path rules;
    private Path drl;
    private Path incident;

    @BeforeEach
    void setUp() {
        rules = Drl.playbook(dir, "rules", Drl.OWN_IT, PLAYBOOK);
        drl = rules.resolve("rules.drl");
        incident = Cli.write(dir, Cli.minimalIncident().put("faultOwner", "CUSTOMER").put("severity", "HIGH"));
    }

    private Cli.Result explain(String... more) {
        return Cli.run(List.of("explain", incident.toString(), "--rules", rules.toString()), more);
    }

    @Test
    void eachStepShowsItsRuleWhereItIsWrittenItsConditionsAndTheMatchedFacts() {
        Cli.Result result = explain();

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out().lines()).containsSubsequence(
                "Steps, and the rule behind each:",
                "  1. TAKE_OWNERSHIP (ACKNOWLEDGE)",
                "     added by \"Own it\" (" + drl + ":4)",
                "     when: Incident()",
                "     matched: Incident");
    }

    @Test
    void eachStepShowsItsStageAndWhyItIsThere() {
        rules = Drl.playbook(dir, "staged", Drl.OWN_IT, """
                rule "Report it first"
                when Incident()
                then plan.step(Action.ROUTE_COMPLAINT, "Tell complaint handling.").within(Timing.IMMEDIATELY);
                end
                """);

        Path staged = rules.resolve("rules.drl");

        Cli.Result result = explain();

        assertThat(result.out().lines()).containsSubsequence(
                "  1. ROUTE_COMPLAINT (CONTAIN)",
                "     stage: BEFORE_CONTACT (in-house, due IMMEDIATELY)",
                "     why: (none given)",
                "     added by \"Report it first\" (" + staged + ":9)",
                "  2. TAKE_OWNERSHIP (ACKNOWLEDGE)",
                "     stage: FIRST_CONTACT (with the customer, due WITHIN_A_BUSINESS_DAY)",
                "     why: Ownership first.",
                "     added by \"Own it\" (" + staged + ":4)");
    }

    @Test
    void rulesThatFiredWithoutAddingAStepAreListedWithWhatTheyMatched() {
        Cli.Result result = explain();

        assertThat(result.out().lines()).containsSubsequence(
                "Other rules that fired:",
                "  \"No sorry when the customer erred\" (" + drl + ":14)",
                "     when: Incident( faultOwner == FaultOwner.CUSTOMER )",
                "     matched: Incident(faultOwner=CUSTOMER)",
                "  \"Say sorry\" (" + drl + ":9)",
                "     when: Incident( severity != Severity.LOW )",
                "     matched: Incident(severity=HIGH)",
                "  \"Warn off excuses\" (" + drl + ":19)",
                "     when: Incident()",
                "     matched: Incident",
                "     avoid: MAKE_EXCUSES");
    }

    @Test
    void aDroppedStepNamesTheRuleThatProposedItTheRuleThatDroppedItAndWhy() {
        Cli.Result result = explain();

        assertThat(result.out().lines()).containsSubsequence("Dropped:",
                "  APOLOGIZE proposed by \"Say sorry\" (" + drl + ":9), dropped by \"No sorry when the customer erred\" ("
                        + drl + ":14): the customer is at fault");
    }

    @Test
    void nothingDroppedSaysSo() {
        incident = Cli.write(dir, Cli.minimalIncident());

        Cli.Result result = explain();

        assertThat(result.out().lines()).containsSubsequence("Dropped:", "  (none)");
    }

    @Test
    void jsonHoldsThePlanAndTheRuleBehindEachStep() {
        JsonNode json = explain("--format", "json").json();

        assertThat(json.get("plan").get("steps")).singleElement().satisfies(step -> {
            assertThat(step.get("action").asText()).isEqualTo("TAKE_OWNERSHIP");
            assertThat(step.get("stage").asText()).isEqualTo("FIRST_CONTACT");
        });
        assertThat(json.get("steps")).singleElement().satisfies(step -> {
            assertThat(step.get("order").asInt()).isEqualTo(1);
            assertThat(step.get("stage").asText()).isEqualTo("FIRST_CONTACT");
            assertThat(step.get("action").asText()).isEqualTo("TAKE_OWNERSHIP");
            assertThat(step.get("rule").get("name").asText()).isEqualTo("Own it");
            assertThat(step.get("rule").get("location").asText()).isEqualTo(drl + ":4");
            assertThat(step.get("rule").get("conditions").asText()).isEqualTo("Incident()");
            assertThat(step.get("times").asInt()).isEqualTo(1);
            assertThat(step.get("matched")).extracting(JsonNode::asText).containsExactly("Incident");
        });
    }

    @Test
    void jsonListsTheOtherRulesAndTheDroppedSteps() {
        JsonNode json = explain("--format", "json").json();

        assertThat(json.get("otherRules")).extracting(r -> r.get("rule").get("name").asText())
                .containsExactly("No sorry when the customer erred", "Say sorry", "Warn off excuses");
        assertThat(json.get("dropped")).singleElement().satisfies(dropped -> {
            assertThat(dropped.get("action").asText()).isEqualTo("APOLOGIZE");
            assertThat(dropped.get("wording").asText()).isEqualTo("I am sorry.");
            assertThat(dropped.get("proposedBy").get("name").asText()).isEqualTo("Say sorry");
            assertThat(dropped.get("proposedBy").get("location").asText()).isEqualTo(drl + ":9");
            assertThat(dropped.get("droppedBy").get("name").asText()).isEqualTo("No sorry when the customer erred");
            assertThat(dropped.get("why").asText()).isEqualTo("the customer is at fault");
        });
    }

    @Test
    void theIncidentCanComeFromStandardInput() {
        Cli.Result result = Cli.runWithInput(Cli.minimalIncident().toString(), "explain", "-", "--rules", rules.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("added by \"Own it\"");
    }

    @Test
    void theDefaultPlaybookIsExplainedWhenNoRulesAreGiven() throws Exception {
        Cli.Result result = Cli.run("explain", Cli.write(dir, Cli.incident()).toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).containsPattern("(?m)^     added by \".+\" \\(dev/amends/playbook/\\w+\\.drl:\\d+\\)$");
    }

    @Test
    void aBadIncidentExitsWithTwoAndOneLine() {
        incident = Cli.write(dir, "incident.json", "{\"mistake\": \"WRONG\"}");

        Cli.Result result = explain();

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).singleElement().asString().startsWith("amends: mistake: unknown value \"WRONG\"");
    }

    @Test
    void rulesThatDoNotCompileExitWithOne() throws Exception {
        Files.writeString(drl, Drl.HEADER + "rule \"Half written\"\nwhen Incident(\nthen\nend\n");

        Cli.Result result = explain();

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).first().asString().startsWith("amends: the rules cannot be used; fix ");
    }
}
