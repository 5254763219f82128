package dev.amends.testing.space;

import dev.amends.api.DroppedStep;
import dev.amends.api.RecoveryPlan;
import dev.amends.api.Step;
import dev.amends.api.StepStatus;
import dev.amends.model.Action;
import dev.amends.model.CustomerReplied;
import dev.amends.model.Event;
import dev.amends.model.InvestigationClosed;
import dev.amends.model.NoReply;
import dev.amends.model.Outcome;
import dev.amends.model.Recurred;
import dev.amends.model.StepDone;
import dev.amends.model.Timing;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The invariants every plan revised by an event is held to by default. */
public final class RevisionInvariants {

    static final RevisionInvariant NOTHING_DONE_AGAIN = RevisionInvariant.explained(
            "nothing done is recommended again", RevisionInvariants::doneAgain);

    static final RevisionInvariant DECLINED_NOT_OFFERED_AGAIN = RevisionInvariant.explained(
            "a declined step is never offered again as it was", RevisionInvariants::offeredAgain);

    static final RevisionInvariant NEXT_STEP_UNTIL_CLOSED = RevisionInvariant.explained(
            "a plan has a next step until it is closed (every step with the customer done)", RevisionInvariants::noNextStep);

    static final RevisionInvariant DETERMINISTIC = RevisionInvariant.explained(
            "a revised plan is the same when asked again", r -> difference(r.after(), r.again()));

    static final RevisionInvariant RECURRENCE_AT_THE_FIRST_PACE = RevisionInvariant.explained(
            "the mistake again is answered as fast as the first time", RevisionInvariants::slowerThanTheFirstTime);

    static final RevisionInvariant NO_FAILED_PREVENTION_PRESENTED = RevisionInvariant.explained(
            "after the mistake again, no prevention from before it is still to be presented", RevisionInvariants::preventionFromBefore);

    static final RevisionInvariant LEADERSHIP_ASKED_ONCE_FOR_A_FAILED_FIX = RevisionInvariant.explained(
            "a failed fix does not ask leadership twice at once", RevisionInvariants::escalatedTwice);

    static final RevisionInvariant ONE_REPORT_BACK_AFTER_THE_FINDING = RevisionInvariant.explained(
            "after the investigation closes, the customer is not booked a second call about the same cause", RevisionInvariants::reportedBackTwice);

    private RevisionInvariants() {
    }

    /**
     * The invariants of plans about the first plan's shape: its clock and order, its size, what is
     * said in the next hour, when the promised change is shown. The plain check holds the first plan
     * to them; a revision adds steps that fall due from a later event (a chase, a retried fix, a
     * revised offer of the same action) and drops what the case has moved past (a prevention promise
     * once no fault of ours was found), so they are not asked of revised plans, which are held to the
     * invariants of revisions and to every other invariant of plans.
     */
    static final java.util.Set<Invariant> SHAPE_OF_THE_FIRST_PLAN = java.util.Set.of(Invariants.CLOCK,
            Invariants.NOTHING_TOLD_BEFORE_IT_EXISTS, Invariants.PROMISE_KEPT, Invariants.BILLING_CHECKED_ACROSS_INVOICES,
            Invariants.SMALL_SLIP_IN_PROPORTION, Invariants.NEXT_HOUR, Invariants.NO_ACTION_TWICE,
            Invariants.SERIOUS_WRONG_CLAIM_CLEARED_FIRST, Invariants.SERIOUS_MISSED_CASE_COVERED, Invariants.DISPUTED_CHARGE_HELD,
            Invariants.PARTNER_SUBSTITUTE_STOPPED_FIRST, Invariants.SERVICE_FINDING_BOOKED_BEFORE_THE_CALL,
            Invariants.CUSTOMERS_SLIP_CLOSED_IN_ONE_CALL);

