package dev.amends.examples;

import dev.amends.api.PlaybookListener;
import dev.amends.api.RecoveryAdvisor;
import dev.amends.api.ReloadResult;
import dev.amends.model.FaultOwner;
import dev.amends.model.Incident;
import dev.amends.model.Mistake;
import dev.amends.api.RecoveryPlan;
import dev.amends.model.Relationship;
import dev.amends.model.Severity;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

/**
 * An application that keeps serving while analysts edit its playbook: the advisor watches a rules
 * folder, swaps in each clean change, and rejects a broken one while the old playbook keeps serving.
 * Run it with a folder of rule files, edit them, and watch the plan change:
 * {@code java -cp "examples/target/amends-examples-*.jar:examples/target/lib/*" dev.amends.examples.ReloadingExample my-playbook}
 */
public final class ReloadingExample {

    private ReloadingExample() {
    }

    /** Runs the example and prints what it shows. */
    public static void main(String[] args) throws InterruptedException {
        if (args.length != 1) {
            System.err.println("usage: ReloadingExample RULES_FOLDER");
            System.exit(2);
        }
        run(Path.of(args[0]), Duration.ofDays(365), System.out);
    }

    /** Serves the same incident every half second for {@code howLong}, printing the plan whenever the playbook changes. */
    static void run(Path rules, Duration howLong, PrintStream out) throws InterruptedException {
        Incident incident = Incident.builder()
                .mistake(Mistake.MISSED_APPOINTMENT)
                .faultOwner(FaultOwner.REP)
                .severity(Severity.LOW)
                .relationship(Relationship.STRONG)
                .contact("Dr. Hana Becker")
                .build();
        PlaybookListener listener = new PlaybookListener() {
            @Override
            public void reloaded(ReloadResult result) {
                out.println("Playbook version " + result.version() + " is live.");
            }

            @Override
            public void rejected(ReloadResult result) {
                out.println("The change was rejected; still serving version " + result.version() + ":");
                result.problems().forEach(p -> out.println("  " + p));
            }
        };
        try (RecoveryAdvisor advisor = RecoveryAdvisor.builder().rulesFrom(rules).watchFolders().listener(listener).build()) {
            RecoveryPlan shown = null;
            long end = System.nanoTime() + howLong.toNanos();
            while (System.nanoTime() < end) {
                RecoveryPlan plan = advisor.recommend(incident);
                if (!plan.equals(shown)) {
                    out.println("Plan (playbook version " + advisor.version() + "): " + plan.actions());
                    shown = plan;
                }
                Thread.sleep(100);
            }
        }
    }
}
