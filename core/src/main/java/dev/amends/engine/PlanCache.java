package dev.amends.engine;

import dev.amends.model.CustomerMood;
import dev.amends.model.DetectedBy;
import dev.amends.model.FaultOwner;
import dev.amends.model.Incident;
import dev.amends.model.Mistake;
import dev.amends.model.Relationship;
import dev.amends.model.Severity;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Plan templates of one loaded playbook, keyed by the facts its rules read: every fact of the
 * incident except its names ({@code id}, {@code account}, {@code contact}, {@code rep},
 * {@code product}), which only fill in the wording afterwards. Only for a playbook whose rules are
 * known not to read names (the precompiled default playbook, which a test checks for that); each
 * loaded version has its own cache, so a reload starts empty. At most {@link #CAPACITY} templates
 * are kept (a few MB): when full, the cache is emptied and fills again with what is asked for next.
 * A plan whose evaluation failed is never cached.
 */
final class PlanCache {

    /** The most templates kept at once. */
    static final int CAPACITY = 4096;

    private static final int MISTAKES = Mistake.values().length;
    private static final int FAULT_OWNERS = FaultOwner.values().length;
    private static final int SEVERITIES = Severity.values().length;
    private static final int RELATIONSHIPS = Relationship.values().length;
    private static final int DETECTED_BY = DetectedBy.values().length;
    private static final int MOODS = CustomerMood.values().length;

    private final ConcurrentHashMap<Long, PlanAssembler.Template> templates = new ConcurrentHashMap<>();

    /** The template for the incident's facts, or null if none is cached. */
    PlanAssembler.Template get(Incident incident) {
        return templates.get(key(incident));
    }

    void put(Incident incident, PlanAssembler.Template template) {
        if (templates.size() >= CAPACITY) {
            templates.clear();
        }
        templates.put(key(incident), template);
    }

    int size() {
        return templates.size();
    }

    /**
     * Every fact but the names, in one number: the enum values and flags in the high bits (fewer
     * than 2^18 combinations), {@code priorOccurrences} in the low 32.
     */
    static long key(Incident incident) {
        long facts = incident.mistake().ordinal();
        facts = facts * FAULT_OWNERS + incident.faultOwner().ordinal();
        facts = facts * SEVERITIES + incident.severity().ordinal();
        facts = facts * RELATIONSHIPS + incident.relationship().ordinal();
        facts = facts * DETECTED_BY + incident.detectedBy().ordinal();
        facts = facts * MOODS + incident.customerMood().ordinal();
        facts = facts * 16
                + (incident.patientImpact() ? 1 : 0)
                + (incident.spreadBeyondContact() ? 2 : 0)
                + (incident.publicComplaint() ? 4 : 0)
                + (incident.referralsLost() ? 8 : 0);
        return facts << 32 | (incident.priorOccurrences() & 0xFFFF_FFFFL);
    }

    static {
        long combinations = (long) MISTAKES * FAULT_OWNERS * SEVERITIES * RELATIONSHIPS * DETECTED_BY * MOODS * 16;
        if (combinations >= 1L << 31) {
            throw new ExceptionInInitializerError("too many fact combinations for a plan cache key: " + combinations);
        }
    }
}
