package dev.amends.evaluate;

import dev.amends.model.*;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Plan templates of one loaded playbook, keyed by what its rules see of an incident: every fact,
 * declared ones included, and none of its names ({@code id}, {@code account}, {@code contact},
 * {@code rep}, {@code product}, {@code salutation}, {@code contactRole}), which rules never see
 * (they are given {@link #withoutNames} the incident) and which only fill in the wording afterwards.
 * So every playbook's plans are cached, an analyst's folder included; each loaded version has its
 * own cache, so a reload starts empty. At most {@link #CAPACITY} templates are kept (a few MB): when
 * full, the cache is emptied and fills again with what is asked for next. A plan whose evaluation
 * failed is never cached.
 */
final class PlanCache {

    /** The most templates kept at once. */
    static final int CAPACITY = 4096;

    private final ConcurrentHashMap<Incident, PlanAssembler.Template> templates = new ConcurrentHashMap<>();

    /**
     * The incident as rules see it: its facts and events, without its names, and without where it was
     * reported (due dates come after); without when it was reported too, unless it has events, whose
     * reactions are placed in time from the report.
     */
    public static Incident withoutNames(Incident incident) {
        boolean keepReport = !incident.events().isEmpty();
        if (incident.id().isEmpty() && incident.account().isEmpty() && incident.contact().isEmpty() && incident.rep().isEmpty()
                && incident.product().isEmpty() && incident.salutation().isEmpty() && incident.contactRole().isEmpty()
                && (keepReport || incident.reportedAt().isEmpty()) && incident.timeZone().isEmpty()) {
            return incident;
        }
        return incident.toBuilder().id(null).account(null).contact(null).rep(null).product(null).salutation(null)
                .contactRole(null).reportedAt(keepReport ? incident.reportedAt().orElse(null) : null)
                .timeZone((java.time.ZoneId) null).build();
    }

    /** The template for a name-less incident's facts, or null if none is cached. */
    public PlanAssembler.Template get(Incident seen) {
        return templates.get(seen);
    }

    public void put(Incident seen, PlanAssembler.Template template) {
        if (templates.size() >= CAPACITY) {
            templates.clear();
        }
        templates.put(seen, template);
    }

    int size() {
        return templates.size();
    }
}
