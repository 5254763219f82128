package dev.amends.engine;

import dev.amends.model.Incident;
import dev.amends.model.RecoveryPlan;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * The entry point: turns an incident into a recovery plan. Build one once, with the rules compiled
 * up front, and share it: {@link #recommend(Incident)} is safe to call from any number of threads,
 * and the same incident always gets the same plan.
 *
 * <pre>{@code
 * RecoveryAdvisor advisor = RecoveryAdvisor.withDefaultPlaybook();
 * RecoveryPlan plan = advisor.recommend(incident);
 * }</pre>
 *
 * An advisor over a rules folder can {@link #reload()} it, or watch it ({@link Builder#watchFolders()}),
 * and swaps in a changed playbook only when it is clean; {@link #close()} stops the watching.
 */
public final class RecoveryAdvisor implements AutoCloseable {

    /** Where the default playbook's rule files are listed, one name a line, on the classpath. */
    public static final String DEFAULT_PLAYBOOK_INDEX = "dev/amends/playbook/playbook.index";

    private static final Pattern FAILED_CONSTRAINT = Pattern.compile(
            "^Error evaluating constraint '(.*)' in \\[Rule \"((?:[^\"\\\\]|\\\\.)*)\"", Pattern.DOTALL);

    private static final Pattern GENERATED_CLASS = Pattern.compile("\\bRule_([^\\s@:.]+)");

    private static final Logger LOG = LoggerFactory.getLogger(RecoveryAdvisor.class);

    /** One compiled playbook; requests take the current one when they start and keep it to the end. */
    private record Loaded(int version, KieBase kieBase, Map<String, String> ruleLocations,
                          Map<String, PlaybookRule> rules, boolean declaresPlan, PlanCache cache) {

        static Loaded of(int version, PlaybookCompiler.Compiled compiled) {
            return new Loaded(version, compiled.kieBase(), compiled.ruleLocations(), compiled.rules(),
                    PlaybookCompiler.declaresPlan(compiled.kieBase()), compiled.readsNoNames() ? new PlanCache() : null);
        }
    }

    private final PlaybookSources sources;
    private final AtomicReference<Loaded> playbook;
    private final int firingLimit;
    private final PlaybookListener listener;
    private final Object reloading = new Object();
    private final FolderWatcher watcher;

    private RecoveryAdvisor(PlaybookSources sources, PlaybookCompiler.Compiled first, int firingLimit,
                            PlaybookListener listener, boolean watch) {
        this.sources = sources;
        this.playbook = new AtomicReference<>(Loaded.of(1, first));
        this.firingLimit = firingLimit;
        this.listener = listener;
        this.watcher = watch ? FolderWatcher.start(sources.folders(), this::reloadQuietly) : null;
    }

    /**
     * An advisor running the default playbook, which must be on the classpath (artifact {@code amends-rules}).
     *
     * @throws PlaybookCompilationException if the playbook is missing or does not compile
     */
    public static RecoveryAdvisor withDefaultPlaybook() {
        return builder().defaultPlaybook().build();
    }

    /** A builder to choose the rules and limits of an advisor. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The recovery plan for an incident.
     *
     * @throws RuleEvaluationException naming the rule, if a rule's condition or consequence throws, a rule
     *                                 misuses the plan, or the rules keep firing past the firing limit
     */
    public RecoveryPlan recommend(Incident incident) {
        Objects.requireNonNull(incident, "incident");
        Loaded current = playbook.get();
        PlanCache cache = current.cache();
        PlanAssembler.Template template = cache == null ? null : cache.get(incident);
        if (template == null) {
            PlanDraft draft = new PlanDraft();
            evaluate(current, incident, new FiringTracker(draft, false));
            template = PlanAssembler.template(draft);
            if (cache != null) {
                cache.put(incident, template);
            }
        }
        return PlanAssembler.render(template, incident, current.ruleLocations());
    }

    /**
     * The plan for an incident with how it was made: which rules fired and what they matched, and
     * which recommended steps other rules dropped, and why. Slower than {@link #recommend}; meant for
     * people reviewing a playbook and for test tools.
     *
     * @throws RuleEvaluationException as {@link #recommend} does
     */
    public Explanation explain(Incident incident) {
        Objects.requireNonNull(incident, "incident");
        Loaded current = playbook.get();
        PlanDraft draft = new PlanDraft();
        FiringTracker tracker = new FiringTracker(draft, true);
        evaluate(current, incident, tracker);
        RecoveryPlan plan = PlanAssembler.assemble(draft, incident, current.ruleLocations());
        List<Explanation.Firing> firings = tracker.firings.keySet().stream().sorted()
                .map(name -> {
                    PlaybookRule rule = current.rules().getOrDefault(name, new PlaybookRule(name, "", ""));
                    return new Explanation.Firing(rule, tracker.firings.get(name),
                            MatchedFacts.describe(tracker.matched.getOrDefault(name, List.of()), rule.conditions()));
                })
                .toList();
        return new Explanation(plan, firings, PlanAssembler.dropped(draft, incident, current.ruleLocations()));
    }

    /** Every rule of the playbook now serving requests, in name order. */
    public List<PlaybookRule> rules() {
        return playbook.get().rules().values().stream().sorted(Comparator.comparing(PlaybookRule::name)).toList();
    }

    /** The version of the playbook now serving requests: 1 when built, one more with each applied reload. */
    public int version() {
        return playbook.get().version();
    }

    /**
     * Reads the rule sources again and compiles and checks them off the request path. Only a clean
     * playbook replaces the one serving requests, in one atomic step: requests already running
     * finish on the playbook they began with. A playbook with problems is rejected, logged and
     * reported to the listener, and the advisor keeps serving the one it had.
     */
    public ReloadResult reload() {
        synchronized (reloading) {
            int serving = playbook.get().version();
            PlaybookCompiler.Compiled compiled;
            try {
                compiled = sources.compile();
            } catch (PlaybookCompilationException e) {
                ReloadResult rejected = new ReloadResult(false, serving, e.problems());
                LOG.warn("The changed playbook was rejected; still serving version {}.\n{}", serving, e.getMessage());
                listener.rejected(rejected);
                return rejected;
            }
            Loaded next = Loaded.of(serving + 1, compiled);
            playbook.set(next);
            ReloadResult applied = new ReloadResult(true, next.version(), List.of());
            LOG.info("Playbook version {} now serves requests ({} rules)", next.version(), next.rules().size());
            listener.reloaded(applied);
            return applied;
        }
    }

    /** Stops watching the rule folders, if the advisor watches them; it keeps serving its playbook. */
    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
    }

    private void reloadQuietly() {
        try {
            reload();
        } catch (RuntimeException e) {
            LOG.error("Reloading the playbook failed; still serving version {}", version(), e);
        }
    }

    private void evaluate(Loaded current, Incident incident, FiringTracker tracker) {
        Map<String, String> ruleLocations = current.ruleLocations();
        KieSession session = current.kieBase().newKieSession();
        try {
            if (current.declaresPlan()) {
                session.setGlobal(PlaybookCompiler.PLAN_GLOBAL, tracker.draft);
            }
            session.addEventListener((AgendaEventListener) tracker);
            session.addEventListener((RuleRuntimeEventListener) tracker);
            session.insert(incident);
            int fired = session.fireAllRules(firingLimit == Integer.MAX_VALUE ? firingLimit : firingLimit + 1);
            if (fired > firingLimit) {
                throw runaway(tracker, ruleLocations);
            }
        } catch (ConsequenceException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String rule = e.getMatch().getRule().getName();
            throw new RuleEvaluationException(rule, ruleLocations.get(rule), "threw " + describe(cause), cause);
        } catch (PlaybookException e) {
            throw e;
        } catch (RuntimeException e) {
            throw conditionFailure(e, ruleLocations).orElseThrow(() -> e);
        } finally {
            session.dispose();
        }
    }

    /** The failure of a rule's condition, if this exception is one, naming the rule. */
    private static Optional<RuleEvaluationException> conditionFailure(RuntimeException e, Map<String, String> ruleLocations) {
        String message = String.valueOf(e.getMessage());
        Throwable cause = rootCause(e);
        Matcher constraint = FAILED_CONSTRAINT.matcher(message);
        if (constraint.find()) {
            String rule = constraint.group(2).replaceAll("\\\\(.)", "$1");
            return Optional.of(new RuleEvaluationException(rule, ruleLocations.get(rule),
                    "its condition '" + constraint.group(1) + "' threw " + describe(cause), e));
        }
        Matcher generated = GENERATED_CLASS.matcher(message);
        while (generated.find()) {
            String className = generated.group(1);
            Optional<String> rule = ruleLocations.keySet().stream()
                    .filter(name -> {
                        String prefix = javaIdentifierOf(name);
                        return className.startsWith(prefix) && className.length() > prefix.length()
                                && Character.isDigit(className.charAt(prefix.length()));
                    })
                    .max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder()));
            if (rule.isPresent()) {
                return Optional.of(new RuleEvaluationException(rule.get(), ruleLocations.get(rule.get()),
                        "its condition threw " + describe(cause), e));
            }
        }
        return Optional.empty();
    }

    /** A rule name as Drools spells it in the names of the classes it generates for the rule. */
    private static String javaIdentifierOf(String rule) {
        StringBuilder out = new StringBuilder(rule.length());
        rule.codePoints().forEach(c -> {
            if (c == ' ') {
                out.append('_');
            } else if (Character.isJavaIdentifierPart(c) && c != '$') {
                out.appendCodePoint(c);
            } else {
                out.append("$u").append(c).append('$');
            }
        });
        return out.toString();
    }

    /**
     * Names the rule behind a runaway plan: the rule that updated facts most often (an update lets
     * every rule on that fact match again, the usual loop), else the one that inserted or deleted
     * facts most often, else the one that fired most often.
     */
    private RuleEvaluationException runaway(FiringTracker tracker, Map<String, String> ruleLocations) {
        Optional<Map.Entry<String, Integer>> updater = FiringTracker.top(tracker.updates);
        Optional<Map.Entry<String, Integer>> changer = updater.isPresent() ? updater : FiringTracker.top(tracker.insertsAndDeletes);
        if (changer.isPresent()) {
            String rule = changer.get().getKey();
            return new RuleEvaluationException(rule, ruleLocations.get(rule),
                    "kept firing: the plan was stopped after more than " + firingLimit + " rule firings (the firing limit). "
                            + "This rule " + (updater.isPresent() ? "updated" : "inserted or deleted") + " facts "
                            + changer.get().getValue() + " times, and each change lets rules "
                            + "match again; make its change undo its own match (or add no-loop), or raise firingLimit "
                            + "if the playbook really needs that many firings", null);
        }
        Map.Entry<String, Integer> fired = FiringTracker.top(tracker.firings).orElse(Map.entry("(unknown)", 0));
        return new RuleEvaluationException(fired.getKey(), ruleLocations.get(fired.getKey()),
                "kept firing: the plan was stopped after more than " + firingLimit + " rule firings (the firing limit), "
                        + fired.getValue() + " of them by this rule; raise firingLimit if the playbook really needs "
                        + "that many firings", null);
    }

    private static String describe(Throwable t) {
        String name = t.getClass().getSimpleName().isEmpty() ? t.getClass().getName() : t.getClass().getSimpleName();
        return t.getMessage() == null || t.getMessage().isBlank() ? name : name + ": " + t.getMessage();
    }

    private static Throwable rootCause(Throwable t) {
        Throwable root = t;
        Set<Throwable> seen = new HashSet<>();
        while (root.getCause() != null && seen.add(root)) {
            root = root.getCause();
        }
        return root;
    }

    /**
     * Tells the draft which rule is writing to it, and counts, per rule, its firings and the facts
     * its consequences inserted or changed, to name the rule behind a runaway plan.
     */
    private static final class FiringTracker extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
        private final PlanDraft draft;
        private final boolean recordMatches;
        private final Map<String, Integer> firings = new HashMap<>();
        private final Map<String, Integer> updates = new HashMap<>();
        private final Map<String, Integer> insertsAndDeletes = new HashMap<>();
        private final Map<String, List<Object>> matched = new HashMap<>();

        FiringTracker(PlanDraft draft, boolean recordMatches) {
            this.draft = draft;
            this.recordMatches = recordMatches;
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            String rule = event.getMatch().getRule().getName();
            firings.merge(rule, 1, Integer::sum);
            if (recordMatches) {
                matched.putIfAbsent(rule, List.copyOf(event.getMatch().getObjects()));
            }
            draft.firing(rule);
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            draft.fired();
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            count(insertsAndDeletes, event.getRule());
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            count(updates, event.getRule());
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            count(insertsAndDeletes, event.getRule());
        }

        private static void count(Map<String, Integer> counts, Rule rule) {
            if (rule != null) {
                counts.merge(rule.getName(), 1, Integer::sum);
            }
        }

        /** The rule with the highest count, the first by name among equals. */
        static Optional<Map.Entry<String, Integer>> top(Map<String, Integer> counts) {
            return counts.entrySet().stream()
                    .min(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        }
    }

    /** Chooses the rules and limits of an advisor; {@link #build()} compiles and checks them. */
    public static final class Builder {
        private final List<RuleSource> sources = new ArrayList<>();
        private int firingLimit = 10_000;
        private PlaybookListener listener = new PlaybookListener() { };
        private boolean watch;

        private Builder() {
        }

        /**
         * Adds the default playbook's rule files. A rule added any other way replaces the default rule of the same name.
         *
         * @throws IllegalStateException if the default playbook was already added
         */
        public Builder defaultPlaybook() {
            if (sources.stream().anyMatch(RuleSource::isDefault)) {
                throw new IllegalStateException("defaultPlaybook() was already called; the default playbook can be added once");
            }
            sources.add(new RuleSource.DefaultPlaybook());
            return this;
        }

        /** Adds every {@code .drl} file in a folder, in name order; the folder is read again on each reload. */
        public Builder rulesFrom(Path folder) {
            sources.add(new RuleSource.Folder(Objects.requireNonNull(folder, "folder")));
            return this;
        }

        /** Adds one rule file given as text; {@code name} is what errors report as its file. */
        public Builder rules(String name, String drl) {
            sources.add(new RuleSource.Text(new RuleFile(name, drl)));
            return this;
        }

        /**
         * The most rule firings one plan may take before the advisor stops it as a runaway rule.
         * Defaults to 10,000. It counts firings, so it cannot stop a consequence that never returns.
         */
        public Builder firingLimit(int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException("firingLimit must be at least 1, was " + limit);
            }
            this.firingLimit = limit;
            return this;
        }

        /**
         * Watches the folders given to {@link #rulesFrom} and reloads when a rule file in them changes
         * (see {@link RecoveryAdvisor#reload()}). {@link RecoveryAdvisor#close()} stops the watching.
         */
        public Builder watchFolders() {
            this.watch = true;
            return this;
        }

        /** Hears the outcome of every reload. */
        public Builder listener(PlaybookListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Compiles and checks the rules.
         *
         * @throws PlaybookCompilationException listing every problem found, with file and line
         * @throws IllegalStateException        if asked to watch folders but given none
         */
        public RecoveryAdvisor build() {
            PlaybookSources playbookSources = new PlaybookSources(sources);
            if (watch && playbookSources.folders().isEmpty()) {
                throw new IllegalStateException("watchFolders() needs at least one folder from rulesFrom(folder)");
            }
            return new RecoveryAdvisor(playbookSources, playbookSources.compile(), firingLimit, listener, watch);
        }
    }
}
