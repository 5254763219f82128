package dev.amends.evaluate;

import dev.amends.calendar.DueDates;
import dev.amends.api.Explanation;
import dev.amends.api.PlaybookException;
import dev.amends.api.PlaybookRule;
import dev.amends.api.PlaybookVersion;
import dev.amends.api.RecoveryPlan;
import dev.amends.api.RuleEvaluationException;
import dev.amends.compile.PlaybookCompiler;
import dev.amends.model.Event;
import dev.amends.model.Incident;
import dev.amends.vocabulary.DeclaredTypes;
import dev.amends.vocabulary.PlaybookVocabulary;
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

import java.time.Duration;
import java.time.Instant;
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

/**
 * Runs one compiled playbook's rules on incidents, within the firing and time limits, and turns
 * what they wrote into plans (cached by the incident's facts) and explanations. Every way a rule
 * can fail is reported naming the rule. Internal: the advisor holds one per playbook version.
 */
public final class Evaluator {

    private static final Pattern FAILED_CONSTRAINT = Pattern.compile(
            "^Error evaluating constraint '(.*)' in \\[Rule \"((?:[^\"\\\\]|\\\\.)*)\"", Pattern.DOTALL);

    private static final Pattern GENERATED_CLASS = Pattern.compile("\\bRule_([^\\s@:.]+)");

    private static final String UNKNOWN_RULE = "(unknown)";

    private final PlaybookVersion version;
    private final BoundedEvaluation.Sessions sessions;
    private final Map<String, String> ruleLocations;
    private final Map<String, PlaybookRule> rules;
    private final boolean declaresPlan;
    private final PlaybookVocabulary vocabulary;
    private final Optional<DeclaredTypes> declaredTypes;
    private final int firingLimit;
    private final Duration evaluationTimeLimit;
    private final PlanCache cache = new PlanCache();

    /** An evaluator for a compiled playbook serving as {@code version}. */
    public Evaluator(PlaybookCompiler.Compiled compiled, PlaybookVersion version, int firingLimit, Duration evaluationTimeLimit) {
        this.version = Objects.requireNonNull(version, "version");
        this.sessions = new BoundedEvaluation.Sessions(compiled.kieBase());
        this.ruleLocations = compiled.ruleLocations();
        this.rules = compiled.rules();
        this.declaresPlan = PlaybookCompiler.declaresPlan(compiled.kieBase());
        this.vocabulary = compiled.vocabulary();
        this.declaredTypes = compiled.declaredTypes();
        this.firingLimit = firingLimit;
        this.evaluationTimeLimit = evaluationTimeLimit;
    }

    /**
     * The plan for an incident, from the cache when the rules already answered the same facts and
     * events, its steps due on {@code dueDates}' calendar when the incident says when it was reported,
     * and overdue when open and due before {@code now}.
     *
     * @throws dev.amends.model.InvalidIncidentException naming the event whose action the playbook does not
     *                                 have, or that says no reply came to a step done in-house
     */
    public RecoveryPlan recommend(Incident given, DueDates dueDates, Instant now) {
        Incident incident = EventCheck.withActionsOf(vocabulary, given);
        EventCheck.repliesAreToTheCustomer(incident);
        Map<String, Object> declared = vocabulary.factsOf(incident);
        Incident seen = PlanCache.withoutNames(incident);
        PlanAssembler.Template template = cache.get(seen);
        if (template == null) {
            Draft draft = new Draft(vocabulary);
            evaluate(seen, declaredFacts(declared), new FiringTracker(draft, false));
            template = PlanAssembler.template(draft, seen);
            cache.put(seen, template);
        }
        return PlanAssembler.render(template, incident, ruleLocations, version, dueDates, now);
    }

    /**
     * An incident's declared facts, already checked against the playbook's vocabulary, as the object
     * its rules match with {@code Facts(...)}; empty when the playbook declares no facts. Made only
     * when the rules run, not for a plan the cache answers.
     */
    private Optional<Object> declaredFacts(Map<String, Object> declared) {
        return declaredTypes.map(types -> types.facts(declared));
    }

