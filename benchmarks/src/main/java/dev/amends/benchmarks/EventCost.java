package dev.amends.benchmarks;

import dev.amends.api.RecoveryAdvisor;
import dev.amends.api.RecoveryPlan;
import dev.amends.model.Incident;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * {@link EventBenchmark}'s pairs measured in CPU time rather than wall time, for a machine shared
 * with other work, where a thread's wall time depends on how often it is let run: the two sides of
 * each pair alternate in blocks of {@value #BLOCK} plans, each block timed with this thread's CPU
 * clock, so that both meet the same load. {@code java -cp benchmarks/target/benchmarks.jar
 * dev.amends.benchmarks.EventCost [ROUNDS]}: the first half of the rounds warms up, the second is reported.
 */
public final class EventCost {

    static final int BLOCK = 1024;

    private EventCost() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        EventBenchmark.Advisor advisor = new EventBenchmark.Advisor();
        advisor.setUp();
        EventBenchmark.FirstSeen firstSeen = new EventBenchmark.FirstSeen();
        firstSeen.setUp(advisor);
        EventBenchmark.Recurring recurring = new EventBenchmark.Recurring();
        recurring.setUp(advisor);
        report("first seen", advisor.advisor, firstSeen, rounds);
        report("recurring", advisor.advisor, recurring, rounds);
    }

    private static void report(String name, RecoveryAdvisor advisor, EventBenchmark.Sample sample, int rounds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long plainNanos = 0;
        long revisedNanos = 0;
        long plans = 0;
        int sink = 0;
        for (int round = 0; round < rounds; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < BLOCK; i++) {
                sink += plan(advisor, sample.plain[sample.next()]);
            }
            long middle = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < BLOCK; i++) {
                sink += plan(advisor, sample.revised[sample.next()]);
            }
            long end = threads.getCurrentThreadCpuTime();
            if (round >= rounds / 2) {
                plainNanos += middle - start;
                revisedNanos += end - middle;
                plans += BLOCK;
            }
        }
        System.out.printf(Locale.ROOT, "%s: without events %.1f µs CPU a plan, with %d events %.1f µs: %.2f times (%d plans each; %d)%n",
                name, plainNanos / 1000.0 / plans, EventBenchmark.EVENTS, revisedNanos / 1000.0 / plans,
                (double) revisedNanos / plainNanos, plans, sink & 1);
    }

    private static int plan(RecoveryAdvisor advisor, Incident incident) {
        RecoveryPlan plan = advisor.recommend(incident);
        return plan.steps().size();
    }
}
