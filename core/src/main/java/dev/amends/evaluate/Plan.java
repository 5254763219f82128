package dev.amends.evaluate;

import dev.amends.api.Avoidance;
import dev.amends.api.PlaybookVersion;
import dev.amends.api.RecoveryPlan;
import dev.amends.api.Step;
import dev.amends.model.Channel;
import dev.amends.model.Incident;
import dev.amends.model.Timing;

import java.util.List;
import java.util.Objects;

/** A plan as the assembler made it; equal to another when they say the same, whichever version made them. */
record Plan(Incident incident, List<Step> steps, List<Avoidance> avoid, Timing respondWithin, Channel channel,
            PlaybookVersion playbook) implements RecoveryPlan {

    Plan {
        steps = List.copyOf(steps);
        avoid = List.copyOf(avoid);
        Objects.requireNonNull(playbook, "playbook");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Plan plan && Objects.equals(incident, plan.incident) && steps.equals(plan.steps)
                && avoid.equals(plan.avoid) && respondWithin == plan.respondWithin && channel == plan.channel;
    }

    @Override
    public int hashCode() {
        return Objects.hash(incident, steps, avoid, respondWithin, channel);
    }

    /** One step as the assembler placed and worded it, and when it falls due, if the incident says when it was reported. */
    record PlannedStep(int order, dev.amends.model.Stage stage, dev.amends.model.Phase phase, dev.amends.model.ActionKind action,
                       String wording, Timing timing, dev.amends.model.OwnerKind owner, String rule, String why,
                       java.util.Optional<java.time.ZonedDateTime> due) implements Step {

        /** A step without a due date, for an incident that does not say when it was reported. */
        PlannedStep(int order, dev.amends.model.Stage stage, dev.amends.model.Phase phase, dev.amends.model.ActionKind action,
                    String wording, Timing timing, dev.amends.model.OwnerKind owner, String rule, String why) {
            this(order, stage, phase, action, wording, timing, owner, rule, why, java.util.Optional.empty());
        }
    }

    /** One thing to avoid as the assembler worded it. */
    record PlannedAvoidance(dev.amends.model.AvoidKind what, String why, String rule) implements Avoidance {
    }
}
