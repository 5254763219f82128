package dev.amends.evaluate;

import dev.amends.model.ActionKind;
import dev.amends.model.Event;
import dev.amends.model.Incident;
import dev.amends.model.InvalidIncidentException;
import dev.amends.model.NoReply;
import dev.amends.model.StepDone;
import dev.amends.model.Vocabulary;
import dev.amends.vocabulary.PlaybookVocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The checks of an incident's events that need its playbook: the actions they name, and the steps of its plan they are about. */
final class EventCheck {

    private EventCheck() {
    }

    /**
     * The incident with each event's action looked up in the playbook's vocabulary, so that an event
     * naming a declared action holds the playbook's own.
     *
     * @throws InvalidIncidentException naming the event ({@code events[1].action}) whose action the playbook does not have
     */
    static Incident withActionsOf(PlaybookVocabulary vocabulary, Incident incident) {
        List<Event> events = incident.events();
        List<Event> resolved = new ArrayList<>(events.size());
        boolean changed = false;
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            Optional<ActionKind> named = actionOf(event);
            if (named.isPresent()) {
                ActionKind action = lookUp(vocabulary, named.get(), i);
                if (action != named.get()) {
                    changed = true;
                    event = event instanceof StepDone done ? new StepDone(done.at(), action, done.outcome())
                            : new NoReply(event.at(), action);
                }
            }
            resolved.add(event);
        }
        return changed ? incident.toBuilder().events(resolved).build() : incident;
    }

    private static ActionKind lookUp(PlaybookVocabulary vocabulary, ActionKind given, int index) {
        return vocabulary.action(given.name()).orElseThrow(() -> new InvalidIncidentException("events[" + index + "].action",
                "unknown action \"" + shown(given.name()) + "\"" + Vocabulary.hint(given.name(), vocabulary.actionNames())
                        + "; name a step of the plan by its action, such as FIX or OFFER_REMEDY"));
    }

    /**
     * Checks that a reply that did not come is about a step with the customer.
     *
     * @throws InvalidIncidentException naming the event ({@code events[2].action}) whose step is done in-house
     */
    static void repliesAreToTheCustomer(Incident incident) {
        List<Event> events = incident.events();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof NoReply noReply && noReply.action().inHouse()) {
                throw new InvalidIncidentException("events[" + i + "].action", noReply.action().name() + " (\""
                        + noReply.action().title() + "\") is done in-house; NO_REPLY is about a step with the customer, whose answer did not come");
            }
        }
    }

    /**
     * The events about a step the plan never had, kept or dropped: most often recorded under an earlier
     * version of the playbook, whose plan had that step. They mark no step.
     */
    static List<Event> withoutStep(Incident incident, PlanAssembler.Template template) {
        List<Event> events = incident.events();
        if (events.isEmpty()) {
            return List.of();
        }
        Set<String> actions = template.actions();
        List<Event> without = new ArrayList<>();
        for (Event event : events) {
            actionOf(event).filter(action -> !actions.contains(action.name())).ifPresent(action -> without.add(event));
        }
        return without;
    }

    private static Optional<ActionKind> actionOf(Event event) {
        if (event instanceof StepDone done) {
            return Optional.of(done.action());
        }
        if (event instanceof NoReply noReply) {
            return Optional.of(noReply.action());
        }
        return Optional.empty();
    }

    /** A name as a message may show it: short, and without control characters. */
    private static String shown(String name) {
        String cut = name.length() > 64 ? name.substring(0, 61) + "..." : name;
        return cut.codePoints().map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
