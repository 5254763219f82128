package dev.amends.api;

import dev.amends.compile.RuleSource;
import dev.amends.dsl.PlanDraft;
import dev.amends.model.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import static dev.amends.api.Drl.FIRST_LINE;
import static dev.amends.api.Drl.HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PlaybookCompilationTest {

    private static final String GOOD = HEADER + """
            rule "fix"
            when
                Incident()
            then
                plan.step(Action.FIX, "Fix it.");
            end
            """;

    private static List<PlaybookProblem> problems(Supplier<RecoveryAdvisor> build) {
        PlaybookCompilationException e = catchThrowableOfType(PlaybookCompilationException.class, build::get);
        assertThat(e).as("build() throws PlaybookCompilationException").isNotNull();
        assertThat(e.problems()).as("problems").isNotEmpty();
        assertThat(e.getMessage()).as("the message lists every problem")
                .contains(e.problems().stream().map(PlaybookProblem::toString).toList());
        return e.problems();
    }

    private static List<PlaybookProblem> problems(String name, String drl) {
        return problems(() -> RecoveryAdvisor.builder().rules(name, drl).build());
    }

    private static PlaybookProblem onlyProblem(String name, String drl) {
        List<PlaybookProblem> problems = problems(name, drl);
        assertThat(problems).as("exactly one problem, without follow-on noise").hasSize(1);
        return problems.get(0);
    }

    @Test
    void anUnknownPlaceholderAfterALocalVariableNamedEndIsReportedWhereItIsWrittenWithASuggestion() {
        String line = "    int end = 1; plan.step(Action.FIX, \"Fix the {prodct} today.\");";
        PlaybookProblem problem = onlyProblem("end.drl", HEADER + """
                rule "A consequence with a variable named end"
                when
                    Incident()
                then
                %s
                end
                """.formatted(line));

        assertThat(problem.file()).isEqualTo("end.drl");
        assertThat(problem.line()).isEqualTo(FIRST_LINE + 4);
        assertThat(problem.column()).isEqualTo(line.indexOf("{prodct}") + 1);
        assertThat(problem.rule()).contains("A consequence with a variable named end");
        assertThat(problem.message()).contains("unknown placeholder {prodct}").contains("did you mean {product}?");
    }

    @Test
    void theChecksReadTheConditionsOfARuleWhoseQuotedNameHoldsTwoSlashes() {
        PlaybookProblem problem = onlyProblem("slashes.drl", HEADER + """
                rule 'Calm them // then fix it' when Incident( customerMood == "FURIOUS" ) then plan.step(Action.FIX, "Fix it."); end
                """);

        assertThat(problem.line()).isEqualTo(FIRST_LINE);
        assertThat(problem.rule()).contains("Calm them // then fix it");
        assertThat(problem.message()).contains("can never match: customerMood has no value \"FURIOUS\"");
    }

    @Test
    void aSyntaxErrorInAConditionIsReportedAtItsFileAndLine() {
        PlaybookProblem problem = onlyProblem("broken.drl", HEADER + """
                rule "unclosed"
                when
                    Incident(
                then
                    plan.step(Action.FIX, "Fix it.");
                end
                """);

        assertThat(problem.file()).isEqualTo("broken.drl");
        assertThat(problem.line()).as("the parser stops at the consequence's first statement").isEqualTo(FIRST_LINE + 4);
        assertThat(problem.column()).isEqualTo(5);
        assertThat(problem.rule()).contains("unclosed");
        assertThat(problem.message()).doesNotContain("[ERR").contains("mismatched input");
    }

    @Test
    void aSyntaxErrorInAConsequenceIsReportedAtItsLine() {
        PlaybookProblem problem = onlyProblem("broken.drl", HEADER + """
                rule "no semicolon"
                when
                    Incident()
                then
                    plan.step(Action.TAKE_OWNERSHIP, "Own it.");
                    plan.step(Action.FIX, "Fix it.")
                end
                """);

        assertThat(problem.file()).isEqualTo("broken.drl");
        assertThat(problem.line()).isEqualTo(FIRST_LINE + 5);
        assertThat(problem.rule()).contains("no semicolon");
        assertThat(problem.message()).contains("Syntax error");
    }

    @Test
    void anUnknownEnumConstantInAConsequenceIsReportedAtItsLineAndColumn() {
        String use = "    plan.step(Action.APOLOGISE, \"Sorry.\");";
        PlaybookProblem problem = onlyProblem("apology.drl", HEADER + """
                rule "apologise"
                when
                    Incident()
                then
                    plan.step(Action.TAKE_OWNERSHIP, "Own it.");

                %s
                end
                """.formatted(use));

        assertThat(problem.file()).isEqualTo("apology.drl");
        assertThat(problem.line()).isEqualTo(FIRST_LINE + 6);
        assertThat(problem.column()).isEqualTo(use.indexOf("APOLOGISE") + 1);
        assertThat(problem.rule()).contains("apologise");
        assertThat(problem.message()).contains("APOLOGISE");
    }

    @Test
    void aConsequenceErrorIsLocatedWhenTheConsequenceStartsOnTheThenLine() {
        PlaybookProblem problem = onlyProblem("oneline.drl", HEADER + """
                rule "one line" when Incident() then plan.step(Action.FIX, "Fix it.");
                    plan.nope(); end
                """);

        assertThat(problem.line()).isEqualTo(FIRST_LINE + 1);
        assertThat(problem.column()).isEqualTo("    plan.nope(); end".indexOf("nope") + 1);
        assertThat(problem.message()).contains("nope");
    }

    @Test
    void aConsequenceErrorAfterAModifyBlockAndCommentsIsLocated() {
        PlaybookProblem problem = onlyProblem("modify.drl", HEADER + """
                declare Counter
                    n : int
                end
                rule "count"
                when
                    $c : Counter(n == 0)
                then
                    // counting
                    /* more than
                       one line */
                    modify($c) {
                        setN(1)
                    }
                    plan.step(Action.FIX, Timing.NEVER);
                end
                """);

        assertThat(problem.line()).isEqualTo(FIRST_LINE + 13);
        assertThat(problem.rule()).contains("count");
    }

    @Test
    void everyErrorInOneConsequenceIsReportedAtItsOwnLine() {
        List<PlaybookProblem> problems = problems("two.drl", HEADER + """
                rule "two mistakes"
                when
                    Incident()
                then
                    plan.step(Action.APOLOGISE, "Sorry.");
                    plan.step(Action.FIX, "Fix it.");
                    plan.step(Action.FIX, "Fix it.").within(Timing.SOON);
                end
                """);

        assertThat(problems).extracting(PlaybookProblem::line).containsExactly(FIRST_LINE + 4, FIRST_LINE + 6);
        assertThat(problems).extracting(PlaybookProblem::message)
                .satisfiesExactly(m -> assertThat(m).contains("APOLOGISE"), m -> assertThat(m).contains("SOON"));
    }

    @Test
    void anUnknownEnumConstantInAConditionIsReportedAtItsLine() {
        String condition = "        mistake == Mistake.WRONG_ITEM)";
        PlaybookProblem problem = onlyProblem("when.drl", HEADER + """
                rule "wrong item"
                when
                    Incident(
                %s
                then
                    plan.step(Action.FIX, "Fix it.");
                end
                """.formatted(condition));

        assertThat(problem.file()).isEqualTo("when.drl");
        assertThat(problem.line()).isEqualTo(FIRST_LINE + 3);
        assertThat(problem.column()).as("at the misspelled constant").isEqualTo(condition.indexOf("WRONG_ITEM") + 1);
        assertThat(problem.rule()).contains("wrong item");
        assertThat(problem.message()).contains("WRONG_ITEM").doesNotContain("^");
    }

    @Test
    void anUnknownFieldInAConditionIsReportedAtItsLine() {
        PlaybookProblem problem = onlyProblem("when.drl", HEADER + """
                rule "unknown field"
                when
                    Incident(urgency == 1)
                then
                    plan.step(Action.FIX, "Fix it.");
                end
                """);

        assertThat(problem.line()).isEqualTo(FIRST_LINE + 2);
        assertThat(problem.column()).isEqualTo("    Incident(urgency == 1)".indexOf("urgency") + 1);
        assertThat(problem.rule()).contains("unknown field");
        assertThat(problem.message()).contains("urgency").doesNotContain("[Line:");
    }

    @Test
    void anUnknownFactTypeIsReportedAtItsLine() {
        PlaybookProblem problem = onlyProblem("when.drl", HEADER + """
                rule "unknown type"
                when
                    Incident()
                    Complaint()
                then
                    plan.step(Action.FIX, "Fix it.");
                end
                """);

        assertThat(problem.line()).isEqualTo(FIRST_LINE + 3);
        assertThat(problem.rule()).contains("unknown type");
        assertThat(problem.message()).contains("Complaint");
    }

    @Test
    void anUnknownImportIsReportedAtItsLine() {
        PlaybookProblem problem = onlyProblem("import.drl", HEADER + """
                import dev.amends.model.Complaint;
                rule "fix"
                when
                    Incident()
                then
                    plan.step(Action.FIX, "Fix it.");
                end
                """);

        assertThat(problem.line()).isEqualTo(FIRST_LINE);
        assertThat(problem.column()).isEqualTo(1);
        assertThat(problem.message()).contains("dev.amends.model.Complaint");
    }

    @Test
    void aGlobalOfAnUnknownTypeIsReportedAtItsLine() {
        PlaybookProblem problem = onlyProblem("global.drl", HEADER + """
                global dev.amends.engine.Notebook notes;
                rule "fix" when Incident() then plan.step(Action.FIX, "Fix it."); end
                """);

        assertThat(problem.line()).isEqualTo(FIRST_LINE);
        assertThat(problem.message()).contains("dev.amends.engine.Notebook");
    }

    @Test
    void aPlanGlobalOfTheWrongTypeIsReportedAtItsDeclaration() {
        PlaybookProblem problem = onlyProblem("global.drl", """
                package test.playbook;

                global java.util.List plan;
                rule "nothing to do" when then end
                """);

        assertThat(problem.file()).isEqualTo("global.drl");
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.message()).contains(PlanDraft.class.getName(), "java.util.List");
    }

    @Test
    void everyBrokenFileIsReportedAtOnce() {
        List<PlaybookProblem> problems = problems(() -> RecoveryAdvisor.builder()
                .rules("b-consequence.drl", HEADER + """
                        rule "b" when Incident() then plan.step(Action.APOLOGISE, "Sorry."); end
                        """)
                .rules("good.drl", GOOD.replace("\"fix\"", "\"good\""))
                .rules("a-syntax.drl", HEADER + """
                        rule "a" when Incident( then end
                        """)
                .rules("c-placeholder.drl", HEADER + """
                        rule "c" when Incident() then plan.step(Action.FIX, "{customer}"); end
                        """)
                .build());

        assertThat(problems).extracting(PlaybookProblem::file)
                .as("one problem per broken file, in file order")
                .containsExactly("a-syntax.drl", "b-consequence.drl", "c-placeholder.drl");
        assertThat(problems).extracting(PlaybookProblem::line).containsOnly(FIRST_LINE);
        assertThat(problems).extracting(p -> p.rule().orElseThrow()).containsExactly("a", "b", "c");
    }

    @Test
    void aDuplicateRuleNameInOneFileNamesBothPlaces() {
        PlaybookProblem problem = onlyProblem("dup.drl", GOOD + """
                rule "fix"
                when
                    Incident()
                then
                    plan.step(Action.OFFER_REMEDY, "Refund it.");
                end
                """);

        assertThat(problem.file()).isEqualTo("dup.drl");
        assertThat(problem.line()).isEqualTo(FIRST_LINE + 6);
        assertThat(problem.rule()).contains("fix");
        assertThat(problem.message()).contains("dup.drl:" + FIRST_LINE);
    }

    @Test
    void aDuplicateRuleNameAcrossFilesNamesBothPlaces() {
        List<PlaybookProblem> problems = problems(() -> RecoveryAdvisor.builder()
                .rules("one.drl", GOOD)
                .rules("two.drl", HEADER + "\n\n" + GOOD.substring(HEADER.length()))
                .build());

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("two.drl");
            assertThat(p.line()).isEqualTo(FIRST_LINE + 2);
            assertThat(p.rule()).contains("fix");
            assertThat(p.message()).contains("one.drl:" + FIRST_LINE);
        });
    }

    @Test
    void theSameRuleNameInDifferentPackagesIsStillTwoRulesOfOneName() {
        PlaybookCompilationException error = catchThrowableOfType(PlaybookCompilationException.class, () ->
                RecoveryAdvisor.builder()
                        .rules("one.drl", GOOD)
                        .rules("two.drl", GOOD.replace("package test.playbook;", "package test.other;"))
                        .build());

        assertThat(error.problems()).extracting(PlaybookProblem::toString)
                .anySatisfy(p -> assertThat(p).startsWith("two.drl:4:1: rule \"fix\": rule \"fix\" is defined twice, here and at one.drl:4"));
    }

    @Test
    void problemsAreListedInFileAndLineOrder() {
        List<PlaybookProblem> problems = problems(() -> RecoveryAdvisor.builder()
                .rules("z.drl", HEADER + """
                        rule "z2" when Incident() then plan.step(Action.FIX, "{b}"); end
                        rule "z1" when Incident() then plan.step(Action.FIX, "{a}"); plan.step(Action.NOPE, ""); end
                        """)
                .rules("m.drl", HEADER + """
                        rule "m" when Incident() then plan.step(Action.FIX, "{c}"); end
                        """)
                .build());

        assertThat(problems).extracting(p -> p.file() + ":" + p.line())
                .containsExactly("m.drl:4", "z.drl:4", "z.drl:5", "z.drl:5");
        assertThat(problems.get(2).column()).isLessThan(problems.get(3).column());
    }

    @Test
    void aPlanGlobalWithTheDraftsEarlierClassNameIsOneProblemSayingWhatToWrite() {
        PlaybookCompilationException thrown = catchThrowableOfType(PlaybookCompilationException.class, () -> RecoveryAdvisor.builder().rules("old.drl", """
                package old;
                import dev.amends.model.*;
                global dev.amends.engine.PlanDraft plan;
                rule "Fix it" when Incident() then plan.step(Action.FIX, "Fix it."); end
                """).build());

        assertThat(thrown.problems()).singleElement().hasToString(
                "old.drl:3:1: the plan's type is dev.amends.dsl.PlanDraft (dev.amends.engine.PlanDraft is its earlier name); "
                        + "write: global dev.amends.dsl.PlanDraft plan;");
    }

    @Test
    void aProblemReadsAsFileLineColumnRuleAndMessage() {
        PlaybookProblem problem = new dev.amends.compile.Problem("a.drl", 3, 7, java.util.Optional.of("r"), "broken");

        assertThat(problem).hasToString("a.drl:3:7: rule \"r\": broken");
        assertThat(new dev.amends.compile.Problem("a.drl", 0, 0, null, "broken")).hasToString("a.drl: broken");
        assertThat(new dev.amends.compile.Problem("a.drl", 7, 0, null, "broken")).hasToString("a.drl:7: broken");
    }

    @Test
    void anEmptyBuilderIsAClearError() {
        List<PlaybookProblem> problems = problems(() -> RecoveryAdvisor.builder().build());

        assertThat(problems).singleElement().satisfies(p ->
                assertThat(p.message()).contains("no rules were given", "defaultPlaybook()", "rulesFrom", "rules("));
    }

    @Test
    void aMissingFolderIsAClearError(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere");

        List<PlaybookProblem> problems = problems(() -> RecoveryAdvisor.builder().rulesFrom(missing).build());

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(missing.toString());
            assertThat(p.message()).contains("not a folder");
        });
    }

    @Test
    void aFolderWithoutRuleFilesIsAClearError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "rule \"x\" when then end");
        Files.createDirectory(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub").resolve("deeper.drl"), GOOD);

        List<PlaybookProblem> problems = problems(() -> RecoveryAdvisor.builder().rulesFrom(dir).build());

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(dir.toString());
            assertThat(p.message()).contains("no .drl");
        });
    }

    @Test
    void aFileGivenAsAFolderIsAClearError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("one.drl"), GOOD);

        assertThat(problems(() -> RecoveryAdvisor.builder().rulesFrom(file).build()))
                .singleElement().satisfies(p -> assertThat(p.file()).isEqualTo(file.toString()));
    }

    @Test
    void rulesFromLoadsEveryRuleFileOfAFolder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.drl"), GOOD.replace("\"fix\"", "\"b\"").replace("Action.FIX", "Action.FOLLOW_UP"));
        Files.writeString(dir.resolve("a.drl"), GOOD.replace("\"fix\"", "\"a\""));
        Files.writeString(dir.resolve("README.md"), "not rules");

        RecoveryAdvisor advisor = RecoveryAdvisor.builder().rulesFrom(dir).build();

        assertThat(advisor.recommend(Incidents.wrongProduct().build()).steps())
                .extracting(s -> s.rule()).containsExactly("a", "b");
    }

    @Test
    void aProblemInAFolderFileIsReportedUnderItsPath(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.drl"), HEADER + """
                rule "x" when Incident() then plan.step(Action.APOLOGISE, ""); end
                """);

        assertThat(problems(() -> RecoveryAdvisor.builder().rulesFrom(dir).build()))
                .singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo(broken.toString());
                    assertThat(p.line()).isEqualTo(FIRST_LINE);
                });
    }

    @Test
    void aMissingFolderAndABrokenFileAreReportedTogether(@TempDir Path dir) {
        List<PlaybookProblem> problems = problems(() -> RecoveryAdvisor.builder()
                .rulesFrom(dir.resolve("nowhere"))
                .rules("broken.drl", HEADER + "rule \"x\" when Incident() then plan.step(Action.APOLOGISE, \"\"); end\n")
                .build());

        assertThat(problems).extracting(PlaybookProblem::file)
                .containsExactlyInAnyOrder(dir.resolve("nowhere").toString(), "broken.drl");
    }

    @Test
    void theDefaultPlaybookMissingFromTheClasspathIsAClearError() {
        assertThat(problems(RecoveryAdvisor::withDefaultPlaybook)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(RuleSource.DEFAULT_PLAYBOOK_INDEX);
            assertThat(p.message()).contains("amends-rules");
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void aFiringLimitBelowOneIsRejected(int limit) {
        assertThatThrownBy(() -> RecoveryAdvisor.builder().firingLimit(limit))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("firingLimit")
                .hasMessageContaining(String.valueOf(limit));
    }

    @Test
    void aPlaybookWithoutRulesIsNotServed() {
        assertThatThrownBy(() -> RecoveryAdvisor.builder().rules("empty.drl", HEADER).build())
                .isInstanceOf(PlaybookCompilationException.class)
                .hasMessageContaining("no rule");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"empty", "comments only", "header only", "cut after its header"})
    void aFileThatHoldsNoRuleIsAProblemNamingTheFile(String kind) {
        String text = switch (kind) {
            case "empty" -> "";
            case "comments only" -> "// the rules will go here\n/* and here */\n";
            case "header only" -> HEADER;
            default -> HEADER + "// Source 004: thank an angry customer first.\n";
        };

        List<PlaybookProblem> problems = problems(() -> RecoveryAdvisor.builder()
                .rules("good.drl", GOOD)
                .rules("cut.drl", text)
                .build());

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("cut.drl");
            assertThat(problem.line()).isZero();
            assertThat(problem.message()).startsWith("holds no rule");
        });
    }

    @Test
    void aFileOfDeclaredTypesAndFunctionsOnlyIsNotEmpty() {
        RecoveryAdvisor advisor = RecoveryAdvisor.builder()
                .rules("good.drl", GOOD)
                .rules("helpers.drl", HEADER + """
                        declare Note
                            text : String
                        end
                        function int urgency() { return 1; }
                        """)
                .build();

        assertThat(advisor.rules()).extracting(PlaybookRule::name).containsExactly("fix");
    }

    @Test
    void aStringLeftOpenInAConsequenceIsReportedWhereItOpens() {
        String open = "    plan.step(Action.FIX, \"Fix it.);";
        List<PlaybookProblem> problems = problems("open.drl", HEADER + """
                rule "open string"
                when
                    Incident()
                then
                %s
                end
                """.formatted(open));

        assertThat(problems.get(0).line()).isEqualTo(FIRST_LINE + 4);
        assertThat(problems.get(0).column()).isEqualTo(open.indexOf('"') + 1);
        assertThat(problems.get(0).rule()).contains("open string");
        assertThat(problems.get(0).message()).contains("not closed");
    }

    @Test
    void anErrorInAFunctionIsReportedAtTheFunctionWithoutFollowOnErrors() {
        PlaybookProblem problem = onlyProblem("function.drl", HEADER + """
                function int urgency() {
                    return "high";
                }
                rule "uses it"
                when
                    Incident()
                then
                    plan.step(Action.FIX, "Fix it.").priority(urgency());
                end
                """);

        assertThat(problem.line()).isEqualTo(FIRST_LINE);
        assertThat(problem.column()).isEqualTo("function int urgency".indexOf("urgency") + 1);
        assertThat(problem.message()).startsWith("function urgency:").contains("cannot convert from String to int");
    }

    @Test
    void aParserCrashIsReportedWithoutItsStackTrace() {
        List<PlaybookProblem> problems = problems("eval.drl", HEADER + """
                rule "half an eval"
                when
                    Incident()
                    eval(1 / )
                then
                end
                """);

        assertThat(problems).allSatisfy(p -> {
            assertThat(p.line()).isEqualTo(FIRST_LINE + 3);
            assertThat(p.rule()).contains("half an eval");
            assertThat(p.message()).doesNotContain("Stack trace", "at org.drools");
        });
    }

    @Test
    void anErrorInAnMvelConsequenceIsReportedAtItsLine() {
        String use = "    plan.step(Action.APOLOGISE, \"Sorry.\");";
        PlaybookProblem problem = onlyProblem("mvel.drl", HEADER + """
                rule "mvel"
                    dialect "mvel"
                when
                    Incident()
                then
                    plan.step(Action.FIX, "Fix it.");
                %s
                end
                """.formatted(use));

        assertThat(problem.line()).isEqualTo(FIRST_LINE + 6);
        assertThat(problem.column()).as("at the misspelled constant").isEqualTo(use.indexOf("APOLOGISE") + 1);
        assertThat(problem.rule()).contains("mvel");
        assertThat(problem.message()).contains("APOLOGISE");
    }

    @Test
    void anErrorInANamedConsequenceIsReportedAtItsLine() {
        String use = "    plan.step(Action.APOLOGISE, \"Sorry.\");";
        PlaybookProblem problem = onlyProblem("named.drl", HEADER + """
                rule "named"
                when
                    Incident()
                    do[sorry]
                then
                    plan.step(Action.FIX, "Fix it.");
                then[sorry]
                %s
                end
                """.formatted(use));

        assertThat(problem.line()).isEqualTo(FIRST_LINE + 7);
        assertThat(problem.column()).isEqualTo(use.indexOf("APOLOGISE") + 1);
    }

    @Test
    void anErrorInAnEvalIsReportedAtItsLine() {
        String eval = "    eval($i.getAccount() != null)";
        PlaybookProblem problem = onlyProblem("eval.drl", HEADER + """
                rule "eval"
                when
                    $i : Incident()
                %s
                then
                    plan.step(Action.FIX, "Fix it.");
                end
                """.formatted(eval));

        assertThat(problem.line()).isEqualTo(FIRST_LINE + 3);
        assertThat(problem.column()).isEqualTo(eval.indexOf("getAccount") + 1);
        assertThat(problem.rule()).contains("eval");
    }
}
