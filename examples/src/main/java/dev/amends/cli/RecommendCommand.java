package dev.amends.cli;

import dev.amends.model.Incident;
import dev.amends.model.RecoveryPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.InputStream;
import java.io.PrintWriter;

/** {@code amends recommend FILE}: reads an incident as JSON and prints its recovery plan. */
@Command(name = "recommend",
        sortOptions = false,
        description = "Prints the recovery plan for the incident in FILE (JSON).",
        footer = {"",
                "FILE holds one JSON object with the incident's facts.",
                "  Required: mistake, faultOwner, severity, relationship.",
                "  Optional: detectedBy (default CUSTOMER), customerMood (CALM),",
                "    priorOccurrences (0), patientImpact, spreadBeyondContact,",
                "    publicComplaint, referralsLost (false),",
                "    id, account, contact, rep, product, salutation (how to",
                "    address the contact), contactRole.",
                "",
                "Exit status: 0 plan printed; 1 the rules failed; 2 bad input or usage."})
final class RecommendCommand extends Subcommand {

    @Mixin
    IncidentRequest request;

    private final InputStream stdin;

    RecommendCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        Incident incident = request.incident(stdin);
        RecoveryPlan plan = request.advisor().recommend(incident);
        PrintWriter out = out();
        out.print(request.json() ? PlanJson.write(plan) : PlanText.render(plan));
        out.flush();
        return Main.OK;
    }
}
