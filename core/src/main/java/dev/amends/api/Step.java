package dev.amends.api;

import dev.amends.model.*;

/**
 * One step of a recovery plan: what to do, the words to use, how soon, who acts, and which rule
 * recommended it and why. {@code order} counts from 1; {@code stage} says whether it comes before
 * the first conversation with the customer, in it, or after it.
 */
public record Step(
        int order,
        Stage stage,
        Phase phase,
        ActionKind action,
        String wording,
        Timing timing,
        OwnerKind owner,
        String rule,
        String why) {
}
