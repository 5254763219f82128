package dev.amends.evaluate;

import dev.amends.api.Explanation;
import dev.amends.api.PlaybookRule;
import dev.amends.api.RecoveryPlan;
import dev.amends.model.ActionKind;

import java.util.List;

/** A plan with the firings and drops behind it, as the evaluator recorded them. */
record Explained(RecoveryPlan plan, List<Firing> firings, List<DroppedStep> dropped) implements Explanation {

    Explained {
        firings = List.copyOf(firings);
        dropped = List.copyOf(dropped);
    }

    /** A rule that fired, how often, and what it matched. */
    record RuleFiring(PlaybookRule rule, int times, List<String> matched) implements Firing {

        RuleFiring {
            matched = List.copyOf(matched);
        }
    }

    /** A recommended step another rule dropped. */
    record Dropped(ActionKind action, String wording, String proposedBy, String droppedBy, String why) implements DroppedStep {
    }
}
