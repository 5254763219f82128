package dev.amends.cli;

import dev.amends.api.DroppedStep;
import dev.amends.api.RecoveryPlan;
import dev.amends.api.Step;
import dev.amends.api.StepStatus;
import dev.amends.model.CustomerReplied;
import dev.amends.model.Event;
import dev.amends.model.Finding;
import dev.amends.model.InvestigationClosed;
import dev.amends.model.NoReply;
import dev.amends.model.StepDone;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The parts of the text plan that the incident's events add: what happened since the report, the
 * next step and the overdue ones, each step's status, and the steps no longer needed. A plan
 * without events has none of them.
 */
final class RevisionText {

    private RevisionText() {
    }

    /**
     * "Since the report": one line an event, in the order they happened; an event about a step this
     * plan does not have says so, since it marks nothing done.
     */
    static void since(RecoveryPlan plan, StringBuilder out) {
        out.append("\nSince the report\n");
        List<Event> withoutStep = plan.eventsWithoutStep();
        for (Event event : plan.incident().events()) {
            String note = withoutStep.contains(event) ? " " + WITHOUT_STEP : "";
            PlanText.lines(out, "- " + DueText.brief(local(plan, event.at())) + ": " + event(event) + note, "  ", "    ");
        }
    }

    /** What the text says of an event about a step the plan does not have. */
    static final String WITHOUT_STEP = "This plan has no such step, so it marks nothing done: it was probably recorded "
            + "under an earlier version of the playbook; check which step now carries it.";

    /** "Next: ...", naming the first open step, then the overdue steps by number. */
    static void next(RecoveryPlan plan, StringBuilder out) {
        out.append('\n');
        String next = plan.next().map(step -> Words.action(step.action()) + " (step " + step.order() + "): "
                        + PlanText.ownerInSentence(step.owner()) + ", " + step.timing().text()
                        + step.due().map(due -> "; due " + DueText.readable(due)).orElse("")
                        + (step.overdue() ? ", overdue" : "") + ".")
                .orElse(plan.steps().stream().anyMatch(s -> s.status() == StepStatus.UNANSWERED)
                        ? "nothing of ours; the rest waits on the customer's reply." : "nothing; every step is done.");
        PlanText.lines(out, "Next: " + next, "", "  ");
        List<Step> overdue = plan.overdue();
        if (!overdue.isEmpty()) {
            PlanText.lines(out, "Overdue: " + (overdue.size() == 1 ? "step " : "steps ")
                    + String.join(", ", overdue.stream().map(s -> String.valueOf(s.order())).toList()) + ".", "", "  ");
        }
    }

    /**
     * A step's status line: "Done Tue 24 Nov 15:00, declined.", "Done Mon 16 Nov 10:00, succeeded;
     * then failed Mon 16 Nov 15:00.", "No reply by Wed 25 Nov 12:00." or
     * "Overdue: it was due Mon 23 Nov 2026, 17:00 +01:00."
     */
    static String status(RecoveryPlan plan, Step step) {
        if (step.done().isPresent()) {
            StepDone done = step.done().get();
            StringBuilder status = new StringBuilder("Done ").append(DueText.brief(local(plan, done.at()))).append(", ")
                    .append(lower(done.outcome()));
            for (StepDone later : step.reportedLater()) {
                status.append("; then ").append(lower(later.outcome())).append(' ').append(DueText.brief(local(plan, later.at())));
            }
            return status.append('.').toString();
        }
        if (step.unanswered().isPresent()) {
            return "No reply by " + DueText.brief(local(plan, step.unanswered().get().at())) + ".";
        }
        return "Overdue: it was due " + step.due().map(DueText::readable).orElse("earlier") + ".";
    }

    /** "No longer needed": each dropped step with why and the rule that dropped it. */
    static void dropped(RecoveryPlan plan, StringBuilder out) {
        if (plan.dropped().isEmpty()) {
            return;
        }
        out.append("\nNo longer needed\n");
        for (DroppedStep step : plan.dropped()) {
            String why = step.why().isBlank() ? "" : ": " + step.why().strip();
            PlanText.lines(out, "- " + Words.action(step.action()) + TerminalText.text(why) + " (rule \""
                    + TerminalText.name(step.droppedBy()) + "\").", "  ", "    ");
        }
    }

    /** An event in a few words, for the "Since the report" list. */
    private static String event(Event event) {
        if (event instanceof StepDone done) {
            return Words.action(done.action()) + ": done, " + lower(done.outcome()) + ".";
        }
        if (event instanceof CustomerReplied replied) {
            return "the customer replied, " + lower(replied.mood()) + ".";
        }
        if (event instanceof NoReply noReply) {
            return "no reply to " + Words.action(noReply.action()) + ".";
        }
        if (event instanceof InvestigationClosed closed) {
            return "the investigation closed: " + finding(closed.finding()) + ".";
        }
        return "the same mistake happened again.";
    }

    private static String finding(Finding finding) {
        return switch (finding) {
            case OUR_PROCESS -> "a process of ours failed";
            case PARTNER -> "a partner's process failed";
            case CUSTOMER_SIDE -> "the cause lay on the customer's side";
            case NO_FAULT_FOUND -> "no fault found";
        };
    }

    /** The moment in the account's time zone, or with its own offset when the incident names no zone. */
    private static ZonedDateTime local(RecoveryPlan plan, OffsetDateTime at) {
        return plan.incident().timeZone().map(at::atZoneSameInstant).orElseGet(at::toZonedDateTime);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
