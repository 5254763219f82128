package dev.amends.testing;

import dev.amends.api.Avoidance;
import dev.amends.api.RecoveryPlan;
import dev.amends.api.Step;

/** A plan written out in full for test reports and failure messages. */
public final class PlanListing {

    private PlanListing() {
    }

    /** The plan, one step per entry with its rule and wording, then what to avoid. */
    public static String of(RecoveryPlan plan) {
        StringBuilder out = new StringBuilder();
        out.append("  respond ").append(plan.respondWithin()).append(" by ").append(plan.channel()).append('\n');
        for (Step s : plan.steps()) {
            out.append(String.format("  %2d. %-12s %-24s %-22s %-14s [%s]%n", s.order(), s.phase(), s.action(),
                    s.timing(), s.owner(), s.rule()));
            out.append("        ").append(s.wording()).append('\n');
        }
        if (plan.steps().isEmpty()) {
            out.append("  (no steps)\n");
        }
        for (Avoidance a : plan.avoid()) {
            out.append("  avoid ").append(a.what()).append(" [").append(a.rule()).append("]\n");
        }
        return out.toString();
    }
}
