package dev.amends.evaluate;

import dev.amends.api.Avoidance;
import dev.amends.api.DroppedStep;
import dev.amends.api.PlaybookVersion;
import dev.amends.api.RecoveryPlan;
import dev.amends.api.RuleEvaluationException;
import dev.amends.api.Step;
import dev.amends.calendar.BusinessCalendar;
import dev.amends.calendar.DueDates;
import dev.amends.model.*;
import dev.amends.vocabulary.PlaybookVocabulary;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Turns what the rules wrote into a finished plan: drops applied, steps ordered and numbered, names filled in. */
public final class PlanAssembler {

    static final Timing DEFAULT_RESPONSE = Timing.WITHIN_A_BUSINESS_DAY;
    static final Timing DEFAULT_RESOLUTION = Timing.WITHIN_A_WEEK;
    static final Channel DEFAULT_CHANNEL = Channel.EMAIL;

    /** The order of the steps inside a stage, once each has its final timing. */
    private static final Comparator<Placed> SPOKEN_ORDER = Comparator
            .comparing((Placed p) -> !p.candidate.first)
            .thenComparing(p -> p.candidate.action.phase())
            .thenComparingInt(p -> p.candidate.priority)
            .thenComparingInt(p -> p.candidate.side)
            .thenComparingInt(p -> PlaybookVocabulary.rank(p.candidate.action))
            .thenComparing(p -> p.candidate, PlanAssembler::tieBreak);

    private static final Comparator<Candidate> TIES = Comparator
            .comparing((Candidate c) -> c.rule)
            .thenComparing(c -> c.wording)
            .thenComparing(c -> c.timing)
            .thenComparing(c -> c.owner.name())
            .thenComparing(c -> c.why);

    /** The order a dropped step is listed in: the order it would have had in a plan of its own. */
    private static final Comparator<Candidate> LISTED_ORDER = Comparator
            .comparing((Candidate c) -> !c.first)
            .thenComparing(c -> c.action.phase())
            .thenComparingInt(c -> c.priority)
            .thenComparingInt(c -> c.side)
            .thenComparingInt(c -> PlaybookVocabulary.rank(c.action))
            .thenComparing(TIES);

    private static final Comparator<Draft.AvoidanceDraft> FIRST_AVOIDANCE = Comparator
            .comparing(Draft.AvoidanceDraft::rule)
            .thenComparing(Draft.AvoidanceDraft::why);

    private PlanAssembler() {
    }

    /**
     * The finished plan.
     *
     * @param ruleLocations where each rule is written, to point a failure at it
     * @throws RuleEvaluationException if a rule's text names a placeholder the library does not know
     */
    public static RecoveryPlan assemble(Draft draft, Incident incident, Map<String, String> ruleLocations, PlaybookVersion version) {
        return assemble(draft, incident, ruleLocations, version, DueDates.on(BusinessCalendar.standard()), Instant.MIN);
    }

    /**
     * The finished plan, its steps due on {@code dueDates}' calendar when the incident says when it
     * was reported, and overdue when open and due before {@code now}.
     */
    public static RecoveryPlan assemble(Draft draft, Incident incident, Map<String, String> ruleLocations, PlaybookVersion version,
                                        DueDates dueDates, Instant now) {
        return render(template(draft, incident), incident, ruleLocations, version, dueDates, now);
    }

