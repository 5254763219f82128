package dev.amends.api;

import dev.amends.model.AvoidKind;

/** Something the rep must not do, the reason, and the rule that said so. Immutable. */
public interface Avoidance {

    /** What to avoid. */
    AvoidKind what();

    /** Why, in a sentence. */
    String why();

    /** The name of the rule that said so. */
    String rule();
}
