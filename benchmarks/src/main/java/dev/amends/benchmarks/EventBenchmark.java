package dev.amends.benchmarks;

import dev.amends.api.RecoveryAdvisor;
import dev.amends.api.RecoveryPlan;
import dev.amends.api.Step;
import dev.amends.model.CustomerMood;
import dev.amends.model.Event;
import dev.amends.model.Finding;
import dev.amends.model.Incident;
import dev.amends.testing.space.RevisionCheck;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 12's speed goal, side by side in one run: a plan revised by {@value #EVENTS} events against
 * the same incident without events, both with a report time and time zone (so both get due dates).
 * Each pair is measured on incidents the advisor has not seen (every plan evaluated by the rules: a
 * sample of {@value PlanBenchmark#FIRST_SEEN_INCIDENTS} incidents per thread, more than the plan cache
 * holds) and on {@value PlanBenchmark#INCIDENTS} recurring ones (answered from the plan cache).
 * <p>
 * An incident's events, an hour apart from the day after its report: its plan's steps done in plan
 * order (a remedy accepted, any other step succeeded), then, past its last step, a reply, the
 * investigation closed and the mistake again, over and over, until there are {@value #EVENTS}.
 */
public class EventBenchmark {

    static final int EVENTS = 20;

    /** When every sampled incident was reported, and the advisor's clock, a month later. */
    static final OffsetDateTime REPORTED_AT = RevisionCheck.REPORTED_AT;
    static final Clock LATER = Clock.fixed(REPORTED_AT.plusDays(30).toInstant(), ZoneOffset.UTC);

    /**
     * The default playbook, precompiled, its clock a month after the reports; a generous evaluation
     * time limit, so that a machine shared with other work does not stop a plan.
     */
    @State(Scope.Benchmark)
    public static class Advisor {
        RecoveryAdvisor advisor;

        @Setup
        public void setUp() {
            advisor = RecoveryAdvisor.builder().defaultPlaybook().clock(LATER).evaluationTimeLimit(Duration.ofMinutes(1)).build();
        }
    }

    /** Incidents with and without their events, the same facts at the same index; each thread its own copy and place. */
    @State(Scope.Thread)
    public static class Sample {
        Incident[] plain;
        Incident[] revised;
        private int next;
        private int mask;

        void fill(RecoveryAdvisor advisor, int size, long seed) {
            Incident[] sample = PlanBenchmark.sample(size);
            plain = new Incident[size];
            revised = new Incident[size];
            for (int i = 0; i < size; i++) {
                plain[i] = sample[i].toBuilder().reportedAt(REPORTED_AT).timeZone(RevisionCheck.TIME_ZONE).build();
                revised[i] = plain[i].toBuilder().events(events(advisor.recommend(plain[i]))).build();
            }
            // Leaves the plan cache full of incidents never asked again, so that no plain one asked above is found there.
            for (int i = 0; i < 4096; i++) {
                advisor.recommend(sample[i % size].toBuilder().reportedAt(REPORTED_AT)
                        .event(Event.recurred(REPORTED_AT.plusMinutes(1 + i / size))).build());
            }
            mask = size - 1;
            next = (int) (Thread.currentThread().getId() * seed) & mask;
        }

        int next() {
            int at = next;
            next = (next + 1) & mask;
            return at;
        }
    }

    /** Incidents new to the advisor: more than its plan cache holds. */
    @State(Scope.Thread)
    public static class FirstSeen extends Sample {
        @Setup
        public void setUp(Advisor advisor) {
            fill(advisor.advisor, PlanBenchmark.FIRST_SEEN_INCIDENTS, 7877);
        }
    }

    /** Incidents the advisor has seen before. */
    @State(Scope.Thread)
    public static class Recurring extends Sample {
        @Setup
        public void setUp(Advisor advisor) {
            fill(advisor.advisor, PlanBenchmark.INCIDENTS, 389);
        }
    }

    /** The {@value #EVENTS} events of an incident whose plan, without events, is {@code plan}. */
    static List<Event> events(RecoveryPlan plan) {
        List<Event> events = new ArrayList<>(EVENTS);
        OffsetDateTime at = REPORTED_AT.plusDays(1);
        for (Step step : plan.steps()) {
            if (events.size() == EVENTS) {
                return events;
            }
            events.add(Event.stepDone(at.plusHours(events.size()), step.action(), RevisionCheck.outcomes(step.action()).get(0)));
        }
        while (events.size() < EVENTS) {
            OffsetDateTime when = at.plusHours(events.size());
            events.add(switch (events.size() % 3) {
                case 0 -> Event.customerReplied(when, CustomerMood.CALM);
                case 1 -> Event.investigationClosed(when, Finding.OUR_PROCESS);
                default -> Event.recurred(when);
            });
        }
        return events;
    }

    /** An incident without events the advisor has not seen: the baseline. */
    @Benchmark
    public RecoveryPlan firstSeenWithoutEvents(Advisor advisor, FirstSeen sample) {
        return advisor.advisor.recommend(sample.plain[sample.next()]);
    }

    /** The same incidents, each revised by its {@value #EVENTS} events. */
    @Benchmark
    public RecoveryPlan firstSeenWith20Events(Advisor advisor, FirstSeen sample) {
        return advisor.advisor.recommend(sample.revised[sample.next()]);
    }

    /** A recurring incident without events (plan cache): the baseline. */
    @Benchmark
    public RecoveryPlan recurringWithoutEvents(Advisor advisor, Recurring sample) {
        return advisor.advisor.recommend(sample.plain[sample.next()]);
    }

    /** The same recurring incidents, each with its {@value #EVENTS} events (plan cache). */
    @Benchmark
    public RecoveryPlan recurringWith20Events(Advisor advisor, Recurring sample) {
        return advisor.advisor.recommend(sample.revised[sample.next()]);
    }
}
