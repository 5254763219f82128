package dev.amends.api;

import dev.amends.model.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.amends.api.Drl.advisor;
import static org.assertj.core.api.Assertions.assertThat;

class ThreadSafetyTest {

    private static final int THREADS = 8;
    private static final int CALLS_PER_THREAD = 300;

    private static final String RULES = """
            rule "own" when Incident() then plan.step(Action.TAKE_OWNERSHIP, "I'll see this through, {contact}."); end
            rule "apologise" when Incident(faultOwner == FaultOwner.REP)
            then plan.step(Action.APOLOGIZE, "I'm sorry, {contact}: I got it wrong."); end
            rule "regret" when Incident(faultOwner in (FaultOwner.COMPANY, FaultOwner.THIRD_PARTY))
            then plan.step(Action.EXPRESS_REGRET, "I'm sorry that happened to {account}."); end
            rule "not ours" when Incident(faultOwner == FaultOwner.CUSTOMER)
            then plan.drop(Action.APOLOGIZE, "not our fault"); plan.avoid(Avoid.BLAME_OTHERS, "never"); end
            rule "fix" when Incident() then plan.step(Action.FIX, "Replace the {product}.").within(Timing.BY_RESOLUTION_DEADLINE); end
            rule "refund" when Incident(severity >= Severity.HIGH || priorOccurrences > 0)
            then plan.step(Action.OFFER_REMEDY, "Credit {account} in full."); end
            rule "complaint" when Incident(patientImpact || mistake == Mistake.DEFECTIVE_PRODUCT)
            then plan.step(Action.ROUTE_COMPLAINT, "Log it with the complaint unit.").by(Owner.COMPLAINT_UNIT).within(Timing.TODAY); end
            rule "spread" when Incident(spreadBeyondContact || publicComplaint)
            then plan.step(Action.CHECK_SPREAD, "Find out who else at {account} heard."); end
            rule "escalate" when Incident(priorOccurrences >= 1 || severity == Severity.CRITICAL)
            then plan.step(Action.ESCALATE_TO_LEADERSHIP, "Take it to leadership.").by(Owner.LEADERSHIP); end
            rule "first" when Incident(detectedBy == DetectedBy.REP || detectedBy == DetectedBy.COMPANY)
            then plan.step(Action.REACH_OUT_FIRST, "Call {contact} before they find out."); end
            rule "angry" when Incident(customerMood == CustomerMood.ANGRY)
            then plan.step(Action.THANK_FOR_RAISING, "Thank you for telling me."); plan.avoid(Avoid.SORRY_FIRST_TO_ANGRY_CUSTOMER, "thanks first");
                 plan.contactBy(Channel.IN_PERSON); end
            rule "quarterly" when Incident(referralsLost)
            then plan.step(Action.REVISIT_QUARTERLY, "Visit {account}.").within(Timing.EVERY_QUARTER); end
            rule "pace critical" when Incident(severity == Severity.CRITICAL)
            then plan.respondWithin(Timing.WITHIN_AN_HOUR); plan.resolveWithin(Timing.TODAY); plan.contactBy(Channel.PHONE); end
            rule "pace high" when Incident(severity == Severity.HIGH)
            then plan.respondWithin(Timing.TODAY); plan.resolveWithin(Timing.WITHIN_THREE_DAYS); end
            rule "follow up" when Incident() then plan.step(Action.FOLLOW_UP, "Check in with {contact}.").within(Timing.AFTER_A_WEEK); end
            """;

    private static List<Incident> variedIncidents() {
        Random random = new Random(2024);
        List<Incident> incidents = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            Incident.Builder b = Incident.builder()
                    .mistake(pick(random, Mistake.values()))
                    .faultOwner(pick(random, FaultOwner.values()))
                    .severity(pick(random, Severity.values()))
                    .relationship(pick(random, Relationship.values()))
                    .detectedBy(pick(random, DetectedBy.values()))
                    .customerMood(pick(random, CustomerMood.values()))
                    .priorOccurrences(random.nextInt(3))
                    .patientImpact(random.nextBoolean())
                    .spreadBeyondContact(random.nextBoolean())
                    .publicComplaint(random.nextBoolean())
                    .referralsLost(random.nextBoolean());
            if (random.nextBoolean()) {
                b.contact("Dr. " + i).account("Clinic " + i).product("device " + i).rep("Rep " + i);
            }
            incidents.add(b.build());
        }
        return incidents;
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void oneAdvisorSharedByManyThreadsGivesTheSamePlansAsOneThread() throws Exception {
        List<Incident> incidents = variedIncidents();
        List<RecoveryPlan> expected = incidents.stream().map(advisor(RULES)::recommend).toList();
        assertThat(expected.stream().map(RecoveryPlan::actions).distinct().count())
                .as("the incidents lead to varied plans").isGreaterThan(20);

        // an advisor of its own, its plan cache still empty: the threads evaluate the rules, not only read the cache
        RecoveryAdvisor shared = advisor(RULES);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t * 7;
                results.add(pool.submit(() -> {
                    start.await();
                    List<String> mismatches = new ArrayList<>();
                    for (int call = 0; call < CALLS_PER_THREAD; call++) {
                        int i = (offset + call) % incidents.size();
                        RecoveryPlan plan = shared.recommend(incidents.get(i));
                        if (!plan.equals(expected.get(i))) {
                            mismatches.add("incident " + i + ": " + plan.actions() + " instead of " + expected.get(i).actions());
                        }
                    }
                    return mismatches;
                }));
            }
            start.countDown();
            List<String> mismatches = new ArrayList<>();
            for (Future<List<String>> result : results) {
                mismatches.addAll(result.get(25, TimeUnit.SECONDS));
            }
            assertThat(mismatches).as("plans that differ from the single-threaded ones").isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }
}
