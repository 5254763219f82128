package dev.amends.testing.space;

import dev.amends.vocabulary.DeclaredFact;
import dev.amends.vocabulary.PlaybookVocabulary;
import dev.amends.model.CustomerMood;
import dev.amends.model.DetectedBy;
import dev.amends.model.FaultOwner;
import dev.amends.model.Incident;
import dev.amends.model.Mistake;
import dev.amends.model.DeviceKind;
import dev.amends.model.OtherKind;
import dev.amends.model.Relationship;
import dev.amends.model.Severity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Every combination of the facts rules can read, as a list of dimensions, each a fact with the
 * values it takes. The built-in facts come first: the four flags (patient impact, spread, public
 * complaint, referrals lost), {@code priorOccurrences} 0, 1 and 2 (standing for "2 or more"), the
 * mood, who detected it, the relationship, the severity, the fault owner, the mistake, and last the
 * facts added after the others (the device kind, said aloud), so that the combinations without them
 * keep the numbers they had before. The mistake's dimension carries what an {@code OTHER} mistake was
 * ({@code otherKind}) as well: its 14 values are the 10 other mistakes and {@code OTHER} with each of its
 * 4 kinds, since an incident says a kind only of an {@code OTHER} mistake; so every combination is a
 * distinct incident, and a rule's test of either field is read from that one dimension. More
 * dimensions can be appended ({@link #with}), such as an organisation's own declared facts. Names
 * are left empty. Combinations are numbered from 0 in a fixed order, the first dimension counting
 * fastest, so a check can be split across threads and still report the same examples; appending a
 * dimension keeps the numbers of the combinations that take its first value.
 *
 * <p>The static methods ({@link #size()}, {@link #at(int)}, {@link #all()}) are those of the
 * built-in space ({@link #builtIn()}).
 */
public final class InputSpace {

    /** The fact type of the built-in facts, as patterns name it. */
    public static final String INCIDENT = "Incident";

    /** The fact type of the facts a playbook's vocabulary declares, as patterns name it. */
    public static final String FACTS = "Facts";

    /** The {@code priorOccurrences} values that stand for none, once, and more than once. */
    static final int[] PRIOR_OCCURRENCES = {0, 1, 2};

    private static final InputSpace BUILT_IN = new InputSpace(List.of(
            new Dimension("patientImpact", INCIDENT, List.of(false, true)),
            new Dimension("spreadBeyondContact", INCIDENT, List.of(false, true)),
            new Dimension("publicComplaint", INCIDENT, List.of(false, true)),
            new Dimension("referralsLost", INCIDENT, List.of(false, true)),
            new Dimension("priorOccurrences", INCIDENT, Arrays.stream(PRIOR_OCCURRENCES).boxed().toList()),
            new Dimension("customerMood", INCIDENT, List.of(CustomerMood.values())),
            new Dimension("detectedBy", INCIDENT, List.of(DetectedBy.values())),
            new Dimension("relationship", INCIDENT, List.of(Relationship.values())),
            new Dimension("severity", INCIDENT, List.of(Severity.values())),
            new Dimension("faultOwner", INCIDENT, List.of(FaultOwner.values())),
            mistakes(),
            new Dimension("deviceKind", INCIDENT, List.of(DeviceKind.values())),
            new Dimension("saidAloud", INCIDENT, List.of(false, true))));

    /** The mistake and what an {@code OTHER} mistake was, as one dimension: each mistake, {@code OTHER} once per kind. */
    private static Dimension mistakes() {
        List<Map<String, Object>> values = new ArrayList<>();
        for (Mistake mistake : Mistake.values()) {
            for (OtherKind kind : mistake == Mistake.OTHER ? List.of(OtherKind.values()) : List.of(OtherKind.NOT_SAID)) {
                values.add(Dimension.fields("mistake", mistake, "otherKind", kind));
            }
        }
        return new Dimension("mistake", INCIDENT, values);
    }

    /**
     * One fact and the values it takes, or several facts that only go together (such as a mistake and
     * what an {@code OTHER} mistake was): then each value is a map from each of those facts, the first
     * {@code name}, to its value ({@link #fields(String, Object, String, Object)}), and rules' tests of
     * any of them are read from this one dimension.
     *
     * @param name     the fact's name: for a built-in fact, the incident field; otherwise the field of
     *                 {@code type} that rules test
     * @param type     the fact type whose patterns test it: {@value #INCIDENT}, or {@code Facts} for
     *                 an organisation's declared facts
     * @param values   its values, at least one, no two alike: enum constants, {@code Boolean},
     *                 {@code Integer} or {@code String}; or maps of facts to such values, all with the same
     *                 facts, {@code name} first
     */
    public record Dimension(String name, String type, List<?> values) {
        public Dimension {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            values = List.copyOf(values);
            if (values.isEmpty() || values.size() > 64 || values.stream().distinct().count() != values.size()) {
                throw new IllegalArgumentException("dimension " + name + " needs 1 to 64 distinct values, was " + values);
            }
            if (values.stream().anyMatch(Map.class::isInstance)) {
                List<?> first = values.get(0) instanceof Map<?, ?> m ? List.copyOf(m.keySet()) : List.of();
                if (first.isEmpty() || !first.get(0).equals(name)
                        || !values.stream().allMatch(v -> v instanceof Map<?, ?> m && List.copyOf(m.keySet()).equals(first))) {
                    throw new IllegalArgumentException("dimension " + name + " carries several facts, so each of its values needs "
                            + "the same facts, " + name + " first; was " + values);
                }
            }
        }

        /** A value of a dimension that carries two facts: each fact's name and value, in this order. */
        public static Map<String, Object> fields(String first, Object value, String second, Object secondValue) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put(Objects.requireNonNull(first, "first"), Objects.requireNonNull(value, "value"));
            fields.put(Objects.requireNonNull(second, "second"), Objects.requireNonNull(secondValue, "secondValue"));
            return java.util.Collections.unmodifiableMap(fields);
        }

        /** The facts it gives a value: its name alone, or each fact its values carry. */
        public List<String> fields() {
            return values.get(0) instanceof Map<?, ?> m ? m.keySet().stream().map(String::valueOf).toList() : List.of(name);
        }

        /** The value one of its facts ({@link #fields()}) takes in its value of this index. */
        Object value(int index, String fact) {
            Object value = values.get(index);
            return value instanceof Map<?, ?> m ? m.get(fact) : value;
        }
    }

    private static final int BUILT_IN_DIMENSIONS = BUILT_IN.dimensions.size();

    private final List<Dimension> dimensions;
    private final long size;

    private InputSpace(List<Dimension> dimensions) {
        this.dimensions = List.copyOf(dimensions);
        long n = 1;
        for (Dimension d : dimensions) {
            n = Math.multiplyExact(n, d.values().size());
        }
        this.size = n;
    }

    /**
     * The built-in facts and those a playbook's vocabulary declares: each declared fact a dimension
     * of type {@value #FACTS} with one value per thing rules can tell apart (every listed value, no
     * and yes, the first number of each band), carried by the incident ({@link Incident#facts()}).
     */
    public static InputSpace of(PlaybookVocabulary vocabulary) {
        InputSpace space = BUILT_IN;
        for (DeclaredFact fact : vocabulary.facts()) {
            space = space.with(new Dimension(fact.name(), FACTS, fact.representatives()));
        }
        return space;
    }

    /** The built-in facts: 7,741,440 combinations. */
    public static InputSpace builtIn() {
        return BUILT_IN;
    }

    /**
     * This space with one more dimension, counted slowest.
     *
     * @throws IllegalArgumentException if a dimension of that type gives one of its facts already
     */
    public InputSpace with(Dimension dimension) {
        Objects.requireNonNull(dimension, "dimension");
        for (String fact : dimension.fields()) {
            if (dimensions.stream().anyMatch(d -> d.type().equals(dimension.type()) && d.fields().contains(fact))) {
                throw new IllegalArgumentException("the space has a dimension " + dimension.type() + "." + fact + " already");
            }
        }
        List<Dimension> more = new ArrayList<>(dimensions);
        more.add(dimension);
        return new InputSpace(more);
    }

    /**
     * This space with one fact cut down to some of its values, as for a check of a corner of the space
     * or a test small enough to evaluate every combination. Of a dimension that carries several facts,
     * it keeps the values in which that fact takes one of {@code values}: {@code otherKind} cut to
     * {@code INDUCEMENT} leaves the mistake {@code OTHER} alone.
     */
    public InputSpace restrictedTo(String name, Collection<?> values) {
        List<Dimension> cut = new ArrayList<>();
        boolean found = false;
        for (Dimension d : dimensions) {
            if (d.fields().contains(name)) {
                found = true;
                List<?> kept = IntStream.range(0, d.values().size()).filter(v -> values.contains(d.value(v, name)))
                        .mapToObj(d.values()::get).toList();
                cut.add(new Dimension(d.name(), d.type(), kept));
            } else {
                cut.add(d);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no dimension " + name);
        }
        return new InputSpace(cut);
    }

    /** The dimensions, the fastest-counting first. */
    public List<Dimension> dimensions() {
        return dimensions;
    }

    /** How many combinations: the product of the dimensions' numbers of values. */
    public long combinations() {
        return size;
    }

    /** The incident of the combination with this number, from 0 to {@code combinations() - 1}. */
    public Incident incident(long index) {
        return point(index).incident();
    }

    /** The combination with this number: its incident and its values of dimensions of other fact types. */
    Point point(long index) {
        return point(indexes(index));
    }

    /** The value index of each dimension in the combination with this number. */
    int[] indexes(long index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("combination " + index + " of " + size);
        }
        int[] value = new int[dimensions.size()];
        long rest = index;
        for (int d = 0; d < value.length; d++) {
            int n = dimensions.get(d).values().size();
            value[d] = (int) (rest % n);
            rest /= n;
        }
        return value;
    }

    /** The number of the combination with these value indexes. */
    long index(int[] values) {
        long index = 0;
        for (int d = values.length - 1; d >= 0; d--) {
            index = index * dimensions.get(d).values().size() + values[d];
        }
        return index;
    }

    /** The combination with these value indexes, one per dimension. */
    Point point(int[] values) {
        Incident.Builder b = Incident.builder();
        Map<String, Object> facts = values.length > BUILT_IN_DIMENSIONS ? new LinkedHashMap<>() : Map.of();
        for (int d = 0; d < values.length; d++) {
            Dimension dimension = dimensions.get(d);
            Object value = dimension.values().get(values[d]);
            if (value instanceof Map<?, ?> carried) {
                carried.forEach((fact, factValue) -> give(b, facts, dimension.type(), String.valueOf(fact), factValue));
            } else {
                give(b, facts, dimension.type(), dimension.name(), value);
            }
        }
        return new Point(b.build(), facts.isEmpty() ? Map.of() : Map.copyOf(facts));
    }

    /** Gives a fact its value: to the incident, or among the facts of other types (the declared ones to the incident too). */
    private static void give(Incident.Builder b, Map<String, Object> facts, String type, String fact, Object value) {
        if (type.equals(INCIDENT)) {
            set(b, fact, value);
        } else {
            facts.put(fact, value);
            if (type.equals(FACTS)) {
                declared(b, fact, value);
            }
        }
    }

    /** A combination: the incident, and the values of the dimensions of other fact types, by name. */
    record Point(Incident incident, Map<String, Object> facts) {
    }

    private static void declared(Incident.Builder b, String fact, Object value) {
        if (value instanceof Boolean yes) {
            b.fact(fact, yes.booleanValue());
        } else if (value instanceof Integer number) {
            b.fact(fact, number.intValue());
        } else {
            b.fact(fact, String.valueOf(value));
        }
    }

    private static void set(Incident.Builder b, String fact, Object value) {
        switch (fact) {
            case "patientImpact" -> b.patientImpact((Boolean) value);
            case "spreadBeyondContact" -> b.spreadBeyondContact((Boolean) value);
            case "publicComplaint" -> b.publicComplaint((Boolean) value);
            case "referralsLost" -> b.referralsLost((Boolean) value);
            case "priorOccurrences" -> b.priorOccurrences((Integer) value);
            case "customerMood" -> b.customerMood((CustomerMood) value);
            case "detectedBy" -> b.detectedBy((DetectedBy) value);
            case "relationship" -> b.relationship((Relationship) value);
            case "severity" -> b.severity((Severity) value);
            case "faultOwner" -> b.faultOwner((FaultOwner) value);
            case "mistake" -> b.mistake((Mistake) value);
            case "deviceKind" -> b.deviceKind((DeviceKind) value);
            case "saidAloud" -> b.saidAloud((Boolean) value);
            case "otherKind" -> b.otherKind((OtherKind) value);
            default -> throw new IllegalArgumentException("the incident has no fact " + fact);
        }
    }

    /** In how many dimensions two combinations differ. */
    int differences(long a, long b) {
        int n = 0;
        for (Dimension d : dimensions) {
            int values = d.values().size();
            if (a % values != b % values) {
                n++;
            }
            a /= values;
            b /= values;
        }
        return n;
    }

    /** How many combinations the built-in space has. */
    public static int size() {
        return (int) BUILT_IN.size;
    }

    /** Every combination of the built-in space, in order. */
    public static Stream<Incident> all() {
        return IntStream.range(0, size()).mapToObj(InputSpace::at);
    }

    /** The built-in combination with this number, from 0 to {@code size() - 1}. */
    public static Incident at(int index) {
        return BUILT_IN.incident(index);
    }

    /** Every combination of this space, in order. */
    Stream<Point> points() {
        return LongStream.range(0, size).mapToObj(this::point);
    }

    /** The facts of an incident on one line, the way reports show a combination. */
    public static String describe(Incident incident) {
        StringJoiner out = new StringJoiner(" ");
        out.add("mistake=" + incident.mistake()).add("faultOwner=" + incident.faultOwner())
                .add("severity=" + incident.severity()).add("relationship=" + incident.relationship())
                .add("detectedBy=" + incident.detectedBy()).add("customerMood=" + incident.customerMood())
                .add("priorOccurrences=" + incident.priorOccurrences());
        if (incident.patientImpact()) {
            out.add("patientImpact");
        }
        if (incident.spreadBeyondContact()) {
            out.add("spreadBeyondContact");
        }
        if (incident.publicComplaint()) {
            out.add("publicComplaint");
        }
        if (incident.referralsLost()) {
            out.add("referralsLost");
        }
        if (incident.deviceKind() != DeviceKind.NOT_SAID) {
            out.add("deviceKind=" + incident.deviceKind());
        }
        if (incident.saidAloud()) {
            out.add("saidAloud");
        }
        if (incident.otherKind() != OtherKind.NOT_SAID) {
            out.add("otherKind=" + incident.otherKind());
        }
        incident.facts().forEach((name, value) -> out.add(name + "=" + value));
        return out.toString();
    }
}