    /**
     * The plan with drops applied and steps ordered, its texts not yet filled in: all of it that
     * depends on what the rules wrote and the incident's events, and nothing that depends on its names.
     * A step already done (by a {@link StepDone} of its action) is never dropped; a step a rule added in
     * reaction to an event follows the first conversation, in the order it falls due from that event.
     */
    static Template template(Draft draft, Incident seen) {
        Map<String, Draft.Drop> firstDrop = new HashMap<>();
        for (Draft.Drop d : draft.drops()) {
            firstDrop.merge(d.action().name(), d, (x, y) -> x.rule().compareTo(y.rule()) <= 0 ? x : y);
        }

        List<Candidate> kept = new ArrayList<>();
        List<Candidate> droppedCandidates = new ArrayList<>();
        for (Candidate c : draft.candidates()) {
            if (!firstDrop.containsKey(c.action.name()) || doneBy(c, seen.events()).isPresent()) {
                kept.add(c);
            } else {
                droppedCandidates.add(c);
            }
        }

        Timing respondWithin = draft.respondWithin() == null ? DEFAULT_RESPONSE : draft.respondWithin();
        for (Candidate c : kept) {
            if (c.since.isEmpty() && !c.action.inHouse() && !c.timing.isRelative() && !c.timing.isAfterTheFix()
                    && c.timing.compareTo(respondWithin) < 0) {
                respondWithin = c.timing;   // a step with the customer due sooner brings the first contact forward
            }
        }
        Timing resolveWithin = draft.resolveWithin() == null ? DEFAULT_RESOLUTION : draft.resolveWithin();
        Channel channel = draft.channel() == null ? DEFAULT_CHANNEL : draft.channel();
        Timing fixDue = fixDue(kept, respondWithin, resolveWithin);
        Optional<OffsetDateTime> origin = seen.reportedAt().or(() -> seen.events().stream().findFirst().map(Event::at));

        List<Placed> placed = new ArrayList<>(kept.size());
        for (Candidate c : kept) {
            Timing timing = inWindows(c.timing, respondWithin, resolveWithin);
            long sinceOrigin = c.since.flatMap(at -> origin.map(o -> Duration.between(o, at).toHours())).orElse(0L);
            Stage stage = c.since.isPresent() ? Stage.FOLLOW_THROUGH : stage(c, timing, respondWithin);
            placed.add(new Placed(c, timing, stage, sinceOrigin + timing.hoursAfterReport(fixDue)));
        }
        placed.sort(Comparator.comparing((Placed p) -> p.stage).thenComparing(PlanAssembler::clockOrder));

        List<StepTemplate> steps = new ArrayList<>(placed.size());
        for (Placed p : placed) {
            Candidate c = p.candidate;
            steps.add(new StepTemplate(p.stage, c.action, draft.worded(c.action, c.wording), p.timing, c.owner, c.rule, c.why, c.since));
        }

        droppedCandidates.sort(LISTED_ORDER);
        List<DroppedTemplate> dropped = new ArrayList<>(droppedCandidates.size());
        for (Candidate c : droppedCandidates) {
            Draft.Drop d = firstDrop.get(c.action.name());
            dropped.add(new DroppedTemplate(c.action, draft.worded(c.action, c.wording), c.rule, d.rule(), d.why()));
        }

        Map<AvoidKind, Draft.AvoidanceDraft> firstByRule = new TreeMap<>(Comparator.comparingInt(PlaybookVocabulary::rank));
        for (Draft.AvoidanceDraft a : draft.avoidances()) {
            firstByRule.merge(a.what(), a, (x, y) -> FIRST_AVOIDANCE.compare(x, y) <= 0 ? x : y);
        }
        return new Template(List.copyOf(steps), List.copyOf(dropped), List.copyOf(firstByRule.values()), respondWithin, channel,
                draft.impact(), fixDue);
    }

    /**
     * The event that says a step was done: the first {@link StepDone} of its action while it was open,
     * so a later one (the same fix again, after the first failed) leaves it as it was done; for a step a
     * rule added in reaction to an event, the first after that event (a step a later event added is still
     * open, and so is a step added in reaction to the very event that says its action was done, such as a
     * revised offer after the first was declined).
     */
    private static Optional<StepDone> doneBy(Candidate c, List<Event> events) {
        return doneBy(c.action, c.since, events);
    }

