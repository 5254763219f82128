package dev.amends.vocabulary;

import dev.amends.model.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The names a playbook's rules and incidents may use: the built-in actions, owners and things to
 * avoid, and what the playbook's folders declare in their {@code vocabulary.yaml} beside them
 * (facts, actions, owners, things to avoid). The default playbook declares nothing.
 */
public final class PlaybookVocabulary {

    /** The built-in vocabulary alone: what the default playbook uses. */
    public static final PlaybookVocabulary BUILT_IN = new PlaybookVocabulary(List.of(), List.of(), List.of(), List.of(), java.util.Set.of(), false);

    private final Map<String, DeclaredFact> facts = new LinkedHashMap<>();
    private final Map<String, ActionKind> actions = new LinkedHashMap<>();
    private final Map<String, OwnerKind> owners = new LinkedHashMap<>();
    private final Map<String, AvoidKind> avoid = new LinkedHashMap<>();
    private final int declaredActions;
    private final int declaredAvoid;
    private final java.util.Set<String> faulty;
    private final boolean unread;

    /**
     * @param faulty names a vocabulary file tried to declare, with a problem already reported
     * @param unread whether a vocabulary file could not be read at all (so any name may have been meant there)
     */
    PlaybookVocabulary(List<DeclaredFact> facts, List<DeclaredAction> actions, List<DeclaredOwner> owners,
                       List<DeclaredAvoid> avoid, java.util.Set<String> faulty, boolean unread) {
        this.faulty = java.util.Set.copyOf(faulty);
        this.unread = unread;
        facts.forEach(f -> this.facts.put(f.name(), f));
        Arrays.stream(Action.values()).forEach(a -> this.actions.put(a.name(), a));
        actions.forEach(a -> this.actions.put(a.name(), a));
        Arrays.stream(Owner.values()).forEach(o -> this.owners.put(o.name(), o));
        owners.forEach(o -> this.owners.put(o.name(), o));
        Arrays.stream(Avoid.values()).forEach(a -> this.avoid.put(a.name(), a));
        avoid.forEach(a -> this.avoid.put(a.name(), a));
        this.declaredActions = actions.size();
        this.declaredAvoid = avoid.size();
    }

    /** The built-in vocabulary alone, as the default playbook has it: nothing declared. */
    public static PlaybookVocabulary builtIn() {
        return BUILT_IN;
    }

    /** The facts the playbook declares, in the order they are declared; empty for the default playbook. */
    public List<DeclaredFact> facts() {
        return List.copyOf(facts.values());
    }

    /** The declared fact of this name, if there is one. */
    public Optional<DeclaredFact> fact(String name) {
        return Optional.ofNullable(facts.get(name));
    }

    /** Every action a rule may recommend: the built-in ones, then the declared ones. */
    public List<ActionKind> actions() {
        return List.copyOf(actions.values());
    }

    /** The action of this name, built-in or declared. */
    public Optional<ActionKind> action(String name) {
        return Optional.ofNullable(actions.get(name));
    }

    /** Every owner a step may have: the built-in ones, then the declared roles. */
    public List<OwnerKind> owners() {
        return List.copyOf(owners.values());
    }

    /** The owner of this name, built-in or declared. */
    public Optional<OwnerKind> owner(String name) {
        return Optional.ofNullable(owners.get(name));
    }

    /** Everything a rule may warn the rep off: the built-in items, then the declared ones. */
    public List<AvoidKind> avoidItems() {
        return List.copyOf(avoid.values());
    }

    /** The thing to avoid of this name, built-in or declared. */
    public Optional<AvoidKind> avoidItem(String name) {
        return Optional.ofNullable(avoid.get(name));
    }

    /** Whether the playbook declares anything beyond the built-in vocabulary. */
    public boolean declaresAnything() {
        return !facts.isEmpty() || declaredActions > 0 || declaredAvoid > 0 || owners.size() > Owner.values().length;
    }

    /**
     * The declared facts of an incident, each checked against its declaration, with the default of
     * each fact the incident does not give.
     *
     * @throws InvalidIncidentException naming the fact ({@code facts.accountTier}) the playbook does
     *                                  not declare, whose value does not fit, or that is required and missing
     */
    public Map<String, Object> factsOf(Incident incident) {
        for (Map.Entry<String, Object> given : incident.facts().entrySet()) {
            DeclaredFact fact = facts.get(given.getKey());
            if (fact == null) {
                throw new InvalidIncidentException("facts." + given.getKey(), facts.isEmpty()
                        ? "is not a fact this playbook knows: it declares no facts of its own"
                        : "is not a fact this playbook declares" + Vocabulary.hint(given.getKey(), facts.keySet()));
            }
            fact.misfit(given.getValue()).ifPresent(why -> {
                throw new InvalidIncidentException("facts." + fact.name(), why);
            });
        }
        Map<String, Object> all = new TreeMap<>();
        for (DeclaredFact fact : facts.values()) {
            Object value = incident.facts().get(fact.name());
            if (value == null) {
                value = fact.defaultValue().orElseThrow(() -> new InvalidIncidentException("facts." + fact.name(),
                        "is required by this playbook; allowed: " + fact.allowed()));
            }
            all.put(fact.name(), value);
        }
        return Collections.unmodifiableMap(all);
    }

    /** A rank that orders actions as the plan does when nothing else decides: built-in ones in declaration order, then declared ones. */
    public static int rank(ActionKind action) {
        return action instanceof Action builtIn ? builtIn.ordinal()
                : Action.values().length + ((DeclaredAction) action).position();
    }

    /** A rank that orders things to avoid: built-in ones in declaration order, then declared ones. */
    public static int rank(AvoidKind item) {
        return item instanceof Avoid builtIn ? builtIn.ordinal()
                : Avoid.values().length + ((DeclaredAvoid) item).position();
    }

    /**
     * Whether a vocabulary file tried to declare this name and failed, with a problem reported where
     * it did; every name is, when a vocabulary file could not be read at all.
     */
    public boolean isFaulty(String name) {
        return unread || faulty.contains(name);
    }

    /**
     * Whether a vocabulary file could not be read at all (not valid YAML, empty, misnamed,
     * unreadable): its problem stands alone, and the rules' uses of what it would have declared
     * are not reported again.
     */
    public boolean unread() {
        return unread;
    }

    /**
     * The names rules may use that a faulty declaration would have given them: the names themselves,
     * the type a fact of listed values would have had, and {@code Facts} while no fact is declared.
     * Drools' own reports of these are follow-on errors of the vocabulary's problem.
     */
    public java.util.Set<String> faultyNames() {
        java.util.Set<String> names = new java.util.HashSet<>(faulty);
        faulty.stream().filter(n -> !n.isEmpty() && Character.isLowerCase(n.charAt(0)))
                .forEach(n -> names.add(Character.toUpperCase(n.charAt(0)) + n.substring(1)));
        if (!faulty.isEmpty() && facts.isEmpty()) {
            names.add(DeclaredTypes.FACTS_TYPE);
        }
        return names;
    }

    /** The names of every action, for messages. */
    public List<String> actionNames() {
        return new ArrayList<>(actions.keySet());
    }

    /** The names of every owner, for messages. */
    public List<String> ownerNames() {
        return new ArrayList<>(owners.keySet());
    }

    /** The names of every thing to avoid, for messages. */
    public List<String> avoidNames() {
        return new ArrayList<>(avoid.keySet());
    }
}
