package dev.amends.spring.boot;

import dev.amends.api.Explanation;
import dev.amends.api.RecoveryAdvisor;
import dev.amends.model.Incident;
import dev.amends.api.RecoveryPlan;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

import java.util.Objects;

/**
 * The application's {@link RecoveryAdvisor} with every plan and explanation observed through
 * Micrometer's Observation API: with Spring Boot's actuator, {@value #PLANS} is a timer of plans
 * (count and latency), tagged {@value #CACHE} {@code hit} or {@code miss} and, when a plan fails,
 * {@code error}; {@value #EXPLANATIONS} likewise for explanations. Inject this instead of the
 * advisor itself to have plans counted; both answer the same.
 */
public final class ObservedRecoveryAdvisor {

    /** The observation (and timer) of {@link #recommend}. */
    public static final String PLANS = "amends.plans";
    /** The observation (and timer) of {@link #explain}. */
    public static final String EXPLANATIONS = "amends.explanations";
    /** The key that says whether a plan came from the plan cache: {@code hit} or {@code miss}. */
    public static final String CACHE = "amends.cache";

    private final RecoveryAdvisor advisor;
    private final ObservationRegistry registry;

    /** Observes the advisor's plans in the registry. */
    public ObservedRecoveryAdvisor(RecoveryAdvisor advisor, ObservationRegistry registry) {
        this.advisor = Objects.requireNonNull(advisor, "advisor");
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** The plan for an incident, as {@link RecoveryAdvisor#recommend} makes it, observed. */
    public RecoveryPlan recommend(Incident incident) {
        String cache = advisor.hasCachedPlan(incident) ? "hit" : "miss";
        return Observation.createNotStarted(PLANS, registry)
                .contextualName("amends recommend")
                .lowCardinalityKeyValue(CACHE, cache)
                .observe(() -> advisor.recommend(incident));
    }

    /** How the plan for an incident was made, as {@link RecoveryAdvisor#explain} tells it, observed. */
    public Explanation explain(Incident incident) {
        return Observation.createNotStarted(EXPLANATIONS, registry)
                .contextualName("amends explain")
                .observe(() -> advisor.explain(incident));
    }

    /** The advisor itself: its playbook, rules and reloads. */
    public RecoveryAdvisor advisor() {
        return advisor;
    }
}