    /** Whether {@link #recommend} would answer this incident from the cache. */
    public boolean hasCachedPlan(Incident incident) {
        return cache.get(PlanCache.withoutNames(incident)) != null;
    }

    /** The plan (due as {@link #recommend} has it) with which rules fired, what they matched, and which steps were dropped and why. */
    public Explanation explain(Incident given, DueDates dueDates, Instant now) {
        Incident incident = EventCheck.withActionsOf(vocabulary, given);
        EventCheck.repliesAreToTheCustomer(incident);
        Map<String, Object> declared = vocabulary.factsOf(incident);
        Draft draft = new Draft(vocabulary);
        FiringTracker tracker = new FiringTracker(draft, true);
        Incident seen = PlanCache.withoutNames(incident);
        evaluate(seen, declaredFacts(declared), tracker);
        PlanAssembler.Template template = PlanAssembler.template(draft, seen);
        RecoveryPlan plan = PlanAssembler.render(template, incident, ruleLocations, version, dueDates, now);
        List<Explanation.Firing> firings = tracker.firings.keySet().stream().sorted()
                .<Explanation.Firing>map(name -> {
                    PlaybookRule rule = rules.getOrDefault(name, new dev.amends.compile.Rule(name, "", ""));
                    List<Object> matched = tracker.matched.getOrDefault(name, List.of());
                    return new Explained.RuleFiring(rule, tracker.firings.get(name),
                            MatchedFacts.describe(matched, rule.conditions(), declared),
                            matched.stream().filter(Event.class::isInstance).map(Event.class::cast).toList());
                })
                .toList();
        return new Explained(plan, firings);
    }

    /** Fires the rules on the incident within the evaluation time limit; every way a rule can fail names the rule. */
    private void evaluate(Incident incident, Optional<Object> facts, FiringTracker tracker) {
        try {
            BoundedEvaluation.run(sessions, evaluationTimeLimit, session -> fire(session, incident, facts, tracker));
        } catch (BoundedEvaluation.TimedOut e) {
            String rule = tracker.running().or(() -> ruleIn(e.where(), ruleLocations)).orElse(UNKNOWN_RULE);
            throw new RuleEvaluationException(rule, ruleLocations.get(rule), "was still running after the evaluation time limit of "
                    + evaluationTimeLimit.toMillis() + " ms, so the request was stopped (a loop that never ends, or a call that "
                    + "waits too long?); raise evaluationTimeLimit if the playbook really needs that long", null);
        } catch (ConsequenceException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String rule = e.getMatch().getRule().getName();
            throw new RuleEvaluationException(rule, ruleLocations.get(rule), "threw " + describe(cause), cause);
        } catch (PlaybookException e) {
            throw e;
        } catch (RuntimeException e) {
            throw conditionFailure(e, ruleLocations).orElseThrow(() -> e);
        } catch (StackOverflowError | OutOfMemoryError e) {
            String rule = tracker.running().or(() -> ruleIn(e.getStackTrace(), ruleLocations)).orElse(UNKNOWN_RULE);
            throw new RuleEvaluationException(rule, ruleLocations.get(rule), "threw " + describe(e)
                    + (e instanceof StackOverflowError ? " (a call that calls itself without end?)" : " (the rule used up the memory)"), e);
        }
    }

