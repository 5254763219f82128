package dev.amends.testing.space;

import dev.amends.model.Incident;
import dev.amends.model.RecoveryPlan;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

/**
 * Something that must hold for the plan of every incident. Write your own with
 * {@link #of(String, BiPredicate)} and add it to a {@link WholeSpaceCheck}.
 */
public interface Invariant {

    /** What must hold, as a person would say it. */
    String name();

    /** Why this plan breaks the invariant, or empty when it holds. */
    Optional<String> violation(Incident incident, RecoveryPlan plan);

    /**
     * An invariant that holds when {@code holds} answers true; a plan that breaks it is reported
     * with its steps. Use {@link #explained} to say more precisely what is wrong.
     */
    static Invariant of(String name, BiPredicate<Incident, RecoveryPlan> holds) {
        Objects.requireNonNull(holds, "holds");
        return explained(name, (incident, plan) -> holds.test(incident, plan) ? null
                : "not for the plan " + plan.actions().stream().map(Enum::name).collect(Collectors.joining(", ")));
    }

    /** An invariant whose check answers null when it holds, and otherwise why not. */
    static Invariant explained(String name, BiFunction<Incident, RecoveryPlan, String> problem) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(problem, "problem");
        return new Invariant() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<String> violation(Incident incident, RecoveryPlan plan) {
                return Optional.ofNullable(problem.apply(incident, plan));
            }
        };
    }
}