    private static Optional<StepDone> doneBy(ActionKind action, Optional<OffsetDateTime> since, List<Event> events) {
        for (Event event : events) {
            if (event instanceof StepDone done && done.action().name().equals(action.name())
                    && (since.isEmpty() || done.at().isAfter(since.get()))) {
                return Optional.of(done);
            }
        }
        return Optional.empty();
    }

    /**
     * The event that says the customer did not answer a step: a {@link NoReply} of its action while it
     * was open (after the event a reaction step counts from, and before any event that says it was done).
     */
    private static Optional<NoReply> unansweredBy(StepTemplate s, Optional<StepDone> done, List<Event> events) {
        for (Event event : events) {
            if (done.isPresent() && !event.at().isBefore(done.get().at())) {
                break;
            }
            if (event instanceof NoReply noReply && noReply.action().name().equals(s.action().name())
                    && (s.since().isEmpty() || noReply.at().isAfter(s.since().get()))) {
                return Optional.of(noReply);
            }
        }
        return Optional.empty();
    }

    /** A rule's timing with the plan's windows put in for the two that stand for them. */
    private static Timing inWindows(Timing timing, Timing respondWithin, Timing resolveWithin) {
        return switch (timing) {
            case AT_FIRST_CONTACT -> respondWithin;
            case BY_RESOLUTION_DEADLINE -> resolveWithin;
            default -> timing;
        };
    }

    /**
     * When the fix falls due, from which "a week after the fix" and the like are counted: the fix step's
     * own timing, or the plan's resolution window when there is no fix or it counts from something else.
     */
    private static Timing fixDue(List<Candidate> kept, Timing respondWithin, Timing resolveWithin) {
        for (Candidate c : kept) {
            if (c.action == Action.FIX) {
                Timing timing = inWindows(c.timing, respondWithin, resolveWithin);
                return timing.isFixedAfterTheReport() ? timing : resolveWithin;
            }
        }
        return resolveWithin;
    }

    /**
     * Where a step falls: a step at first contact is part of the first conversation, or, done in-house,
     * comes before it; an in-house step due immediately, or sooner than the first contact, comes before
     * it too (one due at the same time as the first contact waits until the customer has been spoken
     * to); the rest follows the conversation.
     */
    private static Stage stage(Candidate c, Timing timing, Timing respondWithin) {
        if (c.timing == Timing.AT_FIRST_CONTACT) {
            return c.action.inHouse() ? Stage.BEFORE_CONTACT : Stage.FIRST_CONTACT;
        }
        boolean beforeContact = c.action.inHouse()
                && (timing == Timing.IMMEDIATELY || !timing.isAfterTheFix() && timing.compareTo(respondWithin) < 0);
        return beforeContact ? Stage.BEFORE_CONTACT : Stage.FOLLOW_THROUGH;
    }

    /**
     * The conversation is in the order it is spoken; before and after it, steps are in the order
     * they fall due, and steps due together in the order one makes the next possible.
     */
    private static int clockOrder(Placed a, Placed b) {
        if (a.stage == Stage.FIRST_CONTACT) {
            return SPOKEN_ORDER.compare(a, b);
        }
        int byDue = Long.compare(a.dueHours, b.dueHours);
        if (byDue != 0) {
            return byDue;
        }
        int byAction = Integer.compare(PlaybookVocabulary.rank(a.candidate.action), PlaybookVocabulary.rank(b.candidate.action));
        return byAction != 0 ? byAction : SPOKEN_ORDER.compare(a, b);
    }

    private static int tieBreak(Candidate a, Candidate b) {
        return TIES.compare(a, b);
    }

    /** A kept candidate with its final timing and stage, and the hours after the report (or first event) it falls due. */
    private record Placed(Candidate candidate, Timing timing, Stage stage, long dueHours) {
    }