    /**
     * Runs the rules in a session: the plan stopped at the firing limit, stopped by a rule halting
     * the engine, or missing its incident because a rule deleted it fails, naming the rule.
     */
    private void fire(KieSession session, Incident incident, Optional<Object> facts, FiringTracker tracker) {
        if (declaresPlan) {
            session.setGlobal(PlaybookCompiler.PLAN_GLOBAL, tracker.draft);
        }
        session.addEventListener((AgendaEventListener) tracker);
        session.addEventListener((RuleRuntimeEventListener) tracker);
        session.insert(incident);
        facts.ifPresent(session::insert);
        incident.events().forEach(session::insert);
        int fired = session.fireAllRules(firingLimit == Integer.MAX_VALUE ? firingLimit : firingLimit + 1);
        if (fired > firingLimit) {
            throw runaway(tracker);
        }
        Optional<String> last = tracker.lastFired();
        if (session.fireAllRules(1) > 0) {
            String rule = last.orElse(UNKNOWN_RULE);
            throw new RuleEvaluationException(rule, ruleLocations.get(rule), "halted the engine (drools.halt()) before the "
                    + "other rules had fired, so the plan would be incomplete; a rule must not halt the engine", null);
        }
        if (session.getFactHandle(incident) == null) {
            String rule = tracker.incidentDeletedBy.orElse(UNKNOWN_RULE);
            throw new RuleEvaluationException(rule, ruleLocations.get(rule), "deleted the incident (retract, delete), so the "
                    + "other rules could not see it and the plan would be incomplete; a rule must not delete the incident", null);
        }
    }

    /** The rule whose generated code appears in a stack trace, the innermost first. */
    private static Optional<String> ruleIn(StackTraceElement[] stack, Map<String, String> ruleLocations) {
        for (StackTraceElement frame : stack) {
            Optional<String> rule = ruleOfGeneratedClass(frame.getClassName(), ruleLocations);
            if (rule.isPresent()) {
                return rule;
            }
        }
        return Optional.empty();
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
        return ruleOfGeneratedClass(message, ruleLocations).map(rule -> new RuleEvaluationException(rule, ruleLocations.get(rule),
                "its condition threw " + describe(cause), e));
    }

    /** The rule whose generated class ({@code Rule_<name><digits>}) a text names first. */
    private static Optional<String> ruleOfGeneratedClass(String text, Map<String, String> ruleLocations) {
        Matcher generated = GENERATED_CLASS.matcher(text);
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
                return rule;
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
    private RuleEvaluationException runaway(FiringTracker tracker) {
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
        private final Draft draft;
        private final boolean recordMatches;
        private final Map<String, Integer> firings = new HashMap<>();
        private final Map<String, Integer> updates = new HashMap<>();
        private final Map<String, Integer> insertsAndDeletes = new HashMap<>();
        private final Map<String, List<Object>> matched = new HashMap<>();
        private volatile String running;
        private String lastFired;
        private Optional<String> incidentDeletedBy = Optional.empty();

        FiringTracker(Draft draft, boolean recordMatches) {
            this.draft = draft;
            this.recordMatches = recordMatches;
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            String rule = event.getMatch().getRule().getName();
            running = rule;
            lastFired = rule;
            firings.merge(rule, 1, Integer::sum);
            if (recordMatches) {
                matched.putIfAbsent(rule, List.copyOf(event.getMatch().getObjects()));
            }
            draft.firing(rule, latestEvent(event.getMatch().getObjects()));
        }

        /** When the latest of the events among a match's facts happened. */
        private static Optional<java.time.OffsetDateTime> latestEvent(List<Object> facts) {
            return facts.stream().filter(f -> f instanceof Event).map(f -> ((Event) f).at())
                    .max(java.time.OffsetDateTime::compareTo);
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            running = null;
            draft.fired();
        }

        /** The rule whose consequence is running now, if one is. */
        Optional<String> running() {
            return Optional.ofNullable(running);
        }

        /** The rule that fired last. */
        Optional<String> lastFired() {
            return Optional.ofNullable(lastFired);
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
            // A delete through the session itself (from a helper the rule called) carries no rule: it
            // belongs to the rule whose consequence is running.
            String by = event.getRule() != null ? event.getRule().getName() : running;
            if (event.getOldObject() instanceof Incident && by != null && incidentDeletedBy.isEmpty()) {
                incidentDeletedBy = Optional.of(by);
            }
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

}
