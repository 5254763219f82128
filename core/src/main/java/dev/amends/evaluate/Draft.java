package dev.amends.evaluate;

import dev.amends.dsl.PlanDraft;
import dev.amends.vocabulary.PlaybookVocabulary;
import dev.amends.model.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The plan as the rules of one evaluation write it: what {@link PlanDraft} records, for the assembler to read. */
public final class Draft implements PlanDraft {

    private final List<Candidate> candidates = new ArrayList<>();
    private final List<Drop> drops = new ArrayList<>();
    private final List<AvoidanceDraft> avoidances = new ArrayList<>();
    private final List<Clause> clauses = new ArrayList<>();
    private Timing respondWithin;
    private Timing resolveWithin;
    private Channel channel;
    private final java.util.TreeMap<String, String> impacts = new java.util.TreeMap<>();
    private String currentRule;
    private java.util.Optional<java.time.OffsetDateTime> currentSince = java.util.Optional.empty();
    private final PlaybookVocabulary vocabulary;

    /** A fresh draft for one evaluation, naming actions, owners and things to avoid from this vocabulary. */
    public Draft(PlaybookVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Tells the draft which rule's consequence writes to it from now on. */
    public void firing(String rule) {
        firing(rule, java.util.Optional.empty());
    }

    /**
     * Tells the draft which rule's consequence writes to it from now on, and the latest event its
     * match holds, if any: the steps it recommends count their timing from that event.
     */
    void firing(String rule, java.util.Optional<java.time.OffsetDateTime> since) {
        currentRule = rule;
        currentSince = since;
    }

    /** Tells the draft that the consequence that was writing has ended. */
    public void fired() {
        currentRule = null;
        currentSince = java.util.Optional.empty();
    }

    private String writer() {
        if (currentRule == null) {
            throw new IllegalStateException("the plan can only be written from a rule's consequence (after 'then'); "
                    + "a condition may be evaluated any number of times, in any order");
        }
        return currentRule;
    }

    @Override
    public Candidate step(ActionKind action, String wording) {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(wording, "wording");
        Candidate candidate = new Candidate(action, wording, writer(), currentSince, this);
        candidates.add(candidate);
        return candidate;
    }

    @Override
    public Candidate step(String action, String wording) {
        return step(vocabulary.action(Objects.requireNonNull(action, "action"))
                .orElseThrow(() -> unknown("action", action, vocabulary.actionNames())), wording);
    }

    @Override
    public void drop(ActionKind action, String why) {
        drops.add(new Drop(Objects.requireNonNull(action, "action"), writer(), Objects.requireNonNull(why, "why")));
    }

    @Override
    public void drop(String action, String why) {
        drop(vocabulary.action(Objects.requireNonNull(action, "action"))
                .orElseThrow(() -> unknown("action", action, vocabulary.actionNames())), why);
    }

    @Override
    public void addTo(ActionKind action, String clause) {
        clauses.add(new Clause(Objects.requireNonNull(action, "action"), Objects.requireNonNull(clause, "clause"), writer()));
    }

    @Override
    public void avoid(AvoidKind what, String why) {
        avoidances.add(new AvoidanceDraft(Objects.requireNonNull(what, "what"), Objects.requireNonNull(why, "why"), writer()));
    }

    @Override
    public void avoid(String what, String why) {
        avoid(vocabulary.avoidItem(Objects.requireNonNull(what, "what"))
                .orElseThrow(() -> unknown("thing to avoid", what, vocabulary.avoidNames())), why);
    }

    ActionKind action(String name) {
        return vocabulary.action(Objects.requireNonNull(name, "action"))
                .orElseThrow(() -> unknown("action", name, vocabulary.actionNames()));
    }

    OwnerKind owner(String name) {
        return vocabulary.owner(Objects.requireNonNull(name, "owner"))
                .orElseThrow(() -> unknown("owner", name, vocabulary.ownerNames()));
    }

    private static IllegalArgumentException unknown(String what, String name, java.util.List<String> known) {
        return new IllegalArgumentException("unknown " + what + " \"" + name + "\"" + Vocabulary.hint(name, known));
    }

    @Override
    public void impact(String description) {
        Objects.requireNonNull(description, "description");
        impacts.putIfAbsent(writer(), description);
    }

    @Override
    public void respondWithin(Timing timing) {
        writer();
        respondWithin = mostUrgent(respondWithin, concrete(timing));
    }

    @Override
    public void resolveWithin(Timing timing) {
        writer();
        resolveWithin = mostUrgent(resolveWithin, concrete(timing));
    }

    @Override
    public void contactBy(Channel requested) {
        writer();
        Objects.requireNonNull(requested, "channel");
        channel = channel == null || requested.compareTo(channel) > 0 ? requested : channel;
    }

    List<Candidate> candidates() {
        return candidates;
    }

    List<Drop> drops() {
        return drops;
    }

    /**
     * The wording of a step of {@code action} with every clause a rule added to the action, in the
     * order of the names of the rules that added them, each after a semicolon in place of the
     * wording's closing full stop.
     */
    String worded(ActionKind action, String wording) {
        if (clauses.isEmpty()) {
            return wording;
        }
        List<Clause> added = clauses.stream().filter(c -> c.action().name().equals(action.name()))
                .sorted(java.util.Comparator.comparing(Clause::rule).thenComparing(Clause::clause)).toList();
        if (added.isEmpty()) {
            return wording;
        }
        StringBuilder out = new StringBuilder(withoutFullStop(wording));
        for (Clause c : added) {
            out.append("; ").append(withoutFullStop(c.clause()));
        }
        return out.append('.').toString();
    }

    private static String withoutFullStop(String text) {
        String trimmed = text.strip();
        return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    List<AvoidanceDraft> avoidances() {
        return avoidances;
    }

    Timing respondWithin() {
        return respondWithin;
    }

    Timing resolveWithin() {
        return resolveWithin;
    }

    Channel channel() {
        return channel;
    }

    java.util.Optional<String> impact() {
        return impacts.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(impacts.firstEntry().getValue());
    }

    private static Timing concrete(Timing timing) {
        Objects.requireNonNull(timing, "timing");
        if (timing.isRelative()) {
            throw new IllegalArgumentException(timing + " names a window, not a time; use a concrete timing such as WITHIN_AN_HOUR");
        }
        return timing;
    }

    private static Timing mostUrgent(Timing current, Timing requested) {
        return current == null || requested.compareTo(current) < 0 ? requested : current;
    }

    record Drop(ActionKind action, String rule, String why) {
    }

    record AvoidanceDraft(AvoidKind what, String why, String rule) {
    }

    record Clause(ActionKind action, String clause, String rule) {
    }
}