    /**
     * The finished plan for an incident from a template: numbered steps, placeholders filled in, each
     * step marked done by the incident's events, due on {@code dueDates}' calendar when the incident
     * says when it was reported (a step added in reaction to an event counts from that event, a step
     * after the fix from when the fix was done, once it was), and overdue when open and due before
     * {@code now}.
     *
     * @throws RuleEvaluationException if a rule's text names a placeholder the library does not know
     */
    static RecoveryPlan render(Template template, Incident incident, Map<String, String> ruleLocations, PlaybookVersion version,
                               DueDates dueDates, Instant now) {
        Wording.Values values = new Wording.Values(incident, template.impact());
        Optional<ZonedDateTime> reported = incident.reportedInAccountZone();
        Optional<ZonedDateTime> fixed = fixedAt(incident.events()).flatMap(at -> reported.map(r -> at.atZoneSameInstant(r.getZone())));
        Optional<StepDone> conversation = conversationDone(template, incident.events());
        List<Optional<StepDone>> dones = new ArrayList<>(template.steps().size());
        for (StepTemplate s : template.steps()) {
            dones.add(s.stage() == Stage.FIRST_CONTACT ? heldIn(conversation, s, incident.events())
                    : doneBy(s.action(), s.since(), incident.events()));
        }
        List<List<StepDone>> later = reportedLater(template.steps(), dones, incident.events());
        List<Step> steps = new ArrayList<>(template.steps().size());
        for (StepTemplate s : template.steps()) {
            Optional<StepDone> done = dones.get(steps.size());
            Optional<NoReply> unanswered = unansweredBy(s, done, incident.events());
            Optional<ZonedDateTime> due = reported.map(at -> due(s, at, fixed, template.fixDue(), dueDates));
            boolean overdue = done.isEmpty() && unanswered.isEmpty() && due.isPresent() && due.get().toInstant().isBefore(now);
            steps.add(new Plan.PlannedStep(steps.size() + 1, s.stage(), s.action().phase(), s.action(),
                    fill(s.wording(), s.rule(), values, ruleLocations),
                    s.timing(), s.owner(), s.rule(), fill(s.why(), s.rule(), values, ruleLocations), due, done, unanswered,
                    later.get(steps.size()), overdue));
        }
        List<DroppedStep> dropped = new ArrayList<>(template.dropped().size());
        for (DroppedTemplate d : template.dropped()) {
            dropped.add(new Plan.Dropped(d.action(), fill(d.wording(), d.proposedBy(), values, ruleLocations), d.proposedBy(),
                    d.droppedBy(), fill(d.why(), d.droppedBy(), values, ruleLocations)));
        }
        List<Avoidance> avoid = new ArrayList<>(template.avoid().size());
        for (Draft.AvoidanceDraft a : template.avoid()) {
            avoid.add(new Plan.PlannedAvoidance(a.what(), fill(a.why(), a.rule(), values, ruleLocations), a.rule()));
        }
        return new Plan(incident, steps, dropped, EventCheck.withoutStep(incident, template), avoid, template.respondWithin(),
                template.channel(), version);
    }

    /**
     * For each step, the events of its action that marked no step, after it was done and before any
     * later step of the action was: each goes to the step of its action done last before it.
     */
    private static List<List<StepDone>> reportedLater(List<StepTemplate> templates, List<Optional<StepDone>> dones, List<Event> events) {
        List<List<StepDone>> later = new ArrayList<>(templates.size());
        templates.forEach(t -> later.add(new ArrayList<>()));
        Set<StepDone> marking = new HashSet<>();
        dones.forEach(done -> done.ifPresent(marking::add));
        for (Event event : events) {
            if (!(event instanceof StepDone report) || marking.contains(report)) {
                continue;
            }
            int last = -1;
            for (int i = 0; i < templates.size(); i++) {
                Optional<StepDone> done = dones.get(i);
                if (templates.get(i).action().name().equals(report.action().name()) && done.isPresent()
                        && !done.get().at().isAfter(report.at()) && (last < 0 || done.get().at().isAfter(dones.get(last).get().at()))) {
                    last = i;
                }
            }
            if (last >= 0) {
                later.get(last).add(report);
            }
        }
        return later;
    }

