package dev.amends.api;

import dev.amends.model.*;

/** Something the rep must not do, the reason, and the rule that said so. */
public record Avoidance(AvoidKind what, String why, String rule) {
}
