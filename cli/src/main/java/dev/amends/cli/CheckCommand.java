package dev.amends.cli;

import dev.amends.api.RecoveryAdvisor;
import dev.amends.testing.space.CheckReport;
import dev.amends.testing.space.InputSpace;
import dev.amends.testing.space.WholeSpaceCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;

/** {@code amends check}: evaluates the playbook on every combination of incident facts and checks the invariants. */
@Command(name = "check",
        sortOptions = false,
        description = {
                "Checks the invariants of the plans on every combination of incident facts.",
                "",
                "Evaluates the playbook on every combination of incident facts and checks",
                "the invariants every plan must keep (a fix or a remedy in every plan,",
                "ownership before the fix, an angry customer thanked first, ...). Prints each",
                "invariant as ok or VIOLATED with up to 3 counterexamples, as unlike one",
                "another as they come, then how the plans are distributed: how many distinct",
                "plans, the shortest and the longest."},
        footer = {"",
                "The combinations: every mistake, fault owner, severity, relationship,",
                "detector and mood, priorOccurrences 0, 1 and 2, each of the four yes/no",
                "facts, and each value of the facts DIR's vocabulary.yaml declares (one",
                "number per band). Incidents the rules cannot tell apart are evaluated once.",
                "",
                "Examples:",
                "  amends check",
                "  amends check --rules my-playbook/",
                "",
                "Exit status: 0 every invariant holds; 1 an invariant is violated, or the rules",
                "failed; 2 bad usage."})
final class CheckCommand extends Subcommand {

    @Mixin
    RulesOption rules;

    @Override
    public Integer call() {
        RecoveryAdvisor advisor = rules.advisor();
        PrintWriter out = out();
        out.println("Checking all " + Amounts.number(InputSpace.of(advisor.vocabulary()).combinations()) + " combinations of incident facts"
                + (advisor.vocabulary().facts().isEmpty() ? "" : ", declared facts included") + "...");
        out.flush();
        CheckReport report = WholeSpaceCheck.of(advisor).run();
        out.print(TerminalText.text(report.describe()));
        out.flush();
        return report.passed() ? Main.OK : Main.FAILURE;
    }
}
