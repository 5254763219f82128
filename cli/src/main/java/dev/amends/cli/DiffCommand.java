package dev.amends.cli;

import dev.amends.api.PlaybookCompilationException;
import dev.amends.api.RecoveryAdvisor;
import dev.amends.compile.RuleReading;
import dev.amends.testing.space.DiffReport;
import dev.amends.testing.space.InputSpace;
import dev.amends.testing.space.Planner;
import dev.amends.testing.space.PlaybookDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.Optional;

/** {@code amends diff BEFORE AFTER}: how an edit of the playbook changes the plans, over every combination of facts. */
@Command(name = "diff",
        sortOptions = false,
        description = {
                "Shows how the plans of two playbooks differ, over every combination of facts.",
                "",
                "Compares two playbooks on every combination of incident facts: how many plans",
                "the edit changes, and how (steps added, removed or moved, wording, timing,",
                "owner, things to avoid, pace), each kind with its most frequent changes and up",
                "to 3 example incidents, as unlike one another as they come: a wording change",
                "with the words before and after, a moved step with its places. A report: it",
                "succeeds whether or not plans changed."},
        footer = {"",
                "BEFORE and AFTER are folders of .drl files, or the word 'default' for the",
                "default playbook (write ./default for a folder of that name). With --extend,",
                "a folder's rules are added to the default playbook instead of replacing it.",
                "--only keeps the combinations where a fact takes the values listed.",
                "",
                "Examples:",
                "  amends diff default my-playbook/",
                "  amends diff playbook-v1/ playbook-v2/",
                "  amends diff --extend default my-changes/",
                "  amends diff default my-playbook/ --only mistake=LATE_DELIVERY --only severity=HIGH",
                "",
                "Exit status: 0 compared (changed or not); 1 BEFORE or AFTER does not",
                "compile, or a rule failed; 2 a folder is missing, or bad usage."})
final class DiffCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "BEFORE",
            description = "The playbook before the edit: a folder of .drl files, or 'default'.")
    String before;

    @Parameters(index = "1", paramLabel = "AFTER",
            description = "The playbook after the edit: a folder of .drl files, or 'default'.")
    String after;

    @Option(names = "--extend",
            description = "Add each folder's rules to the default playbook, a rule of the same name replacing the default one.")
    boolean extend;

    @Mixin
    OnlyOption only;

    @Override
    public Integer call() {
        checkFolder(before, "BEFORE");
        checkFolder(after, "AFTER");
        PrintWriter err = err();
        Optional<RecoveryAdvisor> was = compile(before, "BEFORE", err);
        Optional<RecoveryAdvisor> now = compile(after, "AFTER", err);
        if (was.isEmpty() || now.isEmpty()) {
            return Main.FAILURE;
        }
        PrintWriter out = out();
        InputSpace whole = PlaybookDiff.space(was.get(), now.get());
        InputSpace space = only.of(whole);
        out.println("Comparing BEFORE (" + TerminalText.name(before) + ") with AFTER (" + TerminalText.name(after) + ") on "
                + (only.given()
                        ? Amounts.number(space.combinations()) + " of the " + Amounts.number(whole.combinations())
                                + " combinations of incident facts (only " + only.describe() + ")..."
                        : "all " + Amounts.number(whole.combinations()) + " combinations of incident facts..."));
        out.flush();
        DiffReport report = PlaybookDiff.compare(Planner.of(was.get()), Planner.of(now.get()),
                RuleReading.of(was.get()).and(RuleReading.of(now.get())), space);
        out.print(TerminalText.text(report.describe()));
        out.flush();
        return Main.OK;
    }

    /** Both sides are checked to exist before either is compiled, so a typo is reported at once. */
    private static void checkFolder(String argument, String side) {
        if (!Playbooks.DEFAULT.equals(argument)) {
            Playbooks.existingFolder(Playbooks.path(argument, side), side);
        }
    }

    /** The side's advisor, or empty after printing why its rules cannot be used. */
    private Optional<RecoveryAdvisor> compile(String argument, String side, PrintWriter err) {
        try {
            return Optional.of(Playbooks.fromArgument(argument, side, extend, Playbooks::forWholeSpace));
        } catch (PlaybookCompilationException e) {
            ProblemList.printUnusable(err, "the " + side + " rules (" + TerminalText.name(argument) + ")", e.problems());
            return Optional.empty();
        }
    }
}
