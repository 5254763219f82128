package dev.amends.cli;

import dev.amends.api.RecoveryAdvisor;
import dev.amends.testing.space.CheckReport;
import dev.amends.testing.space.InputSpace;
import dev.amends.testing.space.RevisionCheck;
import dev.amends.testing.space.RevisionReport;
import dev.amends.testing.space.WholeSpaceCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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
                "--only keeps the combinations where a fact takes the values listed: a corner",
                "to check quickly while editing the rules for it; check all before shipping.",
                "",
                "With --events, each class's plan is then revised by one event at a time,",
                "one of each type (a step done, a reply, no reply, the investigation",
                "closed, the mistake again; which step, outcome, mood and finding taken in",
                "turn from class to class), and checked again: nothing done is recommended",
                "again, a declined step is not offered again as it was, a plan has a next",
                "step until it is closed, the same plan when asked again, and every",
                "invariant above. --every-event revises each class by every step done with",
                "each outcome that applies, each mood, no reply to each step with the",
                "customer, and each finding (about eight times as long).",
                "",
                "Examples:",
                "  amends check",
                "  amends check --events",
                "  amends check --every-event --rules my-playbook/",
                "  amends check --rules my-playbook/",
                "  amends check --only mistake=OTHER --only otherKind=DISCLOSURE,INDUCEMENT",
                "",
                "Exit status: 0 every invariant holds; 1 an invariant is violated, or the rules",
                "failed; 2 bad usage."})
final class CheckCommand extends Subcommand {

    @Mixin
    RulesOption rules;

    @Mixin
    OnlyOption only;

    @Option(names = "--events", description = "Also check every plan after single events: one of each type a class.")
    boolean events;

    @Option(names = "--every-event", description = "Also check every plan after each single event of every kind (slow).")
    boolean everyEvent;

    @Override
    public Integer call() {
        RecoveryAdvisor advisor = rules.advisor(Playbooks::forWholeSpace);
        PrintWriter out = out();
        InputSpace whole = InputSpace.of(advisor.vocabulary());
        InputSpace space = only.of(whole);
        String declared = advisor.vocabulary().facts().isEmpty() ? "" : ", declared facts included";
        out.println(only.given()
                ? "Checking " + Amounts.number(space.combinations()) + " of the " + Amounts.number(whole.combinations())
                        + " combinations of incident facts" + declared + " (only " + only.describe() + ")..."
                : "Checking all " + Amounts.number(whole.combinations()) + " combinations of incident facts" + declared + "...");
        out.flush();
        CheckReport report = WholeSpaceCheck.of(advisor).over(space).run();
        out.print(TerminalText.text(report.describe()));
        out.flush();
        if (!events && !everyEvent) {
            return report.passed() ? Main.OK : Main.FAILURE;
        }
        out.println();
        out.println("Revising each plan by one event at a time...");
        out.flush();
        RevisionCheck check = RevisionCheck.of(advisor).over(space);
        RevisionReport revised = (everyEvent ? check.everyEvent() : check).run();
        out.print(TerminalText.text(revised.describe()));
        out.flush();
        return report.passed() && revised.passed() ? Main.OK : Main.FAILURE;
    }
}
