package dev.amends.benchmarks;

import dev.amends.evaluate.PlanAssembler;
import dev.amends.api.PlaybookVersion;
import dev.amends.evaluate.Draft;
import dev.amends.api.PlaybookCompilationException;
import dev.amends.compile.PlaybookCompiler;
import dev.amends.api.PlaybookProblem;
import dev.amends.vocabulary.PlaybookVocabulary;
import dev.amends.compile.PrecompiledPlaybook;
import dev.amends.api.RecoveryAdvisor;
import dev.amends.compile.RuleFile;
import dev.amends.compile.RuleSource;
import dev.amends.model.Incident;
import dev.amends.api.RecoveryPlan;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Benchmark access to the engine's insides (through the internal evaluate package's public seams): the default
 * playbook's rule base built either way, and the session strategies the advisor could use, each
 * doing the advisor's work for one plan (a fresh draft as the {@code plan} global, a listener that
 * tells the draft which rule writes, the firing limit, the assembled plan).
 */
public final class Engines {

    private static final int FIRING_LIMIT = 10_000;

    private Engines() {
    }

    /** How the default playbook's rule base is made. */
    public enum Build {
        /** The executable model the build generated: no DRL compiled at start. */
        PRECOMPILED,
        /** The DRL compiled at start, as for an analyst's folder. */
        DRL
    }

    /** One way to evaluate a plan: what a thread calls per incident. */
    public interface Planner {
        RecoveryPlan plan(Incident incident);
    }

    /** The default playbook's rule files, as on the classpath. */
    public static List<RuleFile> defaultFiles() {
        List<PlaybookProblem> problems = new ArrayList<>();
        List<RuleFile> files = new RuleSource.DefaultPlaybook().read(problems);
        if (!problems.isEmpty()) {
            throw new PlaybookCompilationException(problems);
        }
        return files;
    }

    /** The default playbook's rule base and rule locations, made one way. */
    public static Rules rules(Build build) {
        List<RuleFile> files = defaultFiles();
        PlaybookCompiler.Compiled compiled = build == Build.PRECOMPILED
                ? PrecompiledPlaybook.load(files).orElseThrow(() -> new IllegalStateException(
                "no precompiled playbook on the classpath; build amends-rules with Maven first"))
                : PlaybookCompiler.compile(files, List.of());
        return new Rules(compiled.kieBase(), compiled.ruleLocations());
    }

    /** An advisor on the default playbook, made one way: the real API, whatever strategy it ships with. */
    public static RecoveryAdvisor advisor(Build build) {
        if (build == Build.PRECOMPILED) {
            return RecoveryAdvisor.withDefaultPlaybook();
        }
        RecoveryAdvisor.Builder builder = RecoveryAdvisor.builder();
        defaultFiles().forEach(file -> builder.rules(file.name(), file.text()));
        return builder.build();
    }

    /** A rule base with where each of its rules is written. */
    public record Rules(KieBase kieBase, Map<String, String> ruleLocations) {

        /** A new stateful session for every plan, disposed after it. */
        public Planner newSessionPerPlan() {
            return withSessionsFrom(kieBase::newKieSession);
        }

        /** Sessions taken from Drools' pool; disposing one resets it and returns it to the pool. */
        public Planner pooledSessions(int initialSize) {
            KieSessionsPool pool = kieBase.newKieSessionsPool(initialSize);
            return withSessionsFrom(pool::newKieSession);
        }

        /**
         * The rules alone, to see what the rest costs: what {@link #newSessionPerPlan()} does but assemble
         * the plan (a new session, the draft as its global, the listener that tells the draft which rule
         * writes, the incident inserted, the rules fired, the session disposed).
         */
        public Object rulesOnly(Incident incident) {
            return fire(kieBase.newKieSession(), incident);
        }

        /** A session created and disposed, nothing inserted. */
        public long emptySession() {
            KieSession session = kieBase.newKieSession();
            long id = session.getIdentifier();
            session.dispose();
            return id;
        }

        private Planner withSessionsFrom(Supplier<KieSession> sessions) {
            return incident -> PlanAssembler.assemble(fire(sessions.get(), incident), incident, ruleLocations, PlaybookVersion.NONE);
        }

        /** The draft the rules write for the incident in this session, which is disposed after. */
        private Draft fire(KieSession session, Incident incident) {
            Draft draft = new Draft(PlaybookVocabulary.BUILT_IN);
            try {
                run(session, draft, incident);
            } finally {
                session.dispose();
            }
            return draft;
        }

        /**
         * Drools' stateless session, the baseline: one per calling thread (its globals are shared by
         * the plans it runs), the draft set as the global before each plan.
         */
        public Planner statelessSession() {
            StatelessKieSession stateless = kieBase.newStatelessKieSession();
            stateless.addEventListener(new DraftTracker(null));
            return incident -> {
                Draft draft = new Draft(PlaybookVocabulary.BUILT_IN);
                stateless.setGlobal(PlaybookCompiler.PLAN_GLOBAL, draft);
                stateless.execute(incident);
                return PlanAssembler.assemble(draft, incident, ruleLocations, PlaybookVersion.NONE);
            };
        }

        private static void run(KieSession session, Draft draft, Incident incident) {
            session.setGlobal(PlaybookCompiler.PLAN_GLOBAL, draft);
            session.addEventListener(new DraftTracker(draft));
            session.insert(incident);
            if (session.fireAllRules(FIRING_LIMIT + 1) > FIRING_LIMIT) {
                throw new IllegalStateException("runaway rules");
            }
        }
    }

    /** Tells the draft which rule is writing; finds the draft through the global when given none. */
    static final class DraftTracker extends DefaultAgendaEventListener {
        private final Draft draft;

        DraftTracker(Draft draft) {
            this.draft = draft;
        }

        private Draft draft(org.kie.api.runtime.KieRuntime runtime) {
            return draft != null ? draft : (Draft) runtime.getGlobal(PlaybookCompiler.PLAN_GLOBAL);
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            draft(event.getKieRuntime()).firing(event.getMatch().getRule().getName());
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            draft(event.getKieRuntime()).fired();
        }
    }
}
