package dev.amends.evaluate;

import dev.amends.vocabulary.DeclaredTypes;
import dev.amends.compile.JavaTokens;
import dev.amends.model.*;
import org.drools.drl.parser.antlr4.JavaLexer;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Describes the facts a rule matched by the values its conditions read, such as
 * {@code Incident(faultOwner=REP)}: the incident's fields its conditions name, as Drools' Java lexer
 * cuts them into tokens (a word inside a string is not a field read).
 */
final class MatchedFacts {

    /** The incident's fields, looked up once: each lookup copies them and reads their generic signatures. */
    private static final RecordComponent[] INCIDENT_FIELDS = Incident.class.getRecordComponents();

    /** Each event type's fields, looked up once per type. */
    private static final ClassValue<RecordComponent[]> EVENT_FIELDS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    /** The most rules' conditions whose names are kept at once; when full, it is emptied and fills again. */
    private static final int NAMES_KEPT = 4096;

    /** The names each rule's conditions read, by their text, lexed once rather than for every firing explained. */
    private static final Map<String, Set<String>> NAMES = new ConcurrentHashMap<>();

    private MatchedFacts() {
    }

    /**
     * @param declared the incident's declared facts, as the {@code Facts} object a rule matched holds them
     */
    public static List<String> describe(List<Object> facts, String conditions, Map<String, Object> declared) {
        List<String> out = new ArrayList<>(facts.size());
        Set<String> names = namesIn(conditions);
        for (Object fact : facts) {
            out.add(fact instanceof Incident incident ? incident(incident, names)
                    : fact instanceof Event event ? event(event)
                    : isDeclaredFacts(fact) ? declared(declared, names) : fact.getClass().getSimpleName());
        }
        return out;
    }

    private static Set<String> namesIn(String conditions) {
        Set<String> names = NAMES.get(conditions);
        if (names == null) {
            names = JavaTokens.of(conditions, 0).tokens.stream()
                    .filter(t -> t.is(JavaLexer.IDENTIFIER)).map(JavaTokens.Token::text).collect(Collectors.toUnmodifiableSet());
            if (NAMES.size() >= NAMES_KEPT) {
                NAMES.clear();
            }
            NAMES.put(conditions, names);
        }
        return names;
    }

    /** An event with every field but its time, then its time: {@code StepDone(action=OFFER_REMEDY, outcome=DECLINED) at 2026-11-23T10:00+01:00}. */
    private static String event(Event event) {
        StringJoiner read = new StringJoiner(", ", event.getClass().getSimpleName() + "(", ")");
        for (RecordComponent component : EVENT_FIELDS.get(event.getClass())) {
            if (!component.getName().equals("at")) {
                read.add(component.getName() + "=" + value(component, (Record) event));
            }
        }
        return read + " at " + event.at();
    }

    private static boolean isDeclaredFacts(Object fact) {
        return fact.getClass().getName().equals(DeclaredTypes.PACKAGE + "." + DeclaredTypes.FACTS_TYPE);
    }

    private static String declared(Map<String, Object> declared, Set<String> names) {
        StringJoiner read = new StringJoiner(", ", DeclaredTypes.FACTS_TYPE + "(", ")");
        read.setEmptyValue(DeclaredTypes.FACTS_TYPE);
        declared.forEach((name, value) -> {
            if (names.contains(name)) {
                read.add(name + "=" + value);
            }
        });
        return read.toString();
    }

    private static String incident(Incident incident, Set<String> names) {
        StringJoiner read = new StringJoiner(", ", "Incident(", ")");
        read.setEmptyValue("Incident");
        for (RecordComponent component : INCIDENT_FIELDS) {
            if (names.contains(component.getName())) {
                read.add(component.getName() + "=" + value(component, incident));
            }
        }
        return read.toString();
    }

    private static Object value(RecordComponent component, Record fact) {
        try {
            Object value = component.getAccessor().invoke(fact);
            return value instanceof dev.amends.model.ActionKind action ? action.name() : value;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
