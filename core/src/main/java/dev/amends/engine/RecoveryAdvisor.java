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

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The entry point: turns an incident into a recovery plan. Build one once, with the rules compiled
 * up front, and share it: {@link #recommend(Incident)} is safe to call from any number of threads,
 * and the same incident always gets the same plan.
 *
 * <pre>{@code
 * RecoveryAdvisor advisor = RecoveryAdvisor.withDefaultPlaybook();
 * RecoveryPlan plan = advisor.recommend(incident);
 * }</pre>
 */
public final class RecoveryAdvisor {

    /** Where the default playbook's rule files are listed, one name a line, on the classpath. */
    public static final String DEFAULT_PLAYBOOK_INDEX = "dev/amends/playbook/playbook.index";

    private static final Pattern FAILED_CONSTRAINT = Pattern.compile(
            "^Error evaluating constraint '(.*)' in \\[Rule \"((?:[^\"\\\\]|\\\\.)*)\"", Pattern.DOTALL);

    private static final Pattern GENERATED_CLASS = Pattern.compile("\\bRule_([^\\s@:.]+)");

    private final KieBase kieBase;
    private final Map<String, String> ruleLocations;
    private final Map<String, PlaybookRule> rules;
    private final boolean declaresPlan;
    private final int firingLimit;

    private RecoveryAdvisor(PlaybookCompiler.Compiled playbook, int firingLimit) {
        this.kieBase = playbook.kieBase();
        this.ruleLocations = playbook.ruleLocations();
        this.rules = playbook.rules();
        this.declaresPlan = PlaybookCompiler.declaresPlan(kieBase);
        this.firingLimit = firingLimit;
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
        PlanDraft draft = new PlanDraft();
        evaluate(incident, new FiringTracker(draft, false));
        return PlanAssembler.assemble(draft, incident, ruleLocations);
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
        PlanDraft draft = new PlanDraft();
        FiringTracker tracker = new FiringTracker(draft, true);
        evaluate(incident, tracker);
        RecoveryPlan plan = PlanAssembler.assemble(draft, incident, ruleLocations);
        List<Explanation.Firing> firings = tracker.firings.keySet().stream().sorted()
                .map(name -> {
                    PlaybookRule rule = rules.getOrDefault(name, new PlaybookRule(name, "", ""));
                    return new Explanation.Firing(rule, tracker.firings.get(name),
                            MatchedFacts.describe(tracker.matched.getOrDefault(name, List.of()), rule.conditions()));
                })
                .toList();
        return new Explanation(plan, firings, PlanAssembler.dropped(draft, incident, ruleLocations));
    }

    /** Every rule of the playbook, in name order. */
    public List<PlaybookRule> rules() {
        return rules.values().stream().sorted(Comparator.comparing(PlaybookRule::name)).toList();
    }

    private void evaluate(Incident incident, FiringTracker tracker) {
        KieSession session = kieBase.newKieSession();
        try {
            if (declaresPlan) {
                session.setGlobal(PlaybookCompiler.PLAN_GLOBAL, tracker.draft);
            }
            session.addEventListener((AgendaEventListener) tracker);
            session.addEventListener((RuleRuntimeEventListener) tracker);
            session.insert(incident);
            int fired = session.fireAllRules(firingLimit == Integer.MAX_VALUE ? firingLimit : firingLimit + 1);
            if (fired > firingLimit) {
                throw runaway(tracker);
            }
        } catch (ConsequenceException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String rule = e.getMatch().getRule().getName();
            throw new RuleEvaluationException(rule, ruleLocations.get(rule), "threw " + describe(cause), cause);
        } catch (PlaybookException e) {
            throw e;
        } catch (RuntimeException e) {
            throw conditionFailure(e).orElseThrow(() -> e);
        } finally {
            session.dispose();
        }
    }

    /** The failure of a rule's condition, if this exception is one, naming the rule. */
    private Optional<RuleEvaluationException> conditionFailure(RuntimeException e) {
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

    private RuleEvaluationException runaway(FiringTracker tracker) {
        Optional<Map.Entry<String, Integer>> changer = FiringTracker.top(tracker.changes);
        if (changer.isPresent()) {
            String rule = changer.get().getKey();
            return new RuleEvaluationException(rule, ruleLocations.get(rule),
                    "kept firing: the plan was stopped after more than " + firingLimit + " rule firings (the firing limit). "
                            + "This rule changed facts " + changer.get().getValue() + " times, and each change lets rules "
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
        private final Map<String, Integer> changes = new HashMap<>();
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
            changedBy(event.getRule());
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            changedBy(event.getRule());
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            changedBy(event.getRule());
        }

        private void changedBy(Rule rule) {
            if (rule != null) {
                changes.merge(rule.getName(), 1, Integer::sum);
            }
        }

        /** The rule with the highest count, the first by name among equals. */
        static Optional<Map.Entry<String, Integer>> top(Map<String, Integer> counts) {
            return counts.entrySet().stream()
                    .min(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        }
    }

    /** Chooses the rules of an advisor; {@link #build()} compiles and checks them. */
    public static final class Builder {
        private final List<RuleFile> files = new ArrayList<>();
        private final List<PlaybookProblem> loadProblems = new ArrayList<>();
        private int firingLimit = 10_000;

        private Builder() {
        }

        /** Adds the default playbook's rule files. */
        public Builder defaultPlaybook() {
            ClassLoader loader = RecoveryAdvisor.class.getClassLoader();
            Optional<String> index = read(loader, DEFAULT_PLAYBOOK_INDEX);
            if (index.isEmpty()) {
                loadProblems.add(new PlaybookProblem(DEFAULT_PLAYBOOK_INDEX, 0, 0, Optional.empty(),
                        "the default playbook is not on the classpath; add the dev.amends:amends-rules artifact"));
                return this;
            }
            String folder = DEFAULT_PLAYBOOK_INDEX.substring(0, DEFAULT_PLAYBOOK_INDEX.lastIndexOf('/') + 1);
            for (String line : index.get().split("\n")) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                String path = folder + name;
                read(loader, path).ifPresentOrElse(
                        text -> files.add(new RuleFile(path, text)),
                        () -> loadProblems.add(new PlaybookProblem(DEFAULT_PLAYBOOK_INDEX, 0, 0, Optional.empty(),
                                "lists " + name + ", which is not on the classpath")));
            }
            return this;
        }

        /** Adds every {@code .drl} file in a folder, in name order. */
        public Builder rulesFrom(Path folder) {
            Objects.requireNonNull(folder, "folder");
            if (!Files.isDirectory(folder)) {
                loadProblems.add(new PlaybookProblem(folder.toString(), 0, 0, Optional.empty(),
                        "is not a folder of rule files"));
                return this;
            }
            try (Stream<Path> paths = Files.list(folder)) {
                List<Path> drl = paths.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList();
                if (drl.isEmpty()) {
                    loadProblems.add(new PlaybookProblem(folder.toString(), 0, 0, Optional.empty(),
                            "holds no .drl rule files"));
                }
                for (Path p : drl) {
                    files.add(new RuleFile(p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                loadProblems.add(new PlaybookProblem(folder.toString(), 0, 0, Optional.empty(),
                        "could not be read: " + e.getMessage()));
            }
            return this;
        }

        /** Adds one rule file given as text; {@code name} is what errors report as its file. */
        public Builder rules(String name, String drl) {
            files.add(new RuleFile(name, drl));
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
         * Compiles and checks the rules.
         *
         * @throws PlaybookCompilationException listing every problem found, with file and line
         */
        public RecoveryAdvisor build() {
            if (files.isEmpty()) {
                throw new PlaybookCompilationException(loadProblems.isEmpty()
                        ? List.of(new PlaybookProblem("(playbook)", 0, 0, Optional.empty(),
                        "no rules were given; call defaultPlaybook(), rulesFrom(folder) or rules(name, drl)"))
                        : loadProblems);
            }
            return new RecoveryAdvisor(PlaybookCompiler.compile(List.copyOf(files), List.copyOf(loadProblems)), firingLimit);
        }

        private static Optional<String> read(ClassLoader loader, String path) {
            try (InputStream in = loader.getResourceAsStream(path)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }
}
