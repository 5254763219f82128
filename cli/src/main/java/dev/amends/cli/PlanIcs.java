package dev.amends.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.amends.api.DroppedStep;
import dev.amends.api.RecoveryPlan;
import dev.amends.api.Step;
import net.fortuna.ical4j.data.CalendarOutputter;
import dev.amends.model.Timing;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VToDo;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Completed;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Due;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Writes the steps of a plan as iCalendar to-dos (RFC 5545 {@code VTODO}, with ical4j), for a rep to
 * import into a calendar or a CRM: each with its due date (in UTC, which every client reads), a
 * summary naming the step and the account, who acts as its category, the words to use and the
 * reason in its description, and its status: {@code NEEDS-ACTION} while open, {@code COMPLETED}
 * (with when) once an event says it was done; a step a rule dropped is {@code CANCELLED}. A step
 * due every quarter recurs ({@code RRULE}) four times, three months apart, from its first due date. Each
 * to-do's UID is the same every time for the same incident and step, so importing a revised plan
 * updates the to-dos rather than adding them twice. Text from the incident is written with its
 * control and invisible characters shown as codes.
 */
final class PlanIcs {

    static final String PRODUCT = "-//Amends//Recovery plan//EN";

    /** The recurrence of a step due every quarter for the next year: four visits, three months apart. */
    static final String QUARTERLY_FOR_A_YEAR = "FREQ=MONTHLY;INTERVAL=3;COUNT=4";

    private PlanIcs() {
    }

    /**
     * The plan's steps, and the ones it dropped, as an iCalendar document.
     *
     * @param now the moment the to-dos are written ({@code DTSTAMP})
     * @throws BadInputException {@code reportedAt}: if the plan's steps have no due dates
     */
    static String write(RecoveryPlan plan, Instant now) {
        if (plan.steps().stream().anyMatch(step -> step.due().isEmpty())) {
            throw new BadInputException("reportedAt", "--format ics needs the time the incident was reported, to give each "
                    + "to-do its due date; add \"reportedAt\" (such as \"2026-11-27T17:30:00+01:00\") and \"timeZone\" to the incident");
        }
        Calendar calendar = new Calendar()
                .add(new ProdId(PRODUCT))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN);
        String incident = incidentKey(plan);
        String about = TerminalText.name(plan.incident().account().or(() -> plan.incident().id()).orElse(""));
        Map<String, Integer> seen = new HashMap<>();
        for (Step step : plan.steps()) {
            VToDo todo = new VToDo(false)
                    .add(new Uid(uid(incident, step.action().name(), seen)))
                    .add(new DtStamp(now))
                    .add(new Due<>(step.due().orElseThrow().toInstant()))
                    .add(new Summary(summary(step, about)))
                    .add(new Description(description(step)))
                    .add(new Categories(TerminalText.name(Words.owner(step.owner()))));
            if (step.timing() == Timing.EVERY_QUARTER) {
                // A visit every quarter for a year: the first on its due date, three more a quarter apart.
                todo.add(new DtStart<>(step.due().orElseThrow().toInstant()))
                        .add(new RRule<>(new Recur<>(QUARTERLY_FOR_A_YEAR)));
            }
            if (step.done().isPresent()) {
                todo.add(ImmutableStatus.VTODO_COMPLETED).add(new Completed(step.done().get().at().toInstant()));
            } else if (step.unanswered().isPresent()) {
                // Done on our side, waiting on the customer's answer.
                todo.add(ImmutableStatus.VTODO_IN_PROCESS);
            } else {
                todo.add(ImmutableStatus.VTODO_NEEDS_ACTION);
            }
            calendar.add(todo);
        }
        Map<String, Integer> seenDropped = new HashMap<>(seen);
        for (DroppedStep step : plan.dropped()) {
            VToDo todo = new VToDo(false)
                    .add(new Uid(uid(incident, step.action().name(), seenDropped)))
                    .add(new DtStamp(now))
                    .add(new Summary("No longer needed: " + TerminalText.name(Words.action(step.action()))
                            + (about.isEmpty() ? "" : " (" + about + ")")))
                    .add(new Description(dropped(step)))
                    .add(ImmutableStatus.VTODO_CANCELLED);
            calendar.add(todo);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException | ValidationException e) {
            throw new IllegalStateException("the to-dos did not make a valid iCalendar document: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** "Step 4: Send the replacement (Mercy Clinic)". */
    private static String summary(Step step, String about) {
        return "Step " + step.order() + ": " + TerminalText.name(Words.action(step.action())) + (about.isEmpty() ? "" : " (" + about + ")");
    }

    /** The words to use, then who acts and when, and why. */
    private static String description(Step step) {
        StringBuilder text = new StringBuilder();
        if (!step.wording().isBlank()) {
            text.append(TerminalText.text(step.wording().strip())).append("\n\n");
        }
        text.append(TerminalText.name(Words.owner(step.owner()))).append(", ").append(step.timing().text()).append('.');
        if (!step.why().isBlank()) {
            text.append("\nWhy: ").append(TerminalText.text(step.why().strip()));
        }
        text.append("\nRule: ").append(TerminalText.name(step.rule()));
        return text.toString();
    }

    /** Why the step is no longer needed, and the rules that proposed and dropped it. */
    private static String dropped(DroppedStep step) {
        StringBuilder text = new StringBuilder();
        if (!step.wording().isBlank()) {
            text.append(TerminalText.text(step.wording().strip())).append("\n\n");
        }
        text.append("No longer needed");
        if (!step.why().isBlank()) {
            text.append(": ").append(TerminalText.text(step.why().strip()));
        }
        text.append("\nDropped by rule: ").append(TerminalText.name(step.droppedBy()))
                .append("\nProposed by rule: ").append(TerminalText.name(step.proposedBy()));
        return text.toString();
    }

    /**
     * What identifies the incident across revisions: its id, or else its facts and report time as
     * JSON (without its events, which are what revises it).
     */
    private static String incidentKey(RecoveryPlan plan) {
        return plan.incident().id().map(id -> "id:" + id).orElseGet(() -> {
            ObjectNode facts = IncidentJson.toTree(plan.incident());
            facts.remove("events");
            return "facts:" + facts;
        });
    }

    /**
     * A name-based UUID of the incident and the step's action, so it is the same for every run and
     * every revision: the first step of an action keeps the action's own, a later step of the same
     * action (one a rule added in reaction to an event) is counted, as {@code FOLLOW_UP#2}.
     *
     * @param seen how many steps of each action have had a UID so far, counted up here
     */
    private static String uid(String incident, String action, Map<String, Integer> seen) {
        int count = seen.merge(action, 1, Integer::sum);
        String name = count == 1 ? action : action + "#" + count;
        UUID uuid = UUID.nameUUIDFromBytes((incident + "\n" + name).getBytes(StandardCharsets.UTF_8));
        return uuid + "@amends";
    }
}
