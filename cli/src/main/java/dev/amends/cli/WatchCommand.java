package dev.amends.cli;

import dev.amends.api.FolderChange;
import dev.amends.api.PlaybookListener;
import dev.amends.api.RecoveryAdvisor;
import dev.amends.api.ReloadResult;
import dev.amends.model.Incident;
import dev.amends.model.InvalidIncidentException;
import dev.amends.api.RecoveryPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;

/** {@code amends watch FILE --rules DIR}: a running application that picks up playbook edits without a restart. */
@Command(name = "watch",
        sortOptions = false,
        description = {
                "Serves the plan for the incident in FILE, picking up edits to DIR without a restart.",
                "",
                "Prints the plan from the rules in DIR, and again whenever an edit to DIR changes it.",
                "Once DIR has been quiet for 1.5 seconds after a change, all its .drl files and",
                "its vocabulary.yaml are read as one version, compiled and checked off the",
                "request path; a clean playbook replaces the one being served, a broken one is",
                "rejected with its problems and the previous playbook keeps being served. A",
                "playbook whose vocabulary the incident no longer fits (a new required fact) is",
                "served, and that is reported. If DIR is deleted, renamed or replaced, that is",
                "reported and DIR is watched again when it is back.",
                "Stop with Ctrl-C."},
        footer = {"",
                "Example:",
                "  amends watch examples/incidents/billing-error-caught-by-us.json --rules my-playbook",
                "",
                "Exit status: 0 stopped after --for; 1 the rules failed; 2 bad input or usage."})
final class WatchCommand extends Subcommand {

    private static final long POLL_MILLIS = 200;

    @Parameters(index = "0", paramLabel = "FILE", description = "The incident as JSON; '-' reads standard input.")
    String file;

    @Option(names = "--rules", paramLabel = "DIR", required = true, converter = FileName.class, description = "The folder of .drl rule files (and its vocabulary.yaml) to watch.")
    Path folder;

    @Option(names = "--extend",
            description = "Keep the default playbook and add DIR's rules to it; a rule in DIR replaces the default rule of the same name.")
    boolean extend;

    @Option(names = "--for", paramLabel = "SECONDS", converter = Seconds.class,
            description = "Stop after this many seconds, 1 to 31,536,000 (default: run until stopped).")
    Long seconds;

    private final InputStream stdin;

    WatchCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws InterruptedException {
        Incident incident = IncidentJson.fromFile(file, stdin);
        PrintWriter out = out();
        PlaybookListener listener = new PlaybookListener() {
            @Override
            public void reloaded(ReloadResult result) {
                out.println("amends: playbook version " + result.version() + " is live (sha256 " + result.playbook().shortDigest() + ")");
                out.flush();
            }

            @Override
            public void folderChanged(FolderChange change) {
                out.println("amends: " + change);
                out.flush();
            }

            @Override
            public void rejected(ReloadResult result) {
                out.println("amends: the change was rejected; still serving playbook version " + result.version() + ":");
                result.problems().forEach(p -> out.println(p));
                out.flush();
            }
        };
        Duration howLong = seconds == null ? Duration.ofMillis(Long.MAX_VALUE) : Duration.ofSeconds(seconds);
        try (RecoveryAdvisor advisor = Playbooks.builder(folder, "--rules", extend)
                .watchFolders().listener(listener).build()) {
            out.println("amends: watching " + TerminalText.name(folder.toString()) + " (Ctrl-C to stop)");
            RecoveryPlan shown = null;
            int refusedBy = 0;
            long end = System.nanoTime() + Math.min(howLong.toNanos(), Long.MAX_VALUE / 2);
            while (System.nanoTime() < end) {
                int version = advisor.version();
                RecoveryPlan plan;
                try {
                    plan = advisor.recommend(incident);
                } catch (InvalidIncidentException e) {
                    if (version == 1) {
                        throw e;
                    }
                    // A later playbook's vocabulary the incident does not fit: the change stands, the incident is what to fix.
                    if (refusedBy != version) {
                        out.println();
                        out.println("amends: playbook version " + version + " cannot make a plan for this incident: "
                                + Amounts.oneLine(e.getMessage()) + "; still watching");
                        out.flush();
                        refusedBy = version;
                        shown = null;
                    }
                    Thread.sleep(POLL_MILLIS);
                    continue;
                }
                if (!plan.equals(shown)) {
                    out.println();
                    out.println("Plan from playbook version " + advisor.version() + ":");
                    out.print(PlanText.render(plan));
                    out.flush();
                    shown = plan;
                }
                Thread.sleep(POLL_MILLIS);
            }
        }
        return Main.OK;
    }
}
