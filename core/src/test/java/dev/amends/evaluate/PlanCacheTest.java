package dev.amends.evaluate;

import dev.amends.api.Drl;
import static dev.amends.api.Drl.advisor;
import dev.amends.api.Incidents;
import dev.amends.api.PlaybookCompilationException;
import dev.amends.api.PlaybookProblem;
import dev.amends.vocabulary.PlaybookVocabulary;
import dev.amends.api.RecoveryAdvisor;
import dev.amends.model.*;
import dev.amends.api.RecoveryPlan;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

class PlanCacheTest {

    private static final Incident BASE = Incidents.wrongProduct().build();

    @Test
    void everyFactButTheNamesTellsIncidentsApartForRules() {
        List<UnaryOperator<Incident.Builder>> changes = List.of(
                b -> b.mistake(Mistake.OTHER), b -> b.faultOwner(FaultOwner.UNKNOWN), b -> b.severity(Severity.CRITICAL),
                b -> b.relationship(Relationship.STRONG), b -> b.detectedBy(DetectedBy.THIRD_PARTY),
                b -> b.customerMood(CustomerMood.ANGRY), b -> b.priorOccurrences(1), b -> b.priorOccurrences(Integer.MAX_VALUE),
                b -> b.patientImpact(true), b -> b.spreadBeyondContact(true), b -> b.publicComplaint(true),
                b -> b.referralsLost(true), b -> b.deviceKind(DeviceKind.EQUIPMENT),
                b -> b.deviceKind(DeviceKind.INSTALLED_SYSTEM), b -> b.saidAloud(true),
                b -> b.fact("accountTier", "KEY"));
        for (UnaryOperator<Incident.Builder> change : changes) {
            assertThat(PlanCache.withoutNames(change.apply(BASE.toBuilder()).build())).isNotEqualTo(PlanCache.withoutNames(BASE));
        }
    }

    @Test
    void theKindOfAnOtherMistakeTellsIncidentsApartForRules() {
        Incident other = BASE.toBuilder().mistake(Mistake.OTHER).rep("Sam").build();

        assertThat(PlanCache.withoutNames(other.toBuilder().otherKind(OtherKind.INDUCEMENT).build()))
                .isNotEqualTo(PlanCache.withoutNames(other))
                .extracting(Incident::otherKind).isEqualTo(OtherKind.INDUCEMENT);
    }

    @Test
    void rulesSeeNoName() {
        Incident named = BASE.toBuilder().id("INC-1").account("Acme").contact("Dr. Lee").rep("Sam").product("stent")
                .salutation("Dr. Lee").contactRole("surgeon").build();

        assertThat(PlanCache.withoutNames(named)).isEqualTo(BASE);
    }

    @Test
    void theCacheNeverHoldsMoreThanItsCapacity() {
        PlanCache cache = new PlanCache();
        PlanAssembler.Template template = PlanAssembler.template(new Draft(PlaybookVocabulary.BUILT_IN), BASE);
        for (int i = 0; i <= PlanCache.CAPACITY + 10; i++) {
            cache.put(BASE.toBuilder().priorOccurrences(i).build(), template);
            assertThat(cache.size()).isLessThanOrEqualTo(PlanCache.CAPACITY);
        }
        assertThat(cache.get(BASE.toBuilder().priorOccurrences(PlanCache.CAPACITY + 10).build())).isSameAs(template);
    }

    @Test
    void aConsequenceReadingANameFindsItEmptyBecauseRulesSeeNone() {
        RecoveryAdvisor advisor = Drl.advisor("""
                rule "Named" when $i : Incident() then plan.step(Action.FIX, "Fix it for " + $i.contact().orElse("nobody") + "."); end
                """);

        RecoveryPlan plan = advisor.recommend(BASE.toBuilder().contact("Dr. Lee").build());

        assertThat(plan.steps().get(0).wording()).isEqualTo("Fix it for nobody.");
    }

    @Test
    void aConditionOnANameIsReportedBecauseItCannotDependOnIt() {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> Drl.advisor("""
                rule "Named" when Incident( contact.isPresent() ) then plan.step(Action.FIX, "Fix it."); end
                """));

        assertThat(((PlaybookCompilationException) thrown).problems()).singleElement().extracting(PlaybookProblem::message)
                .isEqualTo("this condition cannot depend on contact: rules see no names, so an incident's contact is always "
                        + "empty to them; names only fill in wordings, as {contact}");
    }

    @Test
    void aFolderPlaybooksPlanIsCachedAndFilledWithEachIncidentsOwnNames() {
        RecoveryAdvisor advisor = Drl.advisor("""
                rule "Fix" when Incident() then plan.step(Action.FIX, "Fix it for {account}."); end
                """);

        Incident globex = BASE.toBuilder().account("Globex").build();
        assertThat(advisor.hasCachedPlan(globex)).as("before any request").isFalse();
        RecoveryPlan first = advisor.recommend(BASE.toBuilder().account("Acme").build());
        assertThat(advisor.hasCachedPlan(globex)).as("after a request for the same facts with other names").isTrue();
        RecoveryPlan second = advisor.recommend(globex);

        assertThat(first.steps().get(0).wording()).isEqualTo("Fix it for Acme.");
        assertThat(second.steps().get(0).wording()).isEqualTo("Fix it for Globex.");
    }
}
