package dev.amends.spring.boot;

import dev.amends.api.PlaybookCompilationException;
import dev.amends.api.PlaybookRule;
import dev.amends.api.RecoveryAdvisor;
import dev.amends.api.RuleEvaluationException;
import dev.amends.calendar.BusinessCalendar;
import dev.amends.model.FaultOwner;
import dev.amends.model.Incident;
import dev.amends.model.Mistake;
import dev.amends.model.Relationship;
import dev.amends.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AmendsAutoConfigurationTest {

    static final String HEADER = """
            package my.playbook;
            import dev.amends.model.*;
            global dev.amends.dsl.PlanDraft plan;
            """;

    /** A rule of the application's own, under a name the default playbook does not use. */
    static final String OWN_RULE = HEADER + """
            rule "Call the account's own hotline" when Incident() then plan.step(Action.FIX, "Call the hotline."); end
            """;

    static final Incident INCIDENT = Incident.builder().mistake(Mistake.WRONG_PRODUCT).faultOwner(FaultOwner.REP)
            .severity(Severity.MEDIUM).relationship(Relationship.ESTABLISHED).build();

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AmendsAutoConfiguration.class));

    static Path folderWith(Path folder, String drl) throws IOException {
        Files.writeString(folder.resolve("own.drl"), drl);
        return folder;
    }

    @Test
    void withNoPropertiesTheAdvisorRunsTheDefaultPlaybook() {
        runner.run(context -> {
            RecoveryAdvisor advisor = context.getBean(RecoveryAdvisor.class);
            assertThat(advisor.rules()).extracting(PlaybookRule::name)
                    .isEqualTo(RecoveryAdvisor.withDefaultPlaybook().rules().stream().map(PlaybookRule::name).toList());
            assertThat(advisor.recommend(INCIDENT).steps()).isNotEmpty();
        });
    }

    @Test
    void anAdvisorOfTheApplicationsOwnReplacesTheAutoConfiguredOne() {
        RecoveryAdvisor own = RecoveryAdvisor.builder().rules("own.drl", OWN_RULE).build();
        runner.withBean(RecoveryAdvisor.class, () -> own).run(context -> {
            assertThat(context).getBean(RecoveryAdvisor.class).isSameAs(own);
            assertThat(context.getBean(ObservedRecoveryAdvisor.class).advisor()).isSameAs(own);
        });
    }

    @Test
    void aRulesFolderAloneReplacesTheDefaultPlaybook(@TempDir Path folder) throws IOException {
        runner.withPropertyValues("amends.rules.folder=" + folderWith(folder, OWN_RULE)).run(context ->
                assertThat(context.getBean(RecoveryAdvisor.class).rules()).extracting(PlaybookRule::name)
                        .containsExactly("Call the account's own hotline"));
    }

    @Test
    void aRulesFolderWithExtendIsLayeredOnTheDefaultPlaybook(@TempDir Path folder) throws IOException {
        int defaultRules = RecoveryAdvisor.withDefaultPlaybook().rules().size();
        runner.withPropertyValues("amends.rules.folder=" + folderWith(folder, OWN_RULE), "amends.rules.extend=true")
                .run(context -> {
                    RecoveryAdvisor advisor = context.getBean(RecoveryAdvisor.class);
                    assertThat(advisor.rules()).hasSize(defaultRules + 1)
                            .extracting(PlaybookRule::name).contains("Call the account's own hotline");
                    assertThat(advisor.recommend(INCIDENT).steps())
                            .anySatisfy(step -> assertThat(step.wording()).isEqualTo("Call the hotline."));
                });
    }

    @Test
    void theFiringLimitIsApplied(@TempDir Path folder) throws IOException {
        folderWith(folder, HEADER + """
                declare Note end
                rule "Starts" when Incident() then plan.step(Action.FIX, "Fix it."); insert(new Note()); end
                rule "Keeps touching its note" no-loop false when $n : Note() then update($n); end
                """);
        runner.withPropertyValues("amends.rules.folder=" + folder, "amends.firing-limit=7").run(context ->
                assertThatThrownBy(() -> context.getBean(RecoveryAdvisor.class).recommend(INCIDENT))
                        .isInstanceOf(RuleEvaluationException.class)
                        .hasMessageContaining("more than 7 rule firings"));
    }

    @Test
    void aFolderThatDoesNotExistFailsTheStartNamingTheProperty(@TempDir Path parent) {
        Path missing = parent.resolve("no-such-rules");
        runner.withPropertyValues("amends.rules.folder=" + missing).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .isInstanceOf(InvalidAmendsPropertyException.class)
                    .hasMessageStartingWith("amends.rules.folder=" + missing + ": no such folder");
        });
    }

    @Test
    void aFileGivenAsTheFolderFailsTheStart(@TempDir Path folder) throws IOException {
        Path file = folderWith(folder, OWN_RULE).resolve("own.drl");
        runner.withPropertyValues("amends.rules.folder=" + file).run(context ->
                assertThat(context.getStartupFailure()).rootCause()
                        .hasMessage("amends.rules.folder=" + file + ": is a file; give the folder that holds the .drl files"));
    }

    @Test
    void aCalendarFileIsTheCalendarStepsFallDueOn(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("calendar.yaml"), """
                workingDays: [MONDAY, TUESDAY, WEDNESDAY, THURSDAY]
                workingHours: 08:00-16:00
                holidays:
                  2026-12-24: Christmas Eve
                """);
        runner.withPropertyValues("amends.calendar=" + file).run(context -> {
            BusinessCalendar calendar = context.getBean(RecoveryAdvisor.class).calendar();
            assertThat(calendar.workingDays()).doesNotContain(DayOfWeek.FRIDAY);
            assertThat(calendar.opens()).isEqualTo(LocalTime.of(8, 0));
            assertThat(calendar.holidays()).containsKey(LocalDate.of(2026, 12, 24));
        });
    }

    @Test
    void withoutACalendarFileStepsFallDueOnTheStandardCalendar() {
        runner.run(context -> assertThat(context.getBean(RecoveryAdvisor.class).calendar()).isEqualTo(BusinessCalendar.standard()));
    }

    @Test
    void aCalendarFileWithAMistakeFailsTheStartNamingThePropertyAndTheLine(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("calendar.yaml"), """
                workingDays: [MONDAY, TUESDAY]
                workingHours: 09:00-17:00
                holidays:
                  2026-02-30: Not a day
                """);
        runner.withPropertyValues("amends.calendar=" + file).run(context ->
                assertThat(context.getStartupFailure()).rootCause()
                        .isInstanceOf(InvalidAmendsPropertyException.class)
                        .hasMessageStartingWith("amends.calendar=" + file + ": ")
                        .hasMessageContaining(":4:"));
    }

    @Test
    void aCalendarFileThatDoesNotExistFailsTheStartNamingTheProperty(@TempDir Path folder) {
        Path missing = folder.resolve("no-such-calendar.yaml");
        runner.withPropertyValues("amends.calendar=" + missing).run(context ->
                assertThat(context.getStartupFailure()).rootCause()
                        .isInstanceOf(InvalidAmendsPropertyException.class)
                        .hasMessageStartingWith("amends.calendar=" + missing + ": no such file"));
    }

    @Test
    void aFiringLimitBelowOneFailsTheStartNamingTheProperty() {
        runner.withPropertyValues("amends.firing-limit=0").run(context ->
                assertThat(context.getStartupFailure()).rootCause()
                        .isInstanceOf(InvalidAmendsPropertyException.class)
                        .hasMessage("amends.firing-limit=0: firingLimit must be at least 1, was 0"));
    }

    @Test
    void anEvaluationTimeLimitOutOfRangeFailsTheStartNamingTheProperty() {
        runner.withPropertyValues("amends.evaluation-time-limit=2h").run(context ->
                assertThat(context.getStartupFailure()).rootCause()
                        .isInstanceOf(InvalidAmendsPropertyException.class)
                        .hasMessageStartingWith("amends.evaluation-time-limit=PT2H: evaluationTimeLimit must be between 1 ms and 1 hour"));
    }

    @Test
    void extendWithoutAFolderFailsTheStart() {
        runner.withPropertyValues("amends.rules.extend=true").run(context ->
                assertThat(context.getStartupFailure()).rootCause()
                        .hasMessage("amends.rules.extend=true: needs amends.rules.folder, the folder whose rules extend the default playbook"));
    }

    @Test
    void watchWithoutAFolderFailsTheStart() {
        runner.withPropertyValues("amends.rules.watch=true").run(context ->
                assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageStartingWith("amends.rules.watch=true: needs amends.rules.folder"));
    }

    @Test
    void anInvalidPropertyIsReportedAsBootReportsAFailedStart() {
        runner.withPropertyValues("amends.firing-limit=-3").run(context -> {
            FailureAnalysis analysis = new InvalidAmendsPropertyFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("amends.firing-limit=-3: firingLimit must be at least 1, was -3");
            assertThat(analysis.getAction()).startsWith("Correct amends.firing-limit");
        });
    }

    @Test
    void rulesThatDoNotCompileFailTheStartListingFileAndLine(@TempDir Path folder) throws IOException {
        folderWith(folder, HEADER + """
                rule "Broken" when Incident( then plan.step(Action.FIX, "x"); end
                """);
        runner.withPropertyValues("amends.rules.folder=" + folder).run(context -> {
            assertThat(context.getStartupFailure()).rootCause().isInstanceOf(PlaybookCompilationException.class);
            FailureAnalysis analysis = new PlaybookCompilationFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).startsWith("The Amends rules cannot be used:").contains("own.drl:4");
        });
    }
}
