package dev.amends.api;


import java.util.List;
import java.util.Optional;

/**
 * A plan together with how it was made: every rule that fired, with the facts it matched, and
 * every recommended step that another rule dropped, with the reason. Immutable.
 */
public interface Explanation {

    /** The plan, exactly as {@link RecoveryAdvisor#recommend} returns it. */
    RecoveryPlan plan();

    /** The rules that fired, in name order, each once however often it fired. */
    List<Firing> firings();

    /** The steps rules recommended that other rules dropped, in action order. */
    default List<DroppedStep> dropped() {
        return plan().dropped();
    }

    /** The playbook version that made the plan. */
    default PlaybookVersion playbook() {
        return plan().playbook();
    }

    /** The firing of the rule that recommended this step. */
    default Optional<Firing> firingBehind(Step step) {
        return firing(step.rule());
    }

    /** The firing of the rule of this name, if it fired. */
    default Optional<Firing> firing(String rule) {
        return firings().stream().filter(f -> f.rule().name().equals(rule)).findFirst();
    }

    /** A rule that fired. */
    interface Firing {

        /** The rule, with where it is written and its conditions. */
        PlaybookRule rule();

        /** How often it fired. */
        int times();

        /** The facts its conditions matched, such as {@code Incident(faultOwner=REP)}. */
        List<String> matched();

        /** The events among the facts it matched: what it reacted to, in the order matched; none for a rule about the incident alone. */
        default List<dev.amends.model.Event> events() {
            return List.of();
        }
    }
}
