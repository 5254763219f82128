package dev.amends.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Rules run with the application's rights; validation refuses the calls a playbook has no business making. */
class ForbiddenCallValidationTest {

    private static List<PlaybookProblem> problems(String drl) {
        PlaybookCompilationException e = catchThrowableOfType(PlaybookCompilationException.class,
                () -> RecoveryAdvisor.builder().rules("t.drl", drl).build());
        assertThat(e).as("build() refuses the playbook").isNotNull();
        return e.problems();
    }

    private static String inConsequence(String code) {
        return Drl.HEADER + """
                rule "Reaches too far"
                when
                    $i : Incident()
                then
                    plan.step(Action.FIX, "Fix it.");
                    %s
                end
                """.formatted(code);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "System.exit(1);                                           | System.exit(...)                              | stops the whole application",
            "java.lang.System.exit(1);                                 | java.lang.System.exit(...)                    | stops the whole application",
            "Runtime.getRuntime().halt(0);                             | Runtime.getRuntime(...).halt(...)             | stops the whole application",
            "Runtime.getRuntime().exec(\"rm\");                        | Runtime.getRuntime(...).exec(...)             | runs other programs",
            "new ProcessBuilder(\"sh\").start();                       | new ProcessBuilder(...)                       | runs other programs",
            "java.nio.file.Files.writeString(null, \"x\");             | java.nio.file.Files.writeString(...)          | reads or writes files",
            "Files.readString(Path.of(\"/etc/passwd\"));               | Files.readString(...)                         | reads or writes files",
            "new java.io.FileInputStream(\"/etc/passwd\");             | new java.io.FileInputStream(...)              | reads or writes files",
            "new File(\"x\").delete();                                 | new File(...)                                 | reads or writes files",
            "new Thread(() -> {}).start();                             | new Thread(...)                               | starts, pools or pauses threads",
            "Thread.sleep(1000);                                       | Thread.sleep(...)                             | starts, pools or pauses threads",
            "Executors.newFixedThreadPool(2);                          | Executors.newFixedThreadPool(...)             | starts, pools or pauses threads",
            "Class.forName(\"x.Y\");                                   | Class.forName(...)                            | uses reflection",
            "getClass().getDeclaredMethods();                          | getClass(...).getDeclaredMethods(...)         | uses reflection",
            "drools.halt();                                            | drools.halt(...)                              | halts the rule engine",
            "kcontext.getKieRuntime().halt();                          | kcontext.getKieRuntime(...).halt(...)         | halts the rule engine",
            "delete($i);                                               | delete(...)                                   | changes the facts the rules reason about",
            "retract($i);                                              | retract(...)                                  | changes the facts the rules reason about",
            "drools.delete($i);                                        | drools.delete(...)                            | changes the facts the rules reason about",
            "update($i);                                               | update(...)                                   | changes the facts the rules reason about",
            "insert(new Object());                                     | insert(...)                                   | changes the facts the rules reason about",
    })
    void aConsequenceMakingACallAPlaybookHasNoBusinessMakingIsAProblemAtTheCall(String code, String call, String why) {
        List<PlaybookProblem> problems = problems(inConsequence(code.strip()));

        assertThat(problems).filteredOn(p -> p.message().startsWith("calls " + call) || p.message().startsWith("uses " + call))
                .singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("t.drl");
                    assertThat(p.line()).isEqualTo(Drl.FIRST_LINE + 5);
                    assertThat(p.column()).isEqualTo(5);
                    assertThat(p.rule()).contains("Reaches too far");
                    assertThat(p.message()).contains(", which " + why);
                });
    }

    @Test
    void aReflectiveCallOnAClassLiteralIsAProblemAtTheMethod() {
        String line = "    String.class.getDeclaredMethod(\"length\");";
        List<PlaybookProblem> problems = problems(Drl.HEADER + "rule \"r\" when Incident() then\n" + line + "\nend\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo(line.indexOf("getDeclaredMethod") + 1);
            assertThat(p.message()).startsWith("calls .getDeclaredMethod(...), which uses reflection");
        });
    }

    @Test
    void modifyingTheIncidentIsAProblem() {
        assertThat(problems(inConsequence("modify($i) { setPriorOccurrences(3) }")))
                .anySatisfy(p -> assertThat(p.message()).startsWith("calls modify(...), which changes the facts the rules reason about"));
    }

    @Test
    void aCallInAFunctionIsAProblemAtItsLine() {
        List<PlaybookProblem> problems = problems(Drl.HEADER + """
                function void quit() {
                    System.exit(0);
                }
                rule "Quits" when Incident() then quit(); end
                """);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(Drl.FIRST_LINE + 1);
            assertThat(p.column()).isEqualTo(5);
            assertThat(p.message()).startsWith("calls System.exit(...), which stops the whole application");
        });
    }

    @Test
    void importingAFileClassIsAProblemAtTheImport() {
        List<PlaybookProblem> problems = problems(Drl.HEADER + """
                import java.nio.file.Files;
                rule "Fix" when Incident() then plan.step(Action.FIX, "Fix it."); end
                """);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(Drl.FIRST_LINE);
            assertThat(p.message()).startsWith("imports java.nio.file.Files, which reads or writes files");
        });
    }

    @Test
    void insertingATypeThePlaybookDeclaresIsAllowed() {
        RecoveryAdvisor advisor = RecoveryAdvisor.builder().rules("t.drl", Drl.HEADER + """
                declare Escalated
                end
                rule "Escalate" when Incident() then insert(new Escalated()); end
                rule "Then fix" when Escalated() then plan.step(Action.FIX, "Fix it."); end
                """).build();

        assertThat(advisor.recommend(Incidents.wrongProduct().build()).steps()).hasSize(1);
    }

    @Test
    void namesThatOnlyLookLikeForbiddenCallsAreAllowed() {
        RecoveryAdvisor advisor = RecoveryAdvisor.builder().rules("t.drl", Drl.HEADER + """
                rule "Fix" when Incident() then
                    // System.exit(1) would stop the application
                    String note = "Files.delete and Thread.sleep are only words here";
                    long minutes = java.util.concurrent.TimeUnit.HOURS.toMinutes(note.length());
                    String charset = java.nio.charset.StandardCharsets.UTF_8.name();
                    plan.step(Action.FIX, "Fix it; " + minutes + charset);
                end
                """).build();

        assertThat(advisor.rules()).hasSize(1);
    }
}