    /**
     * The default invariants of revisions: the eight above, then every default invariant of plans
     * ({@link Invariants#defaults()}) but those about the first plan's shape
     * ({@link #SHAPE_OF_THE_FIRST_PLAN}), asked about the revised plan.
     */
    public static List<RevisionInvariant> defaults() {
        List<RevisionInvariant> all = new ArrayList<>(List.of(NOTHING_DONE_AGAIN, DECLINED_NOT_OFFERED_AGAIN,
                NEXT_STEP_UNTIL_CLOSED, DETERMINISTIC, RECURRENCE_AT_THE_FIRST_PACE, NO_FAILED_PREVENTION_PRESENTED,
                LEADERSHIP_ASKED_ONCE_FOR_A_FAILED_FIX, ONE_REPORT_BACK_AFTER_THE_FINDING));
        Invariants.defaults().stream().filter(invariant -> !SHAPE_OF_THE_FIRST_PLAN.contains(invariant))
                .forEach(invariant -> all.add(RevisionInvariant.of(invariant)));
        return List.copyOf(all);
    }

    /**
     * An open step that says what a done step said: the same action in the same words. A step of the
     * same action in other words (a fix by another route after one failed, a revised offer after a
     * refusal) is new advice, not the done step again.
     */
    private static String doneAgain(Revision r) {
        for (Step done : r.after().steps()) {
            if (done.done().isEmpty()) {
                continue;
            }
            for (Step step : r.after().open()) {
                if (step.action().name().equals(done.action().name()) && step.wording().equals(done.wording())) {
                    return step(step) + " is open, though " + describe(done.done().get()) + " marked it done";
                }
            }
        }
        return null;
    }

    /** An open step worded as a step the customer declined. */
    private static String offeredAgain(Revision r) {
        for (Step declined : r.after().steps()) {
            if (declined.done().filter(d -> d.outcome() == Outcome.DECLINED).isEmpty()) {
                continue;
            }
            for (Step step : r.after().open()) {
                if (step.wording().equals(declined.wording())) {
                    return step(step) + " is open, worded as step " + declined.order() + " " + declined.action().name()
                            + ", which the customer declined";
                }
            }
        }
        return null;
    }

    /**
     * No open step left while the plan is not closed: it has no step with the customer, or not every
     * such step is done (which, with nothing open, means it has none).
     */
    private static String noNextStep(Revision r) {
        RecoveryPlan plan = r.after();
        if (plan.next().isPresent()) {
            return null;
        }
        List<Step> withCustomer = plan.steps().stream().filter(s -> !s.action().inHouse()).toList();
        if (!withCustomer.isEmpty() && withCustomer.stream().allMatch(s -> s.status() == StepStatus.DONE)) {
            return null;
        }
        String dropped = plan.dropped().stream().map(DroppedStep::action).map(a -> a.name()).distinct()
                .collect(Collectors.joining(", "));
        boolean waiting = withCustomer.stream().anyMatch(s -> s.status() == StepStatus.UNANSWERED);
        return (plan.steps().isEmpty() ? "the plan has no step left"
                : waiting ? "no step is open, and a step with the customer waits on a reply with nothing planned for the silence"
                : "every step is done, none of them with the customer")
                + (dropped.isEmpty() ? "" : "; dropped: " + dropped);
    }

    /**
     * After a recurrence, the soonest step with the customer that it added falls due later than the
     * first conversation did: the second time answered more slowly than the first.
     */
    private static String slowerThanTheFirstTime(Revision r) {
        if (!(r.event() instanceof Recurred)) {
            return null;
        }
        Timing first = r.before().respondWithin();
        return added(r).stream().filter(s -> !s.action().inHouse()).min(java.util.Comparator.comparing(Step::timing))
                .filter(s -> s.timing().compareTo(first) > 0)
                .map(s -> "after " + describe(r.event()) + ", the soonest new step with the customer, " + step(s) + ", is due "
                        + s.timing() + ", and the first conversation was due " + first)
                .orElse(null);
    }

    /**
     * After a recurrence, a SHARE_PREVENTION step the plan had before it is still open, in the same
     * words: the customer would be shown, as what stops it, the change that has just failed.
     */
    private static String preventionFromBefore(Revision r) {
        if (!(r.event() instanceof Recurred)) {
            return null;
        }
        java.util.Set<String> before = r.before().steps().stream().filter(s -> s.action().name().equals(Action.SHARE_PREVENTION.name()))
                .map(Step::wording).collect(Collectors.toSet());
        return r.after().open().stream().filter(s -> s.action().name().equals(Action.SHARE_PREVENTION.name()) && before.contains(s.wording()))
                .findFirst().map(s -> step(s) + " is still open after " + describe(r.event())
                        + ", in the words it had before: it would present the change that did not hold")
                .orElse(null);
    }

