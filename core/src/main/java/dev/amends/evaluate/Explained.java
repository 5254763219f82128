package dev.amends.evaluate;

import dev.amends.api.Explanation;
import dev.amends.api.PlaybookRule;
import dev.amends.api.RecoveryPlan;
import dev.amends.model.Event;

import java.util.List;

/** A plan with the firings behind it, as the evaluator recorded them. */
record Explained(RecoveryPlan plan, List<Firing> firings) implements Explanation {

    Explained {
        firings = List.copyOf(firings);
    }

    /** A rule that fired, how often, what it matched, and the events among that. */
    record RuleFiring(PlaybookRule rule, int times, List<String> matched, List<Event> events) implements Firing {

        RuleFiring {
            matched = List.copyOf(matched);
            events = List.copyOf(events);
        }
    }
}
