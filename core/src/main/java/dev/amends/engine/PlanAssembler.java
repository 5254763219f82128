package dev.amends.engine;

import dev.amends.model.Action;
import dev.amends.model.Avoid;
import dev.amends.model.Avoidance;
import dev.amends.model.Channel;
import dev.amends.model.Incident;
import dev.amends.model.Owner;
import dev.amends.model.RecoveryPlan;
import dev.amends.model.Step;
import dev.amends.model.Timing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns what the rules wrote into a finished plan: drops applied, steps ordered and numbered, names filled in. */
final class PlanAssembler {

    static final Timing DEFAULT_RESPONSE = Timing.WITHIN_A_BUSINESS_DAY;
    static final Timing DEFAULT_RESOLUTION = Timing.WITHIN_A_WEEK;
    static final Channel DEFAULT_CHANNEL = Channel.EMAIL;

    private static final Comparator<Candidate> PLAN_ORDER = Comparator
            .comparing((Candidate c) -> c.action.phase())
            .thenComparingInt(c -> c.priority)
            .thenComparing(c -> c.action)
            .thenComparing(c -> c.rule)
            .thenComparing(c -> c.wording)
            .thenComparing(c -> c.timing)
            .thenComparing(c -> c.owner)
            .thenComparing(c -> c.why);

    private static final Comparator<PlanDraft.AvoidanceDraft> FIRST_AVOIDANCE = Comparator
            .comparing(PlanDraft.AvoidanceDraft::rule)
            .thenComparing(PlanDraft.AvoidanceDraft::why);

    private PlanAssembler() {
    }

    /**
     * The finished plan.
     *
     * @param ruleLocations where each rule is written, to point a failure at it
     * @throws RuleEvaluationException if a rule's text names a placeholder the library does not know
     */
    static RecoveryPlan assemble(PlanDraft draft, Incident incident, Map<String, String> ruleLocations) {
        return render(template(draft), incident, ruleLocations);
    }

    /**
     * The plan with drops applied and steps ordered, its texts not yet filled in: all of it that
     * depends on what the rules wrote and nothing that depends on the incident's names.
     */
    static Template template(PlanDraft draft) {
        Timing respondWithin = draft.respondWithin() == null ? DEFAULT_RESPONSE : draft.respondWithin();
        Timing resolveWithin = draft.resolveWithin() == null ? DEFAULT_RESOLUTION : draft.resolveWithin();
        Channel channel = draft.channel() == null ? DEFAULT_CHANNEL : draft.channel();

        Set<Action> dropped = EnumSet.noneOf(Action.class);
        draft.drops().forEach(d -> dropped.add(d.action()));

        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : draft.candidates()) {
            if (!dropped.contains(c.action)) {
                kept.add(c);
            }
        }
        kept.sort(PLAN_ORDER);

        List<StepTemplate> steps = new ArrayList<>(kept.size());
        for (Candidate c : kept) {
            Timing timing = switch (c.timing) {
                case AT_FIRST_CONTACT -> respondWithin;
                case BY_RESOLUTION_DEADLINE -> resolveWithin;
                default -> c.timing;
            };
            steps.add(new StepTemplate(c.action, c.wording, timing, c.owner, c.rule, c.why));
        }

        Map<Avoid, PlanDraft.AvoidanceDraft> firstByRule = new EnumMap<>(Avoid.class);
        for (PlanDraft.AvoidanceDraft a : draft.avoidances()) {
            firstByRule.merge(a.what(), a, (x, y) -> FIRST_AVOIDANCE.compare(x, y) <= 0 ? x : y);
        }
        return new Template(List.copyOf(steps), List.copyOf(firstByRule.values()), respondWithin, channel);
    }

    /**
     * The finished plan for an incident from a template: numbered steps, placeholders filled in.
     *
     * @throws RuleEvaluationException if a rule's text names a placeholder the library does not know
     */
    static RecoveryPlan render(Template template, Incident incident, Map<String, String> ruleLocations) {
        List<Step> steps = new ArrayList<>(template.steps().size());
        for (StepTemplate s : template.steps()) {
            steps.add(new Step(steps.size() + 1, s.action().phase(), s.action(), fill(s.wording(), s.rule(), incident, ruleLocations),
                    s.timing(), s.owner(), s.rule(), fill(s.why(), s.rule(), incident, ruleLocations)));
        }
        List<Avoidance> avoid = new ArrayList<>(template.avoid().size());
        for (PlanDraft.AvoidanceDraft a : template.avoid()) {
            avoid.add(new Avoidance(a.what(), fill(a.why(), a.rule(), incident, ruleLocations), a.rule()));
        }
        return new RecoveryPlan(incident, steps, avoid, template.respondWithin(), template.channel());
    }

    /** A plan before its names are filled in; immutable, so one can serve many incidents. */
    record Template(List<StepTemplate> steps, List<PlanDraft.AvoidanceDraft> avoid, Timing respondWithin, Channel channel) {
    }

    /** A step in its final place and timing, its wording and reason still templates. */
    record StepTemplate(Action action, String wording, Timing timing, Owner owner, String rule, String why) {
    }

    /** The recommended steps that a drop removed, each credited to the first dropping rule by name. */
    static List<Explanation.DroppedStep> dropped(PlanDraft draft, Incident incident, Map<String, String> ruleLocations) {
        Map<Action, PlanDraft.Drop> firstDrop = new EnumMap<>(Action.class);
        for (PlanDraft.Drop d : draft.drops()) {
            firstDrop.merge(d.action(), d, (x, y) -> x.rule().compareTo(y.rule()) <= 0 ? x : y);
        }
        return draft.candidates().stream()
                .filter(c -> firstDrop.containsKey(c.action))
                .sorted(PLAN_ORDER)
                .map(c -> {
                    PlanDraft.Drop d = firstDrop.get(c.action);
                    return new Explanation.DroppedStep(c.action, fill(c.wording, c.rule, incident, ruleLocations),
                            c.rule, d.rule(), fill(d.why(), d.rule(), incident, ruleLocations));
                })
                .toList();
    }

    private static String fill(String template, String rule, Incident incident, Map<String, String> ruleLocations) {
        try {
            return Wording.fill(template, incident);
        } catch (IllegalArgumentException e) {
            throw new RuleEvaluationException(rule, ruleLocations.get(rule), e.getMessage(), e);
        }
    }
}
