package dev.amends.engine;

import dev.amends.model.CustomerMood;
import dev.amends.model.DetectedBy;
import dev.amends.model.FaultOwner;
import dev.amends.model.Incident;
import dev.amends.model.Mistake;
import dev.amends.model.Relationship;
import dev.amends.model.Severity;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

class PlanCacheTest {

    private static final Incident BASE = Incidents.wrongProduct().build();

    @Test
    void theKeyCoversEveryFactOfTheIncidentButTheNames() {
        // A new incident fact must be added to PlanCache.key (and here), or cached plans would ignore it.
        // The declared facts need no place in the key: only the default playbook is cached, it declares
        // none, and an incident that gives some is rejected before the cache is asked.
        assertThat(Arrays.stream(Incident.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("id", "mistake", "faultOwner", "severity", "relationship", "detectedBy", "customerMood",
                        "priorOccurrences", "patientImpact", "spreadBeyondContact", "publicComplaint", "referralsLost",
                        "account", "contact", "rep", "product", "salutation", "contactRole", "facts");
    }

    @Test
    void everyFactChangesTheKey() {
        List<UnaryOperator<Incident.Builder>> changes = List.of(
                b -> b.mistake(Mistake.OTHER), b -> b.faultOwner(FaultOwner.UNKNOWN), b -> b.severity(Severity.CRITICAL),
                b -> b.relationship(Relationship.STRONG), b -> b.detectedBy(DetectedBy.THIRD_PARTY),
                b -> b.customerMood(CustomerMood.ANGRY), b -> b.priorOccurrences(1), b -> b.priorOccurrences(Integer.MAX_VALUE),
                b -> b.patientImpact(true), b -> b.spreadBeyondContact(true), b -> b.publicComplaint(true),
                b -> b.referralsLost(true));
        Set<Long> keys = new HashSet<>(Set.of(PlanCache.key(BASE)));
        for (UnaryOperator<Incident.Builder> change : changes) {
            assertThat(keys.add(PlanCache.key(change.apply(BASE.toBuilder()).build()))).isTrue();
        }
    }

    @Test
    void everyCombinationOfTheEnumsAndFlagsHasItsOwnKey() {
        Set<Long> keys = new HashSet<>();
        int combinations = 0;
        for (Mistake m : Mistake.values()) {
            for (FaultOwner f : FaultOwner.values()) {
                for (Severity s : Severity.values()) {
                    for (Relationship r : Relationship.values()) {
                        for (DetectedBy d : DetectedBy.values()) {
                            for (CustomerMood c : CustomerMood.values()) {
                                for (int flags = 0; flags < 16; flags++) {
                                    keys.add(PlanCache.key(Incident.builder().mistake(m).faultOwner(f).severity(s).relationship(r)
                                            .detectedBy(d).customerMood(c).patientImpact((flags & 1) != 0)
                                            .spreadBeyondContact((flags & 2) != 0).publicComplaint((flags & 4) != 0)
                                            .referralsLost((flags & 8) != 0).priorOccurrences(flags % 3).build()));
                                    combinations++;
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(keys).hasSize(combinations);
    }

    @Test
    void namesDoNotChangeTheKey() {
        Incident named = BASE.toBuilder().id("INC-1").account("Acme").contact("Dr. Lee").rep("Sam").product("stent").build();

        assertThat(PlanCache.key(named)).isEqualTo(PlanCache.key(BASE));
    }

    @Test
    void theCacheNeverHoldsMoreThanItsCapacity() {
        PlanCache cache = new PlanCache();
        PlanAssembler.Template template = PlanAssembler.template(new PlanDraft(PlaybookVocabulary.BUILT_IN));
        for (int i = 0; i <= PlanCache.CAPACITY + 10; i++) {
            cache.put(BASE.toBuilder().priorOccurrences(i).build(), template);
            assertThat(cache.size()).isLessThanOrEqualTo(PlanCache.CAPACITY);
        }
        assertThat(cache.get(BASE.toBuilder().priorOccurrences(PlanCache.CAPACITY + 10).build())).isSameAs(template);
    }

    @Test
    void playbooksCompiledFromDrlAreNotCached() {
        PlaybookCompiler.Compiled compiled = new PlaybookSources(List.of(new RuleSource.Text(new RuleFile("a.drl", Drl.HEADER + """
                rule "fix" when Incident() then plan.step(Action.FIX, "Fix it, {contact}."); end
                """)))).compile();

        assertThat(compiled.readsNoNames()).isFalse();
    }
}
