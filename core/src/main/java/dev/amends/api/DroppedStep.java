package dev.amends.api;

import dev.amends.model.ActionKind;

/**
 * A step a rule recommended that another rule then dropped, such as the promise of prevention once
 * an investigation found no fault of ours; a plan lists its dropped steps apart from its steps.
 */
public interface DroppedStep {

    /** The dropped action. */
    ActionKind action();

    /** What the step would have said. */
    String wording();

    /** The rule that recommended it. */
    String proposedBy();

    /** The rule that dropped it. */
    String droppedBy();

    /** The reason the dropping rule gave. */
    String why();
}