    /**
     * After the investigation closed, an open EXPLAIN_CAUSE step beside an open SHARE_PREVENTION step that
     * calls back once with how it happened: the customer would hear the same cause in two calls.
     */
    private static String reportedBackTwice(Revision r) {
        if (!(r.event() instanceof InvestigationClosed)) {
            return null;
        }
        java.util.Optional<Step> explain = r.after().open().stream().filter(s -> s.action().name().equals(Action.EXPLAIN_CAUSE.name())).findFirst();
        java.util.Optional<Step> once = r.after().open().stream()
                .filter(s -> s.action().name().equals(Action.SHARE_PREVENTION.name()) && s.wording().contains("call back once")).findFirst();
        return explain.isPresent() && once.isPresent()
                ? step(explain.get()) + " and " + step(once.get()) + " are both open after " + describe(r.event())
                        + ": the customer hears the same cause in two calls"
                : null;
    }

    /** After a fix that failed, two ESCALATE_TO_LEADERSHIP steps are open at once. */
    private static String escalatedTwice(Revision r) {
        if (!(r.event() instanceof StepDone done && done.action().name().equals(Action.FIX.name()) && done.outcome() == Outcome.FAILED)) {
            return null;
        }
        List<Step> open = r.after().open().stream().filter(s -> s.action().name().equals(Action.ESCALATE_TO_LEADERSHIP.name())).toList();
        return open.size() < 2 ? null
                : step(open.get(0)) + " and " + step(open.get(1)) + " are both open after " + describe(r.event())
                        + ": leadership is asked twice about one case";
    }

    /** The steps of the revised plan that the plan before the event did not have: another action, or other words. */
    private static List<Step> added(Revision r) {
        java.util.Set<String> before = r.before().steps().stream().map(s -> s.action().name() + "\n" + s.wording())
                .collect(Collectors.toSet());
        return r.after().steps().stream().filter(s -> !before.contains(s.action().name() + "\n" + s.wording())).toList();
    }

    /** How the plan asked again differs from the first answer: the first step that differs, or what else does. */
    static String difference(RecoveryPlan first, RecoveryPlan again) {
        if (first.equals(again)) {
            return null;
        }
        List<Step> a = first.steps();
        List<Step> b = again.steps();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!a.get(i).equals(b.get(i))) {
                return "asked again, " + stated(a.get(i)) + " became " + stated(b.get(i));
            }
        }
        if (a.size() != b.size()) {
            return "asked again, the plan has " + b.size() + " steps instead of " + a.size();
        }
        if (!first.dropped().equals(again.dropped())) {
            return "asked again, the dropped steps differ: " + first.dropped().size() + " then " + again.dropped().size();
        }
        return "asked again, the plan differs in what to avoid, its pace or its channel";
    }

    /** A step with all it says: {@code step 4 FIX ("Put it right."), WITHIN_THREE_DAYS by REP, OPEN}. */
    private static String stated(Step step) {
        return step(step) + ", " + step.timing() + " by " + step.owner().name() + ", " + step.status()
                + step.due().map(due -> " due " + due.toOffsetDateTime()).orElse("");
    }

    /** {@code step 4 FIX ("Put it right.")}. */
    static String step(Step step) {
        return "step " + step.order() + " " + step.action().name() + " (\"" + step.wording() + "\")";
    }

    /** An event as the report shows it: {@code STEP_DONE OFFER_REMEDY DECLINED at 2025-03-04T09:00+01:00}. */
    public static String describe(Event event) {
        String what = "";
        if (event instanceof StepDone done) {
            what = " " + done.action().name() + " " + done.outcome();
        } else if (event instanceof NoReply noReply) {
            what = " " + noReply.action().name();
        } else if (event instanceof CustomerReplied replied) {
            what = " " + replied.mood();
        } else if (event instanceof InvestigationClosed closed) {
            what = " " + closed.finding();
        }
        return event.type() + what + " at " + event.at().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
