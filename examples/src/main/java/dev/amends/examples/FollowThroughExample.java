package dev.amends.examples;

import dev.amends.api.RecoveryAdvisor;
import dev.amends.api.RecoveryPlan;
import dev.amends.api.Step;
import dev.amends.model.Action;
import dev.amends.model.CustomerMood;
import dev.amends.model.Event;
import dev.amends.model.FaultOwner;
import dev.amends.model.Finding;
import dev.amends.model.Incident;
import dev.amends.model.Mistake;
import dev.amends.model.Outcome;
import dev.amends.model.Relationship;
import dev.amends.model.Severity;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * How a plan moves with the case: the same incident, given what happened since it was reported,
 * gets the plan as it stands, with the steps done, the steps added in reaction, the steps no longer
 * needed, and what is overdue. The advisor's clock is fixed here so the output stays the same.
 */
public final class FollowThroughExample {

    private FollowThroughExample() {
    }

    /** Runs the example and prints what it shows. */
    public static void main(String[] args) {
        RecoveryAdvisor advisor = RecoveryAdvisor.builder().defaultPlaybook()
                .clock(Clock.fixed(Instant.parse("2026-12-09T09:00:00Z"), ZoneOffset.UTC)).build();

        Incident incident = Incident.builder()
                .mistake(Mistake.WRONG_PRODUCT).faultOwner(FaultOwner.COMPANY).severity(Severity.HIGH)
                .relationship(Relationship.ESTABLISHED).customerMood(CustomerMood.ANGRY)
                .contact("Dr. Amara Osei").product("4.5 mm locking plates")
                .reportedAt(OffsetDateTime.parse("2026-11-23T09:10:00+01:00")).timeZone("Europe/Berlin")
                .event(Event.stepDone(OffsetDateTime.parse("2026-11-23T09:40:00+01:00"), Action.ROUTE_COMPLAINT, Outcome.SUCCEEDED))
                .event(Event.stepDone(OffsetDateTime.parse("2026-11-23T10:00:00+01:00"), Action.LISTEN_FIRST, Outcome.SUCCEEDED))  // the first call
                .event(Event.stepDone(OffsetDateTime.parse("2026-11-23T11:00:00+01:00"), Action.FIX, Outcome.SUCCEEDED))
                .event(Event.stepDone(OffsetDateTime.parse("2026-11-24T15:00:00+01:00"), Action.OFFER_REMEDY, Outcome.DECLINED))
                .event(Event.investigationClosed(OffsetDateTime.parse("2026-12-08T10:00:00+01:00"), Finding.NO_FAULT_FOUND))
                .build();

        RecoveryPlan plan = advisor.recommend(incident);
        for (Step step : plan.steps()) {
            String status = step.done().map(d -> "done " + d.at() + ", " + d.outcome())
                    .orElse(step.overdue() ? "OVERDUE" : "open");
            System.out.printf("%d. %s [%s] %s%n", step.order(), step.action(), status, step.wording());
        }
        plan.dropped().forEach(d -> System.out.printf("No longer needed: %s (%s)%n", d.action(), d.why()));
        plan.next().ifPresent(step -> System.out.println("Next: " + step.action() + ": " + step.wording()));
    }
}
