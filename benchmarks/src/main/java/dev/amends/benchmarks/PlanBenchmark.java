package dev.amends.benchmarks;

import dev.amends.api.RecoveryAdvisor;
import dev.amends.model.Action;
import dev.amends.model.Incident;
import dev.amends.api.RecoveryPlan;
import dev.amends.testing.space.InputSpace;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

import java.util.List;

/**
 * One warm plan, evaluated each way side by side: the advisor as shipped (with recurring facts, and
 * with facts it has not seen), and the session strategies it could use, on the precompiled and on the
 * DRL-compiled rule base; and the plain Java floor. Every thread cycles through the same
 * {@value #INCIDENTS} incidents spread over the whole input space, names filled in, each thread from
 * its own starting point; {@code advisorFirstSeen} through {@value #FIRST_SEEN_INCIDENTS} of them.
 */
public class PlanBenchmark {

    static final int INCIDENTS = 1024;

    /** More distinct incidents than the advisor's plan cache holds, so that none is found there. */
    static final int FIRST_SEEN_INCIDENTS = 65_536;

    /** Incidents spread evenly over every combination of facts, with names for the wording. */
    static final Incident[] SAMPLE = sample(INCIDENTS);

    static Incident[] sample(int size) {
        Incident[] sample = new Incident[size];
        int stride = InputSpace.size() / size;
        for (int i = 0; i < size; i++) {
            sample[i] = InputSpace.at(i * stride + (i * 7919) % stride).toBuilder()
                    .contact("Dr. Amara Osei").rep("Jonas Weber").account("St. Brigid's Orthopaedics")
                    .product("4.5 mm locking plates").id("INC-" + i).build();
        }
        return sample;
    }

    /** The rule base (and only what the running benchmark needs of it), shared by all threads. */
    @State(Scope.Benchmark)
    public static class Playbook {
        @Param({"PRECOMPILED", "DRL"})
        public Engines.Build build;

        RecoveryAdvisor advisor;
        Engines.Rules rules;
        Engines.Planner newSession;
        Engines.Planner pooled;

        @Setup
        public void setUp(BenchmarkParams params) {
            String benchmark = params.getBenchmark();
            if (benchmark.contains(".advisor")) {
                advisor = Engines.advisor(build);
            } else {
                rules = Engines.rules(build);
                newSession = rules.newSessionPerPlan();
                pooled = rules.pooledSessions(4);
            }
        }
    }

    /** A stateless session per thread: its globals are shared by the plans it runs. */
    @State(Scope.Thread)
    public static class Stateless {
        Engines.Planner planner;

        @Setup
        public void setUp(Playbook playbook) {
            if (playbook.rules != null) {
                planner = playbook.rules.statelessSession();
            }
        }
    }

    /** Where a thread is in the sample. */
    @State(Scope.Thread)
    public static class Cursor {
        private int next;

        @Setup
        public void setUp() {
            next = (int) (Thread.currentThread().getId() * 389) & (INCIDENTS - 1);
        }

        Incident next() {
            Incident incident = SAMPLE[next];
            next = (next + 1) & (INCIDENTS - 1);
            return incident;
        }
    }

    /** Where a thread is in a sample too large for the plan cache; each thread has its own. */
    @State(Scope.Thread)
    public static class FirstSeen {
        private Incident[] incidents;
        private int next;

        @Setup
        public void setUp() {
            incidents = sample(FIRST_SEEN_INCIDENTS);
            next = (int) (Thread.currentThread().getId() * 7877) & (FIRST_SEEN_INCIDENTS - 1);
        }

        Incident next() {
            Incident incident = incidents[next];
            next = (next + 1) & (FIRST_SEEN_INCIDENTS - 1);
            return incident;
        }
    }

    /** The advisor as shipped, {@code RecoveryAdvisor.recommend}, asked about recurring facts (plan cache hits). */
    @Benchmark
    public RecoveryPlan advisor(Playbook playbook, Cursor cursor) {
        return playbook.advisor.recommend(cursor.next());
    }

    /** The advisor as shipped, every incident's facts new to it: each plan is evaluated by the rules. */
    @Benchmark
    public RecoveryPlan advisorFirstSeen(Playbook playbook, FirstSeen cursor) {
        return playbook.advisor.recommend(cursor.next());
    }

    /** A new stateful session per plan. */
    @Benchmark
    public RecoveryPlan newSession(Playbook playbook, Cursor cursor) {
        return playbook.newSession.plan(cursor.next());
    }

    /** Sessions from Drools' session pool, reset on dispose. */
    @Benchmark
    public RecoveryPlan pooledSession(Playbook playbook, Cursor cursor) {
        return playbook.pooled.plan(cursor.next());
    }

    /** Drools' stateless session, one per thread: the baseline. */
    @Benchmark
    public RecoveryPlan statelessSession(Stateless stateless, Cursor cursor) {
        return stateless.planner.plan(cursor.next());
    }

    /** The precompiled rule base only, for the benchmarks that take a plan apart. */
    @State(Scope.Benchmark)
    public static class PrecompiledRules {
        Engines.Rules rules;

        @Setup
        public void setUp() {
            rules = Engines.rules(Engines.Build.PRECOMPILED);
        }
    }

    /** Part of a plan: a session created and disposed, nothing inserted. */
    @Benchmark
    public long partSessionOnly(PrecompiledRules rules) {
        return rules.rules.emptySession();
    }

    /** Part of a plan: a new session per plan, the rules fired, but no plan assembled. */
    @Benchmark
    public Object partRulesOnly(PrecompiledRules rules, Cursor cursor) {
        return rules.rules.rulesOnly(cursor.next());
    }

    /** The floor: a few of the decisions in plain Java. */
    @Benchmark
    public List<Action> plainJava(Cursor cursor) {
        return PlainJavaPlaybook.actions(cursor.next());
    }
}
