package dev.amends.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.amends.api.DroppedStep;
import dev.amends.api.Explanation;
import dev.amends.api.PlaybookRule;
import dev.amends.api.Step;
import dev.amends.model.Event;

import java.util.List;

/**
 * Writes how a plan was made as JSON for other programs: the plan exactly as {@code recommend}
 * writes it, each step's rule with its location, conditions and matched facts, the other rules
 * that fired, and the dropped steps. The shape is described in docs/cli.md.
 */
final class ExplanationJson {

    private ExplanationJson() {
    }

    /** The explanation as a JSON document, ending with a newline. */
    static String write(Explanation explanation) {
        return PrettyJson.write(toTree(explanation));
    }

    static ObjectNode toTree(Explanation explanation) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.set("plan", PlanJson.toTree(explanation.plan()));
        ArrayNode steps = root.putArray("steps");
        for (Step step : explanation.plan().steps()) {
            ObjectNode node = steps.addObject().put("order", step.order()).put("stage", step.stage().name())
                    .put("action", step.action().name());
            explanation.firingBehind(step).ifPresentOrElse(
                    firing -> firing(node, firing, explanation),
                    () -> node.putObject("rule").put("name", step.rule()));
        }
        ArrayNode others = root.putArray("otherRules");
        ExplanationText.otherFirings(explanation).forEach(firing -> firing(others.addObject(), firing, explanation));
        ArrayNode dropped = root.putArray("dropped");
        for (DroppedStep step : explanation.dropped()) {
            ObjectNode node = dropped.addObject()
                    .put("action", step.action().name())
                    .put("wording", step.wording());
            node.putObject("proposedBy").put("name", step.proposedBy())
                    .put("location", ExplanationText.location(explanation, step.proposedBy()));
            node.putObject("droppedBy").put("name", step.droppedBy())
                    .put("location", ExplanationText.location(explanation, step.droppedBy()));
            node.put("why", step.why());
        }
        return root;
    }

    private static void firing(ObjectNode node, Explanation.Firing firing, Explanation explanation) {
        PlaybookRule rule = firing.rule();
        node.putObject("rule")
                .put("name", rule.name())
                .put("location", rule.location())
                .put("conditions", rule.conditions())
                .put("guidance", rule.guidance())
                .put("source", rule.source());
        node.put("times", firing.times());
        strings(node.putArray("matched"), firing.matched());
        ArrayNode reactedTo = node.putArray("reactedTo");
        List<Event> events = explanation.plan().incident().events();
        for (Event event : firing.events()) {
            ObjectNode entry = reactedTo.addObject().put("event", events.indexOf(event));
            entry.setAll((ObjectNode) EventJson.toTree(List.of(event)).get(0));
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
