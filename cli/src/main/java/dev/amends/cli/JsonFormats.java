package dev.amends.cli;

import dev.amends.api.Explanation;
import dev.amends.model.Incident;
import dev.amends.api.RecoveryPlan;

import java.util.List;

/**
 * The command line's JSON formats, for other programs that speak them (the HTTP service of
 * {@code amends serve}): an incident read with every problem in the command line's words, and a
 * plan or explanation written exactly as {@code --format json} prints it. The formats are
 * described in docs/cli.md.
 */
public final class JsonFormats {

    /** The largest incident read, in bytes, as for an incident file. */
    public static final int MAX_INCIDENT_BYTES = IncidentFile.MAX_BYTES;

    private JsonFormats() {
    }

    /**
     * The fields an incident's JSON object may hold.
     *
     * @return their names, in the order the command line writes them
     */
    public static List<String> incidentFields() {
        return IncidentJson.FIELDS;
    }

    /**
     * The incident written in {@code json}.
     *
     * @param json   the incident's JSON object, as UTF-8 bytes
     * @param source how messages name the input when the fault is not one field, such as {@code request body}
     * @throws BadInputException whose {@link BadInputException#subject() subject} is the field at fault (or
     *                           {@code source}), with the message the command line prints
     * @return the incident, its facts checked as the command line checks them
     */
    public static Incident readIncident(byte[] json, String source) {
        return IncidentJson.read(json, source);
    }

    /**
     * The plan as {@code amends recommend --format json} prints it.
     *
     * @param plan the plan to write
     * @return its JSON, ending with a newline
     */
    public static String writePlan(RecoveryPlan plan) {
        return PlanJson.write(plan);
    }

    /**
     * The explanation as {@code amends explain --format json} prints it.
     *
     * @param explanation the explanation to write
     * @return its JSON, ending with a newline
     */
    public static String writeExplanation(Explanation explanation) {
        return ExplanationJson.write(explanation);
    }
}
