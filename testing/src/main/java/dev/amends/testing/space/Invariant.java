package dev.amends.testing.space;

import dev.amends.model.Incident;
import dev.amends.api.RecoveryPlan;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

/**
 * Something that must hold for the plan of every incident. Write your own with
 * {@link #of(String, BiPredicate)}, or {@link #explained(String, BiFunction)} to say in your own
 * words what is wrong, and add it to a {@link WholeSpaceCheck}. Say which facts of the incident it
 * reads with {@link #reading}: the check then asks it once for each class of combinations that the
 * rules, and those facts, cannot tell apart; an invariant that does not say is asked about every
 * combination of each class.
 */
public interface Invariant {

    /** What must hold, as a person would say it. */
    String name();

    /** Why this plan breaks the invariant, or empty when it holds. */
    Optional<String> violation(Incident incident, RecoveryPlan plan);

    /**
     * The facts of the incident (dimension names of the {@link InputSpace}) whose values its verdict
     * may depend on, besides the plan; empty when it does not say, which counts as every fact.
     */
    default Optional<Set<String>> reads() {
        return Optional.empty();
    }

    /**
     * This invariant, saying that its verdict depends on no fact of the incident but these (and the
     * plan): {@code Invariant.of("...", (i, p) -> ...).reading("customerMood")}. A fact read but not
     * named here makes the check's counts wrong, so name every fact the check reads.
     */
    default Invariant reading(String... facts) {
        Invariant self = this;
        Set<String> read = Set.of(facts);
        return new Invariant() {
            @Override
            public String name() {
                return self.name();
            }

            @Override
            public Optional<String> violation(Incident incident, RecoveryPlan plan) {
                return self.violation(incident, plan);
            }

            @Override
            public Optional<Set<String>> reads() {
                return Optional.of(read);
            }
        };
    }

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
