package dev.amends.testing.space;

import dev.amends.api.RecoveryAdvisor;
import dev.amends.api.RecoveryPlan;
import dev.amends.compile.RuleReading;
import dev.amends.model.Action;
import dev.amends.model.ActionKind;
import dev.amends.model.CustomerMood;
import dev.amends.model.Event;
import dev.amends.model.EventType;
import dev.amends.model.Finding;
import dev.amends.model.Incident;
import dev.amends.model.Outcome;
import dev.amends.model.Phase;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The whole-space check after every single event: for each class of incidents a {@link WholeSpaceCheck}
 * evaluates, the plan is revised by one event at a time ({@link #events}), and every
 * {@link RevisionInvariant} is asked about each revision, on all cores.
 *
 * <pre>{@code
 * RevisionReport report = RevisionCheck.of(advisor).run();
 * }</pre>
 *
 * Each class is asked about through its first combination, reported at {@link #REPORTED_AT} in
 * {@link #TIME_ZONE}; each event happens {@link #EVENT_AFTER} later. Counts are of revisions: a class
 * and one event. By default each class is revised by one event of each type, the parameters of each
 * type (which step, outcome, mood, finding) taken in turn from class to class, so that the space as a
 * whole meets every one: about five revisions a class. {@link #everyEvent()} revises each class by
 * every event of {@link #events}, about forty.
 */
public final class RevisionCheck {

    /** When each incident is reported: Monday 3 March 2025, 09:00 in Berlin. */
    public static final OffsetDateTime REPORTED_AT = OffsetDateTime.parse("2025-03-03T09:00:00+01:00");
    /** The account's time zone. */
    public static final ZoneId TIME_ZONE = ZoneId.of("Europe/Berlin");
    /** How long after the report each event happens. */
    public static final Duration EVENT_AFTER = Duration.ofDays(1);
    /** The name under which a revision that failed (a rule threw, an event was refused or is about no step of the revised plan) is reported. */
    public static final String REVISED = "the plan is revised after every event";
    /** How many counterexamples a report keeps for each invariant: the first ones, in the order of the space. */
    public static final int EXAMPLES_PER_INVARIANT = 3;
    /**
     * Up to this many classes, every revised plan is asked for again (a fresh evaluation) to check that
     * it comes out the same; above it, one revision a class is, its event's type turning from class to class.
     */
    static final int EVERY_REVISION_ASKED_AGAIN = 1024;

    private final RecoveryAdvisor advisor;
    private InputSpace space;
    private boolean spaceGiven;
    private boolean everyEvent;
    private final List<RevisionInvariant> invariants = new ArrayList<>(RevisionInvariants.defaults());

    private RevisionCheck(RecoveryAdvisor advisor) {
        this.advisor = advisor;
        this.space = InputSpace.of(advisor.vocabulary());
    }

    /** A check of this advisor's playbook, over the built-in facts and those its vocabulary declares. */
    public static RevisionCheck of(RecoveryAdvisor advisor) {
        return new RevisionCheck(Objects.requireNonNull(advisor, "advisor"));
    }

    /**
     * Revises the plans of this corner of the space instead of the whole of it ({@link InputSpace#restrictedTo}).
     *
     * @throws IllegalStateException if a space was already given: a check covers one space
     */
    public RevisionCheck over(InputSpace space) {
        this.space = CheckSetup.onlySpace(space, spaceGiven);
        this.spaceGiven = true;
        return this;
    }

    /** Revises each class by every one of its events ({@link #events}), not one of each type: about eight times slower. */
    public RevisionCheck everyEvent() {
        this.everyEvent = true;
        return this;
    }

    /**
     * Adds an invariant of your own.
     *
     * @throws IllegalArgumentException if an invariant of the same name is already checked
     */
    public RevisionCheck invariant(RevisionInvariant invariant) {
        Objects.requireNonNull(invariant, "invariant");
        CheckSetup.newName(invariant.name(), Stream.concat(Stream.of(REVISED), invariants.stream().map(RevisionInvariant::name)));
        invariants.add(invariant);
        return this;
    }

    /**
     * The events each plan is revised by, one at a time, all at {@code at}: each step done with each
     * outcome that applies to it ({@link #outcomes}), a reply in each mood, no reply to each step
     * with the customer, the investigation closed with each finding, and the mistake again.
     */
    public static List<Event> events(RecoveryPlan before, OffsetDateTime at) {
        Set<ActionKind> actions = new LinkedHashSet<>();
        before.steps().forEach(step -> actions.add(step.action()));
        List<Event> events = new ArrayList<>();
        for (ActionKind action : actions) {
            for (Outcome outcome : outcomes(action)) {
                events.add(Event.stepDone(at, action, outcome));
            }
        }
        for (CustomerMood mood : CustomerMood.values()) {
            events.add(Event.customerReplied(at, mood));
        }
        for (ActionKind action : actions) {
            if (!action.inHouse()) {
                events.add(Event.noReply(at, action));
            }
        }
        for (Finding finding : Finding.values()) {
            events.add(Event.investigationClosed(at, finding));
        }
        events.add(Event.recurred(at));
        return events;
    }

    /**
     * The outcomes a step of this action can have: what the customer is offered or asked (a remedy,
     * another chance, or a step with the customer in the remedy phase that a playbook declares) is
     * {@code ACCEPTED} or {@code DECLINED}; any other step (the fix among them) {@code SUCCEEDED} or {@code FAILED}.
     */
    public static List<Outcome> outcomes(ActionKind action) {
        boolean offered = action == Action.OFFER_REMEDY || action == Action.ASK_FOR_ANOTHER_CHANCE
                || !(action instanceof Action) && !action.inHouse() && action.phase() == Phase.REMEDY;
        return offered ? List.of(Outcome.ACCEPTED, Outcome.DECLINED) : List.of(Outcome.SUCCEEDED, Outcome.FAILED);
    }

    /** Revises the plan of each class by each of its events and asks every invariant about each revision. */
    public RevisionReport run() {
        List<RevisionInvariant> checks = List.copyOf(invariants);
        int n = checks.size() + 1;   // the first result is REVISED
        List<LongAdder> violations = new ArrayList<>();
        List<TreeMap<Long, RevisionReport.Counterexample>> examples = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            violations.add(new LongAdder());
            examples.add(new TreeMap<>());
        }
        LongAdder revisions = new LongAdder();
        OffsetDateTime at = REPORTED_AT.plus(EVENT_AFTER);
        long start = System.nanoTime();
        Classes classes = new Classes(space, RuleReading.of(advisor));
        boolean askAll = classes.classes <= EVERY_REVISION_ASKED_AGAIN;

        LongStream.range(0, classes.classes).parallel().forEach(cls -> {
            int[] first = new int[space.dimensions().size()];
            classes.first(classes.groupsOfClass(cls), first);
            Incident reported = space.point(first).incident().toBuilder().reportedAt(REPORTED_AT).timeZone(TIME_ZONE).build();
            RecoveryPlan before = advisor.recommend(reported);
            List<Event> events = everyEvent ? events(before, at) : oneOfEachType(events(before, at), cls);
            revisions.add(events.size());
            // Above EVERY_REVISION_ASKED_AGAIN classes, one revision a class is asked for again, its event's
            // type turning from class to class: asking every one would double the check's time for a
            // property of the engine rather than of an incident.
            int askedAgain = events.isEmpty() ? -1 : (int) (cls % events.size());
            for (int e = 0; e < events.size(); e++) {
                Event event = events.get(e);
                long key = (cls << 16) | e;
                Incident incident = reported.toBuilder().event(event).build();
                RecoveryPlan after;
                try {
                    after = advisor.recommend(incident);
                } catch (RuntimeException failed) {
                    note(violations, examples, 0, key, incident, event, String.valueOf(failed.getMessage()));
                    continue;
                }
                if (!after.eventsWithoutStep().isEmpty()) {
                    note(violations, examples, 0, key, incident, event, "the event is about a step the revised plan does not have");
                    continue;
                }
                RecoveryPlan revised = after;
                Revision revision = Revision.of(incident, event, before, after,
                        askAll || e == askedAgain ? () -> advisor.explain(incident).plan() : () -> revised);
                for (int c = 0; c < checks.size(); c++) {
                    String problem;
                    try {
                        problem = checks.get(c).violation(revision).orElse(null);
                    } catch (RuntimeException failed) {
                        note(violations, examples, 0, key, incident, event, "asked again: " + failed.getMessage());
                        continue;
                    }
                    if (problem != null) {
                        note(violations, examples, c + 1, key, incident, event, problem);
                    }
                }
            }
        });
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        List<RevisionReport.Result> results = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            String name = c == 0 ? REVISED : checks.get(c - 1).name();
            List<RevisionReport.Counterexample> kept;
            synchronized (examples.get(c)) {
                kept = List.copyOf(examples.get(c).values());
            }
            results.add(new RevisionReport.Result(name, violations.get(c).sum(), kept));
        }
        return new RevisionReport(classes.classes, revisions.sum(), elapsed, results);
    }

    /**
     * One event of each type from {@code events}: of each type's events, the one this class's turn
     * falls on, so that neighbouring classes (which differ in one fact) get different ones.
     */
    static List<Event> oneOfEachType(List<Event> events, long cls) {
        Map<EventType, List<Event>> byType = new EnumMap<>(EventType.class);
        events.forEach(event -> byType.computeIfAbsent(event.type(), t -> new ArrayList<>()).add(event));
        long turn = (cls * 0x9E3779B97F4A7C15L) >>> 17;
        List<Event> chosen = new ArrayList<>(byType.size());
        byType.values().forEach(ofType -> chosen.add(ofType.get((int) (turn % ofType.size()))));
        chosen.sort(Comparator.comparingInt(events::indexOf));
        return chosen;
    }

    /** Counts a violation, and keeps it as a counterexample if it comes before those kept so far. */
    private static void note(List<LongAdder> violations, List<TreeMap<Long, RevisionReport.Counterexample>> examples, int c,
                             long key, Incident incident, Event event, String problem) {
        violations.get(c).increment();
        TreeMap<Long, RevisionReport.Counterexample> kept = examples.get(c);
        synchronized (kept) {
            if (kept.size() < EXAMPLES_PER_INVARIANT || key < kept.lastKey()) {
                kept.put(key, new RevisionReport.Counterexample(incident, event, problem));
                if (kept.size() > EXAMPLES_PER_INVARIANT) {
                    kept.pollLastEntry();
                }
            }
        }
    }
}
