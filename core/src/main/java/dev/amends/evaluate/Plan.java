package dev.amends.evaluate;

import dev.amends.api.Avoidance;
import dev.amends.api.DroppedStep;
import dev.amends.api.PlaybookVersion;
import dev.amends.api.RecoveryPlan;
import dev.amends.api.Step;
import dev.amends.model.ActionKind;
import dev.amends.model.AvoidKind;
import dev.amends.model.Channel;
import dev.amends.model.Event;
import dev.amends.model.Incident;
import dev.amends.model.NoReply;
import dev.amends.model.OwnerKind;
import dev.amends.model.Phase;
import dev.amends.model.Stage;
import dev.amends.model.StepDone;
import dev.amends.model.Timing;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A plan as the assembler made it; equal to another when they say the same, whichever version made them. */
record Plan(Incident incident, List<Step> steps, List<DroppedStep> dropped, List<Event> eventsWithoutStep, List<Avoidance> avoid,
            Timing respondWithin, Channel channel, PlaybookVersion playbook) implements RecoveryPlan {

    Plan {
        steps = List.copyOf(steps);
        dropped = List.copyOf(dropped);
        eventsWithoutStep = List.copyOf(eventsWithoutStep);
        avoid = List.copyOf(avoid);
        Objects.requireNonNull(playbook, "playbook");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Plan plan && Objects.equals(incident, plan.incident) && steps.equals(plan.steps)
                && dropped.equals(plan.dropped) && eventsWithoutStep.equals(plan.eventsWithoutStep) && avoid.equals(plan.avoid) && respondWithin == plan.respondWithin
                && channel == plan.channel;
    }

    @Override
    public int hashCode() {
        return Objects.hash(incident, steps, dropped, eventsWithoutStep, avoid, respondWithin, channel);
    }

    /**
     * One step as the assembler placed and worded it: when it falls due, if the incident says when it
     * was reported; the event that says it was done, if one does; whether it is overdue.
     */
    record PlannedStep(int order, Stage stage, Phase phase, ActionKind action, String wording, Timing timing, OwnerKind owner,
                       String rule, String why, Optional<ZonedDateTime> due, Optional<StepDone> done,
                       Optional<NoReply> unanswered, List<StepDone> reportedLater, boolean overdue)
            implements Step {

        PlannedStep {
            reportedLater = List.copyOf(reportedLater);
        }

        /** A step without a due date, for an incident that does not say when it was reported. */
        PlannedStep(int order, Stage stage, Phase phase, ActionKind action, String wording, Timing timing, OwnerKind owner,
                    String rule, String why) {
            this(order, stage, phase, action, wording, timing, owner, rule, why, Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                    false);
        }
    }

    /** A step the assembler left out because a rule dropped it. */
    record Dropped(ActionKind action, String wording, String proposedBy, String droppedBy, String why) implements DroppedStep {
    }

    /** One thing to avoid as the assembler worded it. */
    record PlannedAvoidance(AvoidKind what, String why, String rule) implements Avoidance {
    }
}
