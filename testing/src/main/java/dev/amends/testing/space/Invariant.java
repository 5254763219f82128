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
 * {@link #of(String, BiPredicate)}, or {@link #explained(String, BiFunction)} to say in your own
 * words what is wrong, and add it to a {@link WholeSpaceCheck}.
 */
public interface Invariant {

    /** What must hold, as a person would say it. */
    String name();

    /** Why this plan breaks the invariant, or empty when it holds. */
    Optional<String> violation(Incident incident, RecoveryPlan plan);

    /**
     * An invariant that holds when {@code holds} answers true. The problem of a plan that breaks it
     * is the plan: {@code the plan is TAKE_OWNERSHIP, FIX, FOLLOW_UP; first contact TODAY by PHONE}.
     * Use {@link #explained} to say more precisely what is wrong.
     */
    static Invariant of(String name, BiPredicate<Incident, RecoveryPlan> holds) {
        Objects.requireNonNull(holds, "holds");
        return explained(name, (incident, plan) -> holds.test(incident, plan) ? null
                : "the plan is " + plan.actions().stream().map(a -> a.name()).collect(Collectors.joining(", "))
                        + "; first contact " + plan.respondWithin() + " by " + plan.channel());
    }

    /**
     * An invariant whose check answers null when it holds, and otherwise why not, in words of your
     * own: {@code (incident, plan) -> plan.has(Action.FIX) ? null : "no FIX step"}.
     */
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