    /**
     * A step of the first conversation is done when the conversation was held: by the event that names
     * it when that event is the one that marks the conversation held (a remedy declined on the call
     * says so), and otherwise by the event that does; a later event naming its action (the fix done
     * again after the first failed, listening again after an angry reply) is about another step, not
     * the call.
     */
    private static Optional<StepDone> heldIn(Optional<StepDone> conversation, StepTemplate s, List<Event> events) {
        Optional<StepDone> own = doneBy(s.action(), s.since(), events);
        return own.isEmpty() || conversation.isPresent() && own.get().at().isAfter(conversation.get().at()) ? conversation : own;
    }

    /**
     * The first conversation is held once: the first event that marks any of its steps done marks
     * them all (the rep reports the call, not each line said in it).
     */
    private static Optional<StepDone> conversationDone(Template template, List<Event> events) {
        Optional<StepDone> first = Optional.empty();
        for (StepTemplate s : template.steps()) {
            if (s.stage() == Stage.FIRST_CONTACT) {
                Optional<StepDone> done = doneBy(s.action(), s.since(), events);
                if (done.isPresent() && (first.isEmpty() || done.get().at().isBefore(first.get().at()))) {
                    first = done;
                }
            }
        }
        return first;
    }

    /** When a step falls due: from the report, from the event it reacts to, or after the fix from when the fix was done. */
    private static ZonedDateTime due(StepTemplate s, ZonedDateTime reported, Optional<ZonedDateTime> fixed, Timing fixDue,
                                     DueDates dueDates) {
        if (s.timing().isAfterTheFix() && fixed.isPresent()) {
            return dueDates.due(s.timing(), fixed.get(), Timing.IMMEDIATELY);
        }
        ZonedDateTime from = s.since().map(at -> at.atZoneSameInstant(reported.getZone())).orElse(reported);
        return dueDates.due(s.timing(), from, fixDue);
    }

    /**
     * When the fix was done: the latest event about the fix, when it says it succeeded; empty while no
     * fix has held (a fix that failed afterwards did not hold, and what follows the fix waits for one that does).
     */
    private static Optional<OffsetDateTime> fixedAt(List<Event> events) {
        return events.stream().filter(e -> e instanceof StepDone done && done.action() == Action.FIX)
                .map(StepDone.class::cast).reduce((first, later) -> later)
                .filter(done -> done.outcome() == Outcome.SUCCEEDED).map(Event::at);
    }

    /**
     * A plan before its names and due dates are filled in; immutable, so one can serve many incidents.
     * {@code fixDue} is when the fix falls due, from which the timings after the fix count.
     */
    public record Template(List<StepTemplate> steps, List<DroppedTemplate> dropped, List<Draft.AvoidanceDraft> avoid,
                           Timing respondWithin, Channel channel, Optional<String> impact, Timing fixDue) {

        /** Every action the plan has a step for, kept or dropped, by name. */
        Set<String> actions() {
            Set<String> names = new HashSet<>();
            steps.forEach(s -> names.add(s.action().name()));
            dropped.forEach(d -> names.add(d.action().name()));
            return names;
        }
    }

    /**
     * A step in its final place and timing, its wording and reason still templates; {@code since} is
     * the event it reacts to, if a rule added it in reaction to one.
     */
    record StepTemplate(Stage stage, ActionKind action, String wording, Timing timing, OwnerKind owner, String rule, String why,
                        Optional<OffsetDateTime> since) {
    }

    /** A dropped step, its wording and reason still templates. */
    record DroppedTemplate(ActionKind action, String wording, String proposedBy, String droppedBy, String why) {
    }

    private static String fill(String template, String rule, Wording.Values values, Map<String, String> ruleLocations) {
        try {
            return Wording.fill(template, values);
        } catch (IllegalArgumentException e) {
            throw new RuleEvaluationException(rule, ruleLocations.get(rule), e.getMessage(), e);
        }
    }
}
