package dev.amends.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.amends.api.Avoidance;
import dev.amends.api.DroppedStep;
import dev.amends.api.RecoveryPlan;
import dev.amends.api.Step;
import dev.amends.model.Event;
import dev.amends.model.NoReply;
import dev.amends.model.StepDone;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes a recovery plan as pretty-printed JSON for other programs: the incident as understood,
 * the pace and channel, the numbered steps (each with the stage of the recovery it belongs to, its
 * {@code due} date when the incident says when it was reported, and where it stands by the
 * incident's events), the next step, the steps dropped, the events about a step the plan does not
 * have (only when there are any: {@code eventsWithoutStep}, each the event's place in the incident's
 * list and its action), what to avoid, and the playbook version
 * that made it (absent from a plan made by hand), keys always in the same order.
 */
final class PlanJson {

    private PlanJson() {
    }

    /** The plan as a JSON document, ending with a newline. */
    static String write(RecoveryPlan plan) {
        return PrettyJson.write(toTree(plan));
    }

    static ObjectNode toTree(RecoveryPlan plan) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.set("incident", IncidentJson.toTree(plan.incident()));
        root.put("respondWithin", plan.respondWithin().name());
        root.put("channel", plan.channel().name());
        ArrayNode steps = root.putArray("steps");
        for (Step step : plan.steps()) {
            ObjectNode node = steps.addObject()
                    .put("order", step.order())
                    .put("stage", step.stage().name())
                    .put("phase", step.phase().name())
                    .put("action", step.action().name())
                    .put("wording", step.wording())
                    .put("timing", step.timing().name());
            step.due().ifPresent(due -> node.put("due", DueText.iso(due)));
            node.put("status", step.status().name());
            step.done().ifPresent(done -> node.putObject("done")
                    .put("at", done.at().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                    .put("outcome", done.outcome().name()));
            if (!step.reportedLater().isEmpty()) {
                ArrayNode later = node.putArray("reportedLater");
                step.reportedLater().forEach(report -> later.addObject()
                        .put("at", report.at().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                        .put("outcome", report.outcome().name()));
            }
            step.unanswered().ifPresent(silence -> node.putObject("unanswered")
                    .put("at", silence.at().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
            node.put("overdue", step.overdue());
            node.put("owner", step.owner().name())
                    .put("rule", step.rule())
                    .put("why", step.why());
        }
        plan.next().ifPresent(next -> root.putObject("next").put("order", next.order()).put("action", next.action().name()));
        ArrayNode dropped = root.putArray("dropped");
        for (DroppedStep step : plan.dropped()) {
            dropped.addObject()
                    .put("action", step.action().name())
                    .put("wording", step.wording())
                    .put("proposedBy", step.proposedBy())
                    .put("droppedBy", step.droppedBy())
                    .put("why", step.why());
        }
        if (!plan.eventsWithoutStep().isEmpty()) {
            ArrayNode without = root.putArray("eventsWithoutStep");
            List<Event> events = plan.incident().events();
            for (Event event : plan.eventsWithoutStep()) {
                without.addObject().put("event", events.indexOf(event)).put("action", actionOf(event));
            }
        }
        ArrayNode avoid = root.putArray("avoid");
        for (Avoidance a : plan.avoid()) {
            avoid.addObject()
                    .put("what", a.what().name())
                    .put("why", a.why());
        }
        if (plan.playbook().number() > 0) {
            root.putObject("playbook").put("version", plan.playbook().number()).put("digest", plan.playbook().digest());
        }
        return root;
    }

    private static String actionOf(Event event) {
        return event instanceof StepDone done ? done.action().name() : ((NoReply) event).action().name();
    }
}
