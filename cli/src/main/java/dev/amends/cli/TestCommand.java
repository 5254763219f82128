package dev.amends.cli;

import dev.amends.api.PlaybookRule;
import dev.amends.api.RecoveryAdvisor;
import dev.amends.testing.scenario.ScenarioFileException;
import dev.amends.testing.scenario.ScenarioReport;
import dev.amends.testing.scenario.ScenarioSuite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** {@code amends test PATH}: runs scenario files against the playbook and reports failures and rule coverage. */
@Command(name = "test",
        sortOptions = false,
        description = {
                "Runs scenario files against the playbook and reports which rules they cover.",
                "",
                "Runs the scenarios in PATH against the playbook: prints PASS or FAIL for each,",
                "what failed and the plan it got, which rules the scenarios made fire, and",
                "a closing line 'N passed, M failed'."},
        footer = {"",
                "A scenario file (name ending .scenarios) holds scenarios like this one:",
                "  scenario: An angry customer hears thanks before anything else",
                "    mistake: WRONG_PRODUCT",
                "    faultOwner: COMPANY",
                "    severity: HIGH",
                "    relationship: ESTABLISHED",
                "    customerMood: ANGRY",
                "    expect: THANK_FOR_RAISING before TAKE_OWNERSHIP",
                "    expect: avoids SORRY_FIRST_TO_ANGRY_CUSTOMER",
                "",
                "Examples:",
                "  amends test rules/src/test/scenarios",
                "  amends test my-scenarios/ --rules my-playbook/ --fail-on-uncovered",
                "  amends test due-dates.scenarios --calendar calendar.yaml",
                "",
                "Exit status: 0 every scenario passed; 1 a scenario failed, a rule never",
                "fired (with --fail-on-uncovered), or the rules failed; 2 a scenario file is",
                "malformed or missing, or bad usage."})
final class TestCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "PATH", converter = FileName.class,
            description = "A .scenarios file, or a folder: every .scenarios file under it, in path order.")
    Path path;

    @Mixin
    RulesOption rules;

    @Mixin
    DueOptions due;

    @Option(names = "--fail-on-uncovered",
            description = "Fail (exit status 1) when a rule of the playbook fired in no scenario. With --rules DIR "
                    + "--extend, the rules of DIR: the default playbook's are covered by its own suite.")
    boolean failOnUncovered;

    @Override
    public Integer call() {
        RecoveryAdvisor advisor = rules.advisor(due.calendar(), due.clock());
        ScenarioSuite suite;
        try {
            suite = ScenarioSuite.load(path, advisor.vocabulary());
        } catch (ScenarioFileException e) {
            return malformed(e);
        }
        ScenarioReport report = suite.run(advisor);
        if (rules.layered()) {
            // The default playbook's rules are covered by its own suite; a layered folder answers for its own.
            String folder = rules.folder.toString();
            report = new ScenarioReport(report.results(), report.coverage().of(rule -> rule.location().startsWith(folder)));
        }
        PrintWriter out = out();
        out.print(ScenarioReportText.render(report));
        List<PlaybookRule> uncovered = report.coverage().uncovered();
        boolean failsOnCoverage = failOnUncovered && !uncovered.isEmpty();
        if (failsOnCoverage) {
            out.println("Failed: " + Amounts.count(uncovered.size(), "rule", "rules")
                    + " never fired, and --fail-on-uncovered makes that a failure; add scenarios for "
                    + (uncovered.size() == 1 ? "it" : "them") + " (listed under \"Never fired\")");
        }
        out.flush();
        return report.failed() > 0 || failsOnCoverage ? Main.FAILURE : Main.OK;
    }

    /**
     * Malformed scenario files: one {@code file:line: problem} line when there is one problem (as
     * for any bad input), else a heading and a line per problem.
     */
    private int malformed(ScenarioFileException e) {
        if (e.problems().size() == 1) {
            throw new BadInputException(e.line() > 0 ? e.file() + ":" + e.line() : e.file(), e.problem());
        }
        PrintWriter err = err();
        err.println("amends: the scenario files cannot be read; fix these " + e.problems().size()
                + " problems and run again:");
        e.problems().forEach(p -> err.println(TerminalText.name(p.toString())));
        err.flush();
        return Main.BAD_INPUT;
    }
}
