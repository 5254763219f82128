package dev.amends.api;

import dev.amends.model.*;
import dev.amends.model.ActionKind;
import dev.amends.api.PlaybookVersion;
import dev.amends.api.RecoveryPlan;
import dev.amends.api.Step;

import java.util.List;
import java.util.Optional;

/**
 * A plan together with how it was made: every rule that fired, with the facts it matched, and
 * every recommended step that another rule dropped, with the reason.
 *
 * @param plan    the plan, exactly as {@link RecoveryAdvisor#recommend} returns it
 * @param firings the rules that fired, in name order, each once however often it fired
 * @param dropped the steps rules recommended that other rules dropped, in action order
 */
public record Explanation(RecoveryPlan plan, List<Firing> firings, List<DroppedStep> dropped) {

    public Explanation {
        firings = List.copyOf(firings);
        dropped = List.copyOf(dropped);
    }

    /** The playbook version that made the plan. */
    public PlaybookVersion playbook() {
        return plan.playbook();
    }

    /** The firing of the rule that recommended this step. */
    public Optional<Firing> firingBehind(Step step) {
        return firing(step.rule());
    }

    /** The firing of the rule of this name, if it fired. */
    public Optional<Firing> firing(String rule) {
        return firings.stream().filter(f -> f.rule().name().equals(rule)).findFirst();
    }

    /**
     * A rule that fired.
     *
     * @param rule    the rule, with where it is written and its conditions
     * @param times   how often it fired
     * @param matched the facts its conditions matched, such as {@code Incident(faultOwner=REP)}
     */
    public record Firing(PlaybookRule rule, int times, List<String> matched) {
        public Firing {
            matched = List.copyOf(matched);
        }
    }

    /**
     * A step that was recommended and then dropped.
     *
     * @param action     the dropped action
     * @param wording    what the step would have said
     * @param proposedBy the rule that recommended it
     * @param droppedBy  the rule that dropped it
     * @param why        the reason the dropping rule gave
     */
    public record DroppedStep(ActionKind action, String wording, String proposedBy, String droppedBy, String why) {
    }
}
