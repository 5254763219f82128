package dev.amends.evaluate;

import dev.amends.api.Explanation;
import dev.amends.api.PlaybookRule;
import dev.amends.api.RecoveryPlan;

import java.util.List;

/** A plan with the firings behind it, as the evaluator recorded them. */
record Explained(RecoveryPlan plan, List<Firing> firings) implements Explanation {

    Explained {
        firings = List.copyOf(firings);
    }

    /** A rule that fired, how often, and what it matched. */
    record RuleFiring(PlaybookRule rule, int times, List<String> matched) implements Firing {

        RuleFiring {
            matched = List.copyOf(matched);
        }
    }
}
