package dev.amends.testing.scenario;

import dev.amends.testing.SmallPlaybook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ScenarioFilesTest {

    private static final String GOOD = """
            # two scenarios in one file
            scenario: The rep's own mistake gets an apology
              mistake: WRONG_PRODUCT
              faultOwner: REP
              severity: MEDIUM
              relationship: ESTABLISHED
              contact: Dr. Lee
              expect: APOLOGIZE before TAKE_OWNERSHIP before FIX
              expect: TAKE_OWNERSHIP says "Dr. Lee"
              expect: avoids JOKE_ABOUT_IT

            scenario: The company's mistake gets no personal apology
              mistake: WRONG_PRODUCT
              faultOwner: COMPANY
              severity: MEDIUM
              relationship: ESTABLISHED
              expect: no APOLOGIZE
              expect: exactly TAKE_OWNERSHIP, FIX, FOLLOW_UP
            """;

    /** The required facts, so that a test's scenario has only the problem it is about. */
    private static final String FACTS = """
              mistake: WRONG_PRODUCT
              faultOwner: REP
              severity: LOW
              relationship: STRONG
            """;

    @Test
    void oneFileHoldsManyScenariosEachWithItsIncidentAndChecks() {
        ScenarioSuite suite = ScenarioSuite.parse("good.scenarios", GOOD);

        assertThat(suite.scenarios()).extracting(Scenario::name).containsExactly(
                "The rep's own mistake gets an apology", "The company's mistake gets no personal apology");
        assertThat(suite.scenarios().get(0).incident().contact()).contains("Dr. Lee");
        assertThat(suite.scenarios().get(0).expectations()).hasSize(3);
        assertThat(suite.scenarios().get(1).line()).isEqualTo(12);
    }

    @Test
    void theContactsSalutationAndRoleAreNamesLikeTheOthers() {
        ScenarioSuite suite = ScenarioSuite.parse("names.scenarios", "scenario: named\n" + FACTS + """
                  contact: Dr. Amara Osei
                  salutation: Amara
                  contactRole: OR nurse manager
                  expect: TAKE_OWNERSHIP says "Dr. Amara Osei"
                """);

        assertThat(suite.scenarios()).singleElement().satisfies(s -> {
            assertThat(s.incident().salutation()).contains("Amara");
            assertThat(s.incident().contactRole()).contains("OR nurse manager");
        });
    }

    @Test
    void passingScenariosPass() {
        ScenarioReport report = ScenarioSuite.parse("good.scenarios", GOOD).run(SmallPlaybook.advisor());

        assertThat(report.passed()).isEqualTo(2);
        assertThat(report.failed()).isZero();
    }

    @Test
    void coverageCountsWhichRulesTheScenariosMadeFireAndWhichNeverFired() {
        ScenarioReport report = ScenarioSuite.parse("good.scenarios", GOOD).run(SmallPlaybook.advisor("""
                rule "Remedy a repeat" when Incident(priorOccurrences > 0) then plan.step(Action.OFFER_REMEDY, "Credit."); end
                """));

        RuleCoverage coverage = report.coverage();
        assertThat(coverage.rules()).extracting(r -> r.rule().name() + "=" + r.scenarios())
                .containsExactly("Fix it=2", "Follow up=2", "No jokes=2", "Own it=2", "Remedy a repeat=0",
                        "Say sorry when it was us=1");
        assertThat(coverage.uncovered()).extracting(r -> r.name()).containsExactly("Remedy a repeat");
        assertThat(coverage.uncovered().get(0).location()).isEqualTo("extra.drl:4");
        assertThat(coverage.covered()).isEqualTo(5);
    }

    @Test
    void aFailingScenarioSaysWhichExpectationFailedAndShowsThePlan() {
        ScenarioReport report = ScenarioSuite.parse("bad.scenarios", """
                scenario: Expects a remedy the playbook does not give
                  mistake: WRONG_PRODUCT
                  faultOwner: REP
                  severity: HIGH
                  relationship: NEW
                  expect: has FIX
                  expect: has OFFER_REMEDY
                  expect: FIX timing TODAY
                """).run(SmallPlaybook.advisor());

        assertThat(report.failed()).isEqualTo(1);
        ScenarioResult failure = report.failures().get(0);
        assertThat(failure.failures()).containsExactly(
                "line 7: expected has OFFER_REMEDY, but no OFFER_REMEDY step in the plan",
                "line 8: expected FIX timing TODAY, but its timing is WITHIN_A_BUSINESS_DAY");
        assertThat(failure.describeFailure())
                .startsWith("bad.scenarios:1: scenario \"Expects a remedy the playbook does not give\" failed")
                .contains("The plan:").contains("[Fix it]");
    }

    @Test
    void everyFormOfExpectationIsUnderstood() {
        ScenarioReport report = ScenarioSuite.parse("forms.scenarios", """
                scenario: all forms
                  mistake: WRONG_PRODUCT
                  faultOwner: REP
                  severity: LOW
                  relationship: STRONG
                  detectedBy: REP
                  customerMood: UPSET
                  priorOccurrences: 2
                  patientImpact: false
                  spreadBeyondContact: false
                  publicComplaint: false
                  referralsLost: true
                  installedEquipment: false
                  deviceKind: DISPOSABLE
                  saidAloud: false
                  id: INC-1
                  account: Riverside Clinic
                  rep: Sam
                  product: catheters
                  expect: has FIX, APOLOGIZE
                  expect: no OFFER_REMEDY, EXPRESS_REGRET
                  expect: exactly APOLOGIZE, TAKE_OWNERSHIP, FIX, FOLLOW_UP
                  expect: TAKE_OWNERSHIP before FIX before FOLLOW_UP
                  expect: first APOLOGIZE
                  expect: FIX phase REMEDY
                  expect: FOLLOW_UP timing AFTER_A_WEEK
                  expect: FIX owner REP
                  expect: FIX rule "Fix it"
                  expect: FIX says "catheters"
                  expect: FIX does not say "{product}"
                  expect: avoids JOKE_ABOUT_IT
                  expect: does not avoid BLAME_OTHERS
                  expect: respond within WITHIN_A_BUSINESS_DAY
                  expect: channel EMAIL
                """).run(SmallPlaybook.advisor());

        assertThat(report.failures()).isEmpty();
    }

    @Test
    void aMisspelledActionIsAnErrorWithFileLineAndSuggestion() {
        assertThatThrownBy(() -> ScenarioSuite.parse("typo.scenarios", """
                scenario: typo
                  mistake: WRONG_PRODUCT
                  faultOwner: REP
                  severity: LOW
                  relationship: STRONG
                  expect: has APOLOGISE
                """))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessage("typo.scenarios:6: unknown action \"APOLOGISE\"; did you mean APOLOGIZE?")
                .satisfies(e -> {
                    ScenarioFileException error = (ScenarioFileException) e;
                    assertThat(error.file()).isEqualTo("typo.scenarios");
                    assertThat(error.line()).isEqualTo(6);
                });
    }

    @Test
    void anUnknownFactIsAnErrorListingTheFacts() {
        assertThatThrownBy(() -> ScenarioSuite.parse("f.scenarios", "scenario: x\n" + FACTS + """
                  blame: REP
                  expect: has FIX
                """)).hasMessageStartingWith("f.scenarios:6: unknown fact \"blame\"");
    }

    @Test
    void anUnknownValueIsAnErrorListingTheAllowedValues() {
        assertThatThrownBy(() -> ScenarioSuite.parse("f.scenarios", """
                scenario: x
                  mistake: WRONG_PRODUCT
                  faultOwner: REP
                  severity: SEVERE
                  relationship: STRONG
                  expect: has FIX
                """)).hasMessage("f.scenarios:4: unknown severity \"SEVERE\"; allowed: LOW, MEDIUM, HIGH, CRITICAL");
    }

    @Test
    void aMissingRequiredFactIsAnErrorAtTheScenarioHeader() {
        assertThatThrownBy(() -> ScenarioSuite.parse("f.scenarios", """

                scenario: no severity
                  mistake: WRONG_PRODUCT
                  faultOwner: REP
                  relationship: STRONG
                  expect: has FIX
                """)).hasMessageStartingWith("f.scenarios:2: scenario \"no severity\": severity: is required");
    }

    @Test
    void anUnreadableExpectationIsAnErrorListingTheForms() {
        assertThatThrownBy(() -> ScenarioSuite.parse("f.scenarios", "scenario: x\n" + FACTS + """
                  expect: FIX is great
                """)).hasMessageStartingWith("f.scenarios:6: cannot read the expectation \"FIX is great\"; write one of:");
    }

    @Test
    void aScenarioWithoutExpectationsIsAnError() {
        assertThatThrownBy(() -> ScenarioSuite.parse("f.scenarios", "scenario: nothing checked\n" + FACTS))
                .hasMessage("f.scenarios:1: scenario \"nothing checked\" has no \"expect:\" line");
    }

    @Test
    void linesBeforeTheFirstScenarioAreAnError() {
        assertThatThrownBy(() -> ScenarioSuite.parse("f.scenarios", "mistake: WRONG_PRODUCT\n"))
                .hasMessage("f.scenarios:1: \"mistake:\" comes before any \"scenario:\" line");
    }

    @Test
    void aFileWithoutScenariosIsAnError() {
        assertThatThrownBy(() -> ScenarioSuite.parse("empty.scenarios", "# nothing\n"))
                .hasMessageStartingWith("empty.scenarios: holds no scenario");
    }

    @Test
    void aFactGivenTwiceInAScenarioIsAnErrorAtTheSecondLine() {
        assertThatThrownBy(() -> ScenarioSuite.parse("f.scenarios", "scenario: x\n" + FACTS + """
                  mistake: BILLING_ERROR
                  expect: has FIX
                """)).hasMessage("f.scenarios:6: mistake is given twice in scenario \"x\" (first at line 2)");
    }

    @Test
    void twoScenariosOfOneNameInAFileAreAnErrorAtTheSecond() {
        assertThatThrownBy(() -> ScenarioSuite.parse("f.scenarios", "scenario: x\n" + FACTS + "  expect: has FIX\n"
                + "scenario: x\n" + FACTS + "  expect: has FIX\n"))
                .hasMessage("f.scenarios:7: another scenario of this file has the name \"x\" (line 1); "
                        + "give each its own, so that reports tell them apart");
    }

    @Test
    void anActionNamedTwiceInOneExpectationIsAnError() {
        assertThatThrownBy(() -> ScenarioSuite.parse("f.scenarios", "scenario: x\n" + FACTS + "  expect: FIX before FIX\n"))
                .hasMessage("f.scenarios:6: FIX appears twice in one expectation; name it once");
    }

    @Test
    void anActionNamedTwiceInAnExactlyListIsAnError() {
        assertThatThrownBy(() -> ScenarioSuite.parse("f.scenarios", "scenario: x\n" + FACTS + "  expect: exactly FIX, FIX\n"))
                .hasMessage("f.scenarios:6: FIX appears twice in one expectation; name it once");
    }

    @Test
    void anActionNamedTwiceInAHasListIsAnError() {
        assertThatThrownBy(() -> ScenarioSuite.parse("f.scenarios", "scenario: x\n" + FACTS + "  expect: has FIX, FIX\n"))
                .hasMessage("f.scenarios:6: FIX appears twice in one expectation; name it once");
    }

    @Test
    void anAvoidItemNamedTwiceInOneExpectationIsAnError() {
        assertThatThrownBy(() -> ScenarioSuite.parse("f.scenarios", "scenario: x\n" + FACTS
                + "  expect: avoids JOKE_ABOUT_IT, JOKE_ABOUT_IT\n"))
                .hasMessage("f.scenarios:6: JOKE_ABOUT_IT appears twice in one expectation; name it once");
    }

    @Test
    void twoScenariosOfOneNameInDifferentFilesAreFine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.scenarios"), GOOD);
        Files.writeString(dir.resolve("b.scenarios"), GOOD);

        assertThat(ScenarioSuite.load(dir).scenarios()).hasSize(4);
    }

    @Test
    void aByteOrderMarkAtTheStartOfAFileIsSkipped(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.scenarios"), "\uFEFF" + GOOD);

        assertThat(ScenarioSuite.load(dir).scenarios()).extracting(Scenario::name)
                .first().isEqualTo("The rep's own mistake gets an apology");
    }

    @Test
    void aFileThatIsNotUtf8IsOneProblemNamingTheFile(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("a.scenarios"), new byte[] {'s', (byte) 0xC0, (byte) 0xAF});

        assertThatThrownBy(() -> ScenarioSuite.load(dir)).hasMessage(file + ": is not UTF-8 text; save it as UTF-8");
    }

    @Test
    void aFlagIsTrueOrFalseOnly() {
        assertThatThrownBy(() -> ScenarioSuite.parse("f.scenarios", "scenario: x\n" + FACTS + """
                  patientImpact: yes
                  expect: has FIX
                """)).hasMessage("f.scenarios:6: patientImpact must be true or false, was \"yes\"");
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnceInLineOrder() {
        ScenarioFileException error = catchThrowableOfType(ScenarioFileException.class, () -> ScenarioSuite.parse("f.scenarios", """
                scenario: first
                  mistake: WRONG_PRODUCT
                  faultOwner: REP
                  severity: SEVERE
                  relationship: STRONG
                  expect: has FIX
                scenario: second
                  blame: REP
                """ + FACTS + """
                  expect: has APOLOGISE
                """));

        assertThat(error.problems()).as("no follow-on problem, such as a missing severity")
                .extracting(ScenarioFileException.Problem::line).containsExactly(4, 8, 13);
        assertThat(error.line()).as("the first problem").isEqualTo(4);
        assertThat(error.getMessage()).startsWith("3 problems in scenario files:\nf.scenarios:4: unknown severity \"SEVERE\"");
    }

    @Test
    void severalProblemsMakeAMessageWithTheirCountThenALineEach() {
        assertThatThrownBy(() -> ScenarioSuite.parse("f.scenarios", "scenario: x\n" + FACTS + """
                  patientImpact: yes
                  expect: has APOLOGISE
                """)).hasMessage("""
                2 problems in scenario files:
                f.scenarios:6: patientImpact must be true or false, was "yes"
                f.scenarios:7: unknown action "APOLOGISE"; did you mean APOLOGIZE?""");
    }

    @Test
    void aMalformedHeaderIsAnErrorButStartsAScenarioOfItsOwn() {
        assertThatThrownBy(() -> ScenarioSuite.parse("f.scenarios", "scenario: a\n" + FACTS + "  expect: has FIX\n"
                + "Scenario b\n" + FACTS + "  expect: has FIX\n"))
                .as("its facts are not given twice in the scenario before")
                .hasMessage("f.scenarios:7: a scenario starts with a line \"scenario: <name>\", found \"Scenario b\"");
    }

    @Test
    void factsAfterAMalformedFirstHeaderAreNotBeforeAnyScenario() {
        assertThatThrownBy(() -> ScenarioSuite.parse("f.scenarios", "scenarios: a\n" + FACTS + "  expect: has FIX\n"))
                .hasMessage("f.scenarios:1: a scenario starts with a line \"scenario: <name>\", found \"scenarios: a\"");
    }

    @Test
    void aScenarioWithoutExpectationsIsReportedBesideItsOtherProblems() {
        ScenarioFileException error = catchThrowableOfType(ScenarioFileException.class,
                () -> ScenarioSuite.parse("f.scenarios", "scenario: x\n" + FACTS + "  patientImpact: yes\n"));

        assertThat(error.problems()).extracting(ScenarioFileException.Problem::message).containsExactly(
                "scenario \"x\" has no \"expect:\" line", "patientImpact must be true or false, was \"yes\"");
    }

    @Test
    void everyMissingRequiredFactIsReported() {
        ScenarioFileException error = catchThrowableOfType(ScenarioFileException.class, () -> ScenarioSuite.parse("f.scenarios", """
                scenario: x
                  mistake: WRONG_PRODUCT
                  faultOwner: REP
                  expect: has FIX
                """));

        assertThat(error.problems()).extracting(ScenarioFileException.Problem::message)
                .satisfiesExactly(
                        m -> assertThat(m).startsWith("scenario \"x\": severity: is required"),
                        m -> assertThat(m).startsWith("scenario \"x\": relationship: is required"));
    }

    @Test
    void aMisspelledRequiredFactIsNotAlsoReportedMissing() {
        assertThatThrownBy(() -> ScenarioSuite.parse("f.scenarios", """
                scenario: x
                  mistake: WRONG_PRODUCT
                  faultOwnr: REP
                  severity: LOW
                  relationship: STRONG
                  expect: has FIX
                """)).hasMessage("f.scenarios:3: unknown fact \"faultOwnr\"; did you mean faultOwner?");
    }

    @Test
    void everyMalformedFileOfAFolderIsReported(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.scenarios"), "scenario: a\n  blame: REP\n  expect: has FIX\n");
        Files.writeString(dir.resolve("b.scenarios"), GOOD);
        Files.writeString(dir.resolve("c.scenarios"), "# nothing\n");

        ScenarioFileException error = catchThrowableOfType(ScenarioFileException.class, () -> ScenarioSuite.load(dir));

        assertThat(error.problems()).extracting(p -> Path.of(p.file()).getFileName().toString())
                .contains("a.scenarios", "c.scenarios").doesNotContain("b.scenarios");
    }

    @Test
    void aFolderIsReadRecursivelyInPathOrder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/second.scenarios"), GOOD.replace("The rep's", "Second: the rep's"));
        Files.writeString(dir.resolve("a.scenarios"), GOOD);
        Files.writeString(dir.resolve("notes.txt"), "not a scenario file");

        ScenarioSuite suite = ScenarioSuite.load(dir);

        assertThat(suite.scenarios()).hasSize(4);
        assertThat(suite.scenarios().get(0).file()).endsWith("a.scenarios");
        assertThat(suite.scenarios().get(2).name()).startsWith("Second");
    }

    @Test
    void aMissingPathIsAnError(@TempDir Path dir) {
        assertThatThrownBy(() -> ScenarioSuite.load(dir.resolve("nope")))
                .isInstanceOf(ScenarioFileException.class).hasMessageEndingWith("nope: no such file or folder");
    }
}
