package dev.amends.testing.space;

import dev.amends.model.CustomerMood;
import dev.amends.model.DetectedBy;
import dev.amends.model.FaultOwner;
import dev.amends.model.Incident;
import dev.amends.model.Mistake;
import dev.amends.model.Relationship;
import dev.amends.model.Severity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Every combination of the facts rules can read: each enum value, {@code priorOccurrences} 0, 1
 * and 2 (standing for "2 or more"), and each boolean. Names are left empty. Combinations are
 * numbered from 0 in a fixed order, so a check can be split across threads and still report the
 * same examples.
 */
public final class InputSpace {

    /** The {@code priorOccurrences} values that stand for none, once, and more than once. */
    static final int[] PRIOR_OCCURRENCES = {0, 1, 2};

    private static final Mistake[] MISTAKES = Mistake.values();
    private static final FaultOwner[] FAULT_OWNERS = FaultOwner.values();
    private static final Severity[] SEVERITIES = Severity.values();
    private static final Relationship[] RELATIONSHIPS = Relationship.values();
    private static final DetectedBy[] DETECTED_BY = DetectedBy.values();
    private static final CustomerMood[] MOODS = CustomerMood.values();

    /**
     * How many values each fact takes, in the order a combination's number counts them, fastest
     * first: the four flags (patient impact, spread, public complaint, referrals lost), then prior
     * occurrences, mood, who detected it, relationship, severity, fault owner and mistake.
     */
    private static final int[] VALUES_PER_FACT = {2, 2, 2, 2, PRIOR_OCCURRENCES.length, MOODS.length, DETECTED_BY.length,
            RELATIONSHIPS.length, SEVERITIES.length, FAULT_OWNERS.length, MISTAKES.length};

    private static final int SIZE = Arrays.stream(VALUES_PER_FACT).reduce(1, (a, b) -> a * b);

    private InputSpace() {
    }

    /** How many combinations there are. */
    public static int size() {
        return SIZE;
    }

    /** Every combination, in order. */
    public static Stream<Incident> all() {
        return IntStream.range(0, SIZE).mapToObj(InputSpace::at);
    }

    /** The combination with this number, from 0 to {@code size() - 1}. */
    public static Incident at(int index) {
        if (index < 0 || index >= SIZE) {
            throw new IndexOutOfBoundsException("combination " + index + " of " + SIZE);
        }
        int[] value = new int[VALUES_PER_FACT.length];
        int rest = index;
        for (int fact = 0; fact < value.length; fact++) {
            value[fact] = rest % VALUES_PER_FACT[fact];
            rest /= VALUES_PER_FACT[fact];
        }
        return Incident.builder()
                .patientImpact(value[0] == 1)
                .spreadBeyondContact(value[1] == 1)
                .publicComplaint(value[2] == 1)
                .referralsLost(value[3] == 1)
                .priorOccurrences(PRIOR_OCCURRENCES[value[4]])
                .customerMood(MOODS[value[5]])
                .detectedBy(DETECTED_BY[value[6]])
                .relationship(RELATIONSHIPS[value[7]])
                .severity(SEVERITIES[value[8]])
                .faultOwner(FAULT_OWNERS[value[9]])
                .mistake(MISTAKES[value[10]])
                .build();
    }

    /**
     * Up to {@code count} of these combinations, as unlike one another as they come: the first of
     * them, then each time the first of those that differ in the most facts from every one picked so
     * far. Examples picked this way show the range of incidents, not one corner of the space.
     */
    static List<Integer> varied(Collection<Integer> combinations, int count) {
        int[] candidates = combinations.stream().mapToInt(Integer::intValue).sorted().toArray();
        int[] fewestDifferences = new int[candidates.length];
        Arrays.fill(fewestDifferences, Integer.MAX_VALUE);
        List<Integer> picked = new ArrayList<>();
        int next = 0;
        while (picked.size() < Math.min(count, candidates.length)) {
            int chosen = candidates[next];
            picked.add(chosen);
            int most = -1;
            for (int c = 0; c < candidates.length; c++) {
                fewestDifferences[c] = Math.min(fewestDifferences[c], differences(candidates[c], chosen));
                if (fewestDifferences[c] > most) {
                    most = fewestDifferences[c];
                    next = c;
                }
            }
        }
        return picked;
    }

    /** In how many facts two combinations differ. */
    static int differences(int a, int b) {
        int n = 0;
        for (int values : VALUES_PER_FACT) {
            if (a % values != b % values) {
                n++;
            }
            a /= values;
            b /= values;
        }
        return n;
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
        return out.toString();
    }
}
