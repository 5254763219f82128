package dev.amends.cli;

import dev.amends.api.PlaybookCompilationException;
import dev.amends.api.PlaybookProblem;
import dev.amends.api.RecoveryAdvisor;
import dev.amends.compile.RuleReading;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** {@code amends validate DIR}: compiles a folder of rule files and lists every problem, with file, line and column. */
@Command(name = "validate",
        sortOptions = false,
        description = {
                "Lists every problem in a folder of rule files, with file, line and column.",
                "",
                "Compiles the .drl rule files in DIR, as --rules DIR would, and lists every",
                "problem as file:line:column: message, then how many there are; or, when there",
                "is none, how many rules DIR holds. Beside what does not compile, it lists",
                "each rule whose outcome depends on the order the files load in: one that",
                "fires only where no fact of a type exists, beside a rule of the same",
                "salience that inserts that type.",
                "",
                "With --extend, DIR is checked as an extension of the default playbook: its",
                "rules join the default ones, a rule of the same name replacing the default."},
        footer = {"",
                "Examples:",
                "  amends validate my-playbook/",
                "  amends validate --extend my-changes/",
                "  amends validate rules/src/main/resources/dev/amends/playbook",
                "",
                "Exit status: 0 no problems; 1 problems found; 2 DIR is missing or a file,",
                "or bad usage."})
final class ValidateCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "DIR", converter = FileName.class, description = "The folder of .drl rule files to check.")
    Path folder;

    @Option(names = "--extend",
            description = "Check DIR's rules added to the default playbook, as --rules DIR --extend would run them.")
    boolean extend;

    @Override
    public Integer call() {
        PrintWriter out = out();
        try {
            RecoveryAdvisor advisor = Playbooks.fromFolder(folder, "DIR", extend);
            List<PlaybookProblem> orderDependent = RuleReading.of(advisor).orderDependences();
            if (!orderDependent.isEmpty()) {
                return problems(out, orderDependent);
            }
            out.println(TerminalText.name(folder.toString()) + (extend ? " with the default playbook: " : ": ")
                    + Amounts.count(advisor.rules().size(), "rule", "rules") + ", no problems");
            return Main.OK;
        } catch (PlaybookCompilationException e) {
            return problems(out, e.problems());
        } finally {
            out.flush();
        }
    }

    private int problems(PrintWriter out, List<PlaybookProblem> problems) {
        ProblemList.print(out, problems);
        out.println(Amounts.count(problems.size(), "problem", "problems") + " in " + TerminalText.name(folder.toString()));
        return Main.FAILURE;
    }
}
