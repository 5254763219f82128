package dev.amends.cli;

import dev.amends.api.Explanation;
import dev.amends.api.RecoveryAdvisor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.function.Supplier;

/** {@code amends explain FILE}: shows why the plan for an incident is what it is, rule by rule. */
@Command(name = "explain",
        sortOptions = false,
        description = {
                "Shows which rule made each step of the plan for the incident in FILE, and why.",
                "",
                "FILE is an incident as JSON, as for recommend. Prints, for each step of the",
                "plan, the rule that added it, where that rule is written, its conditions and",
                "the facts they matched; then the other rules that fired (pace, avoid and",
                "drop rules); then the steps rules proposed and other rules dropped, and why."},
        footer = {"",
                "Examples:",
                "  amends explain examples/incidents/customer-ordered-wrong-lens.json",
                "  amends explain incident.json --rules my-playbook/ --format json",
                "",
                "Exit status: 0 explained; 1 the rules failed; 2 bad input or usage."})
final class ExplainCommand extends Subcommand {

    @Mixin
    IncidentRequest request;

    private final InputStream stdin;
    private final Supplier<RecoveryAdvisor> defaultPlaybook;

    ExplainCommand(InputStream stdin, Supplier<RecoveryAdvisor> defaultPlaybook) {
        this.stdin = stdin;
        this.defaultPlaybook = defaultPlaybook;
    }

    @Override
    public Integer call() {
        if (request.ics()) {
            throw new BadInputException("--format", "ics writes a plan's steps as to-dos, with 'amends recommend'; "
                    + "explain writes text or json");
        }
        IncidentRequest.Answering answering = request.answering(stdin, defaultPlaybook);
        Explanation explanation = answering.advisor().explain(answering.incident());
        PrintWriter out = out();
        out.print(request.json() ? ExplanationJson.write(explanation) : ExplanationText.render(explanation));
        out.flush();
        return Main.OK;
    }
}
