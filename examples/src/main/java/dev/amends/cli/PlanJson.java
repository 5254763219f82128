package dev.amends.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.amends.model.Avoidance;
import dev.amends.model.RecoveryPlan;
import dev.amends.model.Step;

import java.io.UncheckedIOException;

/**
 * Writes a recovery plan as pretty-printed JSON for other programs: the incident as understood,
 * the pace and channel, the numbered steps and what to avoid, keys always in the same order.
 */
final class PlanJson {

    private static final ObjectWriter WRITER = IncidentJson.MAPPER.writer(printer());

    private PlanJson() {
    }

    /** The plan as a JSON document, ending with a newline. */
    static String write(RecoveryPlan plan) {
        try {
            return WRITER.writeValueAsString(toTree(plan)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode toTree(RecoveryPlan plan) {
        ObjectNode root = IncidentJson.MAPPER.createObjectNode();
        root.set("incident", IncidentJson.toTree(plan.incident()));
        root.put("respondWithin", plan.respondWithin().name());
        root.put("channel", plan.channel().name());
        ArrayNode steps = root.putArray("steps");
        for (Step step : plan.steps()) {
            steps.addObject()
                    .put("order", step.order())
                    .put("phase", step.phase().name())
                    .put("action", step.action().name())
                    .put("wording", step.wording())
                    .put("timing", step.timing().name())
                    .put("owner", step.owner().name())
                    .put("rule", step.rule())
                    .put("why", step.why());
        }
        ArrayNode avoid = root.putArray("avoid");
        for (Avoidance a : plan.avoid()) {
            avoid.addObject()
                    .put("what", a.what().name())
                    .put("why", a.why());
        }
        return root;
    }

    /** Two-space indents, {@code "key": value}, one array element a line, {@code []} when empty. */
    private static DefaultPrettyPrinter printer() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
