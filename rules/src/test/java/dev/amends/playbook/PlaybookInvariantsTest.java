package dev.amends.playbook;

import dev.amends.model.Action;
import dev.amends.model.CustomerMood;
import dev.amends.model.DetectedBy;
import dev.amends.model.FaultOwner;
import dev.amends.model.Incident;
import dev.amends.model.Mistake;
import dev.amends.model.Phase;
import dev.amends.model.RecoveryPlan;
import dev.amends.model.Relationship;
import dev.amends.model.Severity;
import dev.amends.model.Step;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static dev.amends.playbook.DefaultPlaybook.describe;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants of the default playbook over every combination of the categorical facts, with the
 * remaining facts varied along with them so that each value of each is exercised many times.
 */
class PlaybookInvariantsTest {

    private static List<Incident> incidents() {
        List<Incident> all = new ArrayList<>();
        int i = 0;
        for (Mistake mistake : Mistake.values()) {
            for (FaultOwner faultOwner : FaultOwner.values()) {
                for (Severity severity : Severity.values()) {
                    for (CustomerMood mood : CustomerMood.values()) {
                        for (DetectedBy detectedBy : DetectedBy.values()) {
                            all.add(Incident.builder().mistake(mistake).faultOwner(faultOwner).severity(severity)
                                    .customerMood(mood).detectedBy(detectedBy)
                                    .relationship(Relationship.values()[i % 4])
                                    .priorOccurrences(i % 3)
                                    .patientImpact(i % 2 == 0)
                                    .spreadBeyondContact(i % 5 < 2)
                                    .publicComplaint(i % 7 == 0)
                                    .referralsLost(i % 3 == 1)
                                    .build());
                            i++;
                        }
                    }
                }
            }
        }
        return all;
    }

    @Test
    void everyPlanIsWellFormed() {
        for (Incident incident : incidents()) {
            RecoveryPlan plan = DefaultPlaybook.ADVISOR.recommend(incident);
            String context = incident + "\n" + describe(plan);

            assertThat(plan.actions()).as("core steps in %s", context)
                    .contains(Action.TAKE_OWNERSHIP, Action.FIX, Action.FOLLOW_UP);
            assertThat(plan.actions()).as("no action twice in %s", context).doesNotHaveDuplicates();
            assertThat(plan.steps()).as("ordered by phase in %s", context)
                    .isSortedAccordingTo(Comparator.comparing(Step::phase));
            assertThat(plan.steps()).as("no unfilled placeholder in %s", context)
                    .allSatisfy(s -> assertThat(s.wording()).doesNotContainPattern("\\{[a-z]+}"));
            assertThat(plan.steps()).as("every step explains itself in %s", context)
                    .allSatisfy(s -> assertThat(s.why()).isNotBlank());
            assertThat(plan.steps()).as("numbered from 1 in %s", context)
                    .extracting(Step::order).containsExactlyElementsOf(
                            java.util.stream.IntStream.rangeClosed(1, plan.steps().size()).boxed().toList());
            assertThat(plan.steps().get(plan.steps().size() - 1).phase()).as("follow-up last in %s", context)
                    .isEqualTo(Phase.FOLLOW_UP);
            if (incident.faultOwner() != FaultOwner.REP) {
                assertThat(plan.has(Action.APOLOGIZE)).as("no personal apology in %s", context).isFalse();
            }
            if (incident.customerMood() == CustomerMood.ANGRY) {
                assertThat(plan.steps().stream().filter(s -> s.phase() == Phase.ACKNOWLEDGE).findFirst()
                        .map(Step::action)).as("thanks first in %s", context).contains(Action.THANK_FOR_RAISING);
            }
            if (incident.patientImpact()) {
                assertThat(plan.has(Action.ROUTE_COMPLAINT)).as("complaint routed in %s", context).isTrue();
            }
        }
    }
}
