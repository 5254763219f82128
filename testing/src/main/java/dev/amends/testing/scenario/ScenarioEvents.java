package dev.amends.testing.scenario;

import dev.amends.model.ActionKind;
import dev.amends.model.CustomerMood;
import dev.amends.model.Event;
import dev.amends.model.EventType;
import dev.amends.model.Finding;
import dev.amends.model.Outcome;
import dev.amends.vocabulary.PlaybookVocabulary;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Reads the text of an {@code event:} line: when it happened, its type, and what the type needs, such as
 * {@code 2026-11-24T10:00+01:00 STEP_DONE OFFER_REMEDY DECLINED}.
 */
final class ScenarioEvents {

    static final String FORMS = "TIME STEP_DONE ACTION OUTCOME | TIME NO_REPLY ACTION | TIME CUSTOMER_REPLIED MOOD | "
            + "TIME INVESTIGATION_CLOSED FINDING | TIME RECURRED";

    private ScenarioEvents() {
    }

    static Event parse(String text, PlaybookVocabulary vocabulary) {
        String[] words = text.strip().split("\\s+");
        if (words.length < 2 || words[0].isEmpty()) {
            throw new IllegalArgumentException("cannot read the event \"" + text.strip() + "\"; write one of: " + FORMS);
        }
        OffsetDateTime at = time(words[0]);
        EventType type = Names.parse(EventType.class, words[1], "event type");
        List<String> rest = List.of(words).subList(2, words.length);
        return switch (type) {
            case STEP_DONE -> {
                expect(rest, 2, type, "ACTION OUTCOME, such as STEP_DONE OFFER_REMEDY DECLINED");
                yield Event.stepDone(at, action(rest.get(0), vocabulary), Names.parse(Outcome.class, rest.get(1), "outcome"));
            }
            case NO_REPLY -> {
                expect(rest, 1, type, "the step's ACTION, such as NO_REPLY REACH_OUT_FIRST");
                yield Event.noReply(at, action(rest.get(0), vocabulary));
            }
            case CUSTOMER_REPLIED -> {
                expect(rest, 1, type, "the MOOD they are in now, such as CUSTOMER_REPLIED CALM");
                yield Event.customerReplied(at, Names.parse(CustomerMood.class, rest.get(0), "customerMood"));
            }
            case INVESTIGATION_CLOSED -> {
                expect(rest, 1, type, "its FINDING, such as INVESTIGATION_CLOSED NO_FAULT_FOUND");
                yield Event.investigationClosed(at, Names.parse(Finding.class, rest.get(0), "finding"));
            }
            case RECURRED -> {
                expect(rest, 0, type, "nothing more");
                yield Event.recurred(at);
            }
        };
    }

    private static void expect(List<String> rest, int count, EventType type, String what) {
        if (rest.size() != count) {
            throw new IllegalArgumentException(type + " takes " + what + "; found " + (rest.isEmpty() ? "nothing" : "\""
                    + String.join(" ", rest) + "\""));
        }
    }

    private static ActionKind action(String name, PlaybookVocabulary vocabulary) {
        return vocabulary.action(name).orElseThrow(() ->
                new IllegalArgumentException(Names.unknown("action", name, vocabulary.actionNames())));
    }

    private static OffsetDateTime time(String text) {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("an event starts with when it happened, as a date and time with its offset "
                    + "from UTC such as 2026-11-24T10:00+01:00; found \"" + text + "\"");
        }
    }
}
