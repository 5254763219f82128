package dev.amends.cli;

import dev.amends.api.RecoveryAdvisor;
import dev.amends.api.RecoveryPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.function.Supplier;

/** {@code amends recommend FILE}: reads an incident as JSON and prints its recovery plan. */
@Command(name = "recommend",
        sortOptions = false,
        description = {
                "Prints the recovery plan for the incident in FILE (JSON).",
                "",
                "The text starts with what to do in the next hour; then the steps before you",
                "speak to the customer, the first conversation in the order to say it, and",
                "what follows, each with who acts and when. --why adds the reasons and the",
                "rule behind each step; the JSON always has them."},
        footer = {"",
                "FILE holds one JSON object with the incident's facts.",
                "  Required: mistake, faultOwner, severity, relationship.",
                "  Optional: detectedBy (default CUSTOMER), customerMood (CALM),",
                "    priorOccurrences (0), patientImpact, spreadBeyondContact,",
                "    publicComplaint, referralsLost, saidAloud (false),",
                "    deviceKind (DISPOSABLE, IMPLANT, INSTRUMENT_SET, EQUIPMENT,",
                "    INSTALLED_SYSTEM; not said when absent; installedEquipment:",
                "    true is the older INSTALLED_SYSTEM),",
                "    otherKind (what an OTHER mistake was: DISCLOSURE, INDUCEMENT,",
                "    ACCESS_OR_CONDUCT; only with mistake OTHER; not said when absent),",
                "    id, account, contact, rep, product, salutation (how to",
                "    address the contact), contactRole,",
                "    reportedAt (ISO-8601 with offset: each step then has a due date),",
                "    timeZone (the account's, an IANA name such as Europe/Berlin),",
                "    events (what happened since, each with at and type: STEP_DONE",
                "    with action and outcome, CUSTOMER_REPLIED with mood, NO_REPLY",
                "    with action, INVESTIGATION_CLOSED with finding, RECURRED).",
                "",
                "With events, each step shows whether it is done or overdue at --now,",
                "the next step is named, and steps no longer needed are listed apart.",
                "",
                "--format ics writes the steps as iCalendar to-dos to import into a",
                "calendar or CRM (done ones completed, dropped ones cancelled); it",
                "needs reportedAt. docs/due-dates.md has the rules.",
                "",
                "Exit status: 0 plan printed; 1 the rules failed; 2 bad input or usage."})
final class RecommendCommand extends Subcommand {

    @Mixin
    IncidentRequest request;

    @Option(names = "--why",
            description = "In the text, also show why each step is there and the rule behind it, and why to avoid each thing.")
    boolean why;

    private final InputStream stdin;
    private final Supplier<RecoveryAdvisor> defaultPlaybook;

    RecommendCommand(InputStream stdin, Supplier<RecoveryAdvisor> defaultPlaybook) {
        this.stdin = stdin;
        this.defaultPlaybook = defaultPlaybook;
    }

    @Override
    public Integer call() {
        IncidentRequest.Answering answering = request.answering(stdin, defaultPlaybook);
        RecoveryPlan plan = answering.advisor().recommend(answering.incident());
        PrintWriter out = out();
        out.print(request.json() ? PlanJson.write(plan)
                : request.ics() ? PlanIcs.write(plan, answering.advisor().clock().instant())
                : PlanText.render(plan, why));
        out.flush();
        return Main.OK;
    }
}
