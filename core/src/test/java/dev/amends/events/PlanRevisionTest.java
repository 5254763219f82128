package dev.amends.events;

import dev.amends.api.Explanation;
import dev.amends.api.RecoveryAdvisor;
import dev.amends.api.RecoveryPlan;
import dev.amends.api.Step;
import dev.amends.api.StepStatus;
import dev.amends.calendar.BusinessCalendar;
import dev.amends.model.Action;
import dev.amends.model.CustomerMood;
import dev.amends.model.Event;
import dev.amends.model.FaultOwner;
import dev.amends.model.Finding;
import dev.amends.model.Incident;
import dev.amends.model.InvalidIncidentException;
import dev.amends.model.Mistake;
import dev.amends.model.Outcome;
import dev.amends.model.Relationship;
import dev.amends.model.Severity;
import dev.amends.model.StepDone;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A plan revised by what happened since the report: steps done, steps added in reaction, steps dropped, steps overdue. */
class PlanRevisionTest {

    private static final String RULES = """
            package test.playbook;
            import dev.amends.model.*;
            global dev.amends.dsl.PlanDraft plan;

            rule "Call today"
            when
                Incident()
            then
                plan.step(Action.REACH_OUT_FIRST, "Call them.").within(Timing.TODAY);
            end

            rule "Say sorry on the call"
            when
                Incident()
            then
                plan.step(Action.APOLOGIZE, "Say you are sorry.");
            end

            rule "Own it on the call"
            when
                Incident()
            then
                plan.step(Action.TAKE_OWNERSHIP, "Say it is yours to put right.");
            end

            rule "Offer a remedy"
            when
                Incident()
            then
                plan.step(Action.OFFER_REMEDY, "Offer a credit.").within(Timing.WITHIN_A_BUSINESS_DAY);
            end

            rule "Fix within three days"
            when
                Incident()
            then
                plan.step(Action.FIX, "Put it right.").within(Timing.WITHIN_THREE_DAYS);
            end

            rule "Share the prevention"
            when
                Incident()
            then
                plan.step(Action.SHARE_PREVENTION, "Tell them what changed.").within(Timing.WITHIN_TWO_WEEKS);
            end

            rule "Check back a week after the fix"
            when
                Incident()
            then
                plan.step(Action.FOLLOW_UP, "Check in.").within(Timing.AFTER_A_WEEK);
            end

            rule "A declined remedy goes to the sales manager"
            when
                StepDone( action == Action.OFFER_REMEDY, outcome == Outcome.DECLINED )
            then
                plan.step(Action.INVOLVE_SALES_MANAGER, "Ask your manager what else can be offered.").within(Timing.WITHIN_A_BUSINESS_DAY);
            end

            rule "No fault of ours means no prevention to promise"
            when
                InvestigationClosed( finding == Finding.NO_FAULT_FOUND )
            then
                plan.drop(Action.SHARE_PREVENTION, "the investigation found no fault to prevent");
            end
            """;

    /** Monday 23 November 2026, 09:00 in Berlin. */
    private static final OffsetDateTime MONDAY_NINE = OffsetDateTime.parse("2026-11-23T09:00:00+01:00");
    /** Two weeks later. */
    private static final Clock LATER = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);

    private static final RecoveryAdvisor ADVISOR = RecoveryAdvisor.builder().rules("test.drl", RULES)
            .calendar(BusinessCalendar.standard()).clock(LATER).build();

    private static Incident.Builder incident() {
        return Incident.builder().mistake(Mistake.WRONG_PRODUCT).faultOwner(FaultOwner.COMPANY).severity(Severity.HIGH)
                .relationship(Relationship.ESTABLISHED).reportedAt(MONDAY_NINE).timeZone("Europe/Berlin");
    }

    private static OffsetDateTime hoursLater(int hours) {
        return MONDAY_NINE.plusHours(hours);
    }

    @Test
    void withoutEventsEveryStepIsOpen() {
        RecoveryPlan plan = ADVISOR.recommend(incident().build());

        assertThat(plan.steps()).extracting(Step::status).containsOnly(StepStatus.OPEN);
        assertThat(plan.next()).map(Step::order).contains(1);
    }

    @Test
    void aStepDoneIsMarkedDoneWithWhenAndHowItWent() {
        StepDone call = Event.stepDone(hoursLater(1), Action.REACH_OUT_FIRST, Outcome.SUCCEEDED);

        RecoveryPlan plan = ADVISOR.recommend(incident().event(call).build());

        Step step = plan.step(Action.REACH_OUT_FIRST).orElseThrow();
        assertThat(step.status()).isEqualTo(StepStatus.DONE);
        assertThat(step.done()).contains(call);
        assertThat(plan.step(Action.FIX).orElseThrow().status()).isEqualTo(StepStatus.OPEN);
        assertThat(plan.next()).map(Step::action).isNotEqualTo(java.util.Optional.of(Action.REACH_OUT_FIRST));
    }

    @Test
    void theFirstConversationIsDoneAsAWholeWhenAnyOfItsStepsIsDone() {
        RecoveryPlan plan = ADVISOR.recommend(incident()
                .event(Event.stepDone(hoursLater(1), Action.APOLOGIZE, Outcome.SUCCEEDED)).build());

        assertThat(plan.steps(dev.amends.model.Stage.FIRST_CONTACT)).hasSizeGreaterThan(1).extracting(Step::status)
                .containsOnly(StepStatus.DONE);
        assertThat(plan.steps(dev.amends.model.Stage.FOLLOW_THROUGH)).extracting(Step::status).containsOnly(StepStatus.OPEN);
    }

    @Test
    void aStepARuleAddsInReactionToAnEventFallsDueFromThatEvent() {
        OffsetDateTime declined = hoursLater(48);   // Wednesday 09:00: one working day later is its close

        RecoveryPlan plan = ADVISOR.recommend(incident()
                .event(Event.stepDone(declined, Action.OFFER_REMEDY, Outcome.DECLINED)).build());

        Step manager = plan.step(Action.INVOLVE_SALES_MANAGER).orElseThrow();
        assertThat(manager.due()).map(ZonedDateTime::toOffsetDateTime).contains(OffsetDateTime.parse("2026-11-25T17:00:00+01:00"));
        assertThat(manager.status()).isEqualTo(StepStatus.OPEN);
    }

    @Test
    void aStepAddedInReactionFollowsTheFirstConversation() {
        RecoveryPlan plan = ADVISOR.recommend(incident()
                .event(Event.stepDone(hoursLater(48), Action.OFFER_REMEDY, Outcome.DECLINED)).build());

        assertThat(plan.step(Action.INVOLVE_SALES_MANAGER).orElseThrow().stage()).isEqualTo(dev.amends.model.Stage.FOLLOW_THROUGH);
    }

    @Test
    void anEventNoRuleReactsToChangesNothingButStatus() {
        RecoveryPlan before = ADVISOR.recommend(incident().build());
        RecoveryPlan after = ADVISOR.recommend(incident()
                .event(Event.customerReplied(hoursLater(3), CustomerMood.CALM)).build());

        assertThat(after.actions()).isEqualTo(before.actions());
    }

    @Test
    void aStepNoLongerNeededIsListedApartWithTheRuleAndWhy() {
        RecoveryPlan plan = ADVISOR.recommend(incident()
                .event(Event.investigationClosed(hoursLater(72), Finding.NO_FAULT_FOUND)).build());

        assertThat(plan.has(Action.SHARE_PREVENTION)).isFalse();
        assertThat(plan.dropped()).singleElement().satisfies(d -> {
            assertThat(d.action()).isEqualTo(Action.SHARE_PREVENTION);
            assertThat(d.droppedBy()).isEqualTo("No fault of ours means no prevention to promise");
            assertThat(d.proposedBy()).isEqualTo("Share the prevention");
            assertThat(d.why()).isEqualTo("the investigation found no fault to prevent");
        });
    }

    @Test
    void aStepAlreadyDoneIsNeverDropped() {
        RecoveryPlan plan = ADVISOR.recommend(incident()
                .event(Event.stepDone(hoursLater(70), Action.SHARE_PREVENTION, Outcome.SUCCEEDED))
                .event(Event.investigationClosed(hoursLater(72), Finding.NO_FAULT_FOUND)).build());

        assertThat(plan.step(Action.SHARE_PREVENTION)).map(Step::status).contains(StepStatus.DONE);
        assertThat(plan.dropped()).isEmpty();
    }

    @Test
    void anOpenStepPastItsDueDateIsOverdueAndADoneOneIsNot() {
        RecoveryPlan plan = ADVISOR.recommend(incident()
                .event(Event.stepDone(hoursLater(1), Action.REACH_OUT_FIRST, Outcome.SUCCEEDED)).build());

        assertThat(plan.overdue()).extracting(Step::action).contains(Action.OFFER_REMEDY, Action.FIX)
                .doesNotContain(Action.REACH_OUT_FIRST);
    }

    @Test
    void anOpenStepNotYetDueIsNotOverdue() {
        OffsetDateTime fixed = OffsetDateTime.parse("2026-12-04T15:00:00+01:00");

        RecoveryPlan plan = ADVISOR.recommend(incident().event(Event.stepDone(fixed, Action.FIX, Outcome.SUCCEEDED)).build());

        assertThat(plan.step(Action.FOLLOW_UP).orElseThrow().overdue()).isFalse();
    }

    @Test
    void aStepAfterTheFixCountsFromWhenTheFixWasDone() {
        OffsetDateTime fixed = OffsetDateTime.parse("2026-11-24T15:00:00+01:00");

        RecoveryPlan plan = ADVISOR.recommend(incident().event(Event.stepDone(fixed, Action.FIX, Outcome.SUCCEEDED)).build());

        assertThat(plan.step(Action.FOLLOW_UP).orElseThrow().due()).map(ZonedDateTime::toOffsetDateTime)
                .contains(OffsetDateTime.parse("2026-12-01T15:00:00+01:00"));
    }

    @Test
    void aStepAfterTheFixCountsFromTheFixThatHeld() {
        OffsetDateTime held = OffsetDateTime.parse("2026-11-25T15:00:00+01:00");

        RecoveryPlan plan = ADVISOR.recommend(incident()
                .event(Event.stepDone(OffsetDateTime.parse("2026-11-24T10:00:00+01:00"), Action.FIX, Outcome.SUCCEEDED))
                .event(Event.stepDone(OffsetDateTime.parse("2026-11-24T16:00:00+01:00"), Action.FIX, Outcome.FAILED))
                .event(Event.stepDone(held, Action.FIX, Outcome.SUCCEEDED)).build());

        assertThat(plan.step(Action.FOLLOW_UP).orElseThrow().due()).map(ZonedDateTime::toOffsetDateTime)
                .contains(OffsetDateTime.parse("2026-12-02T15:00:00+01:00"));
    }

    @Test
    void theSameIncidentAndEventsGiveTheSamePlan() {
        Incident incident = incident().event(Event.stepDone(hoursLater(48), Action.OFFER_REMEDY, Outcome.DECLINED)).build();

        assertThat(ADVISOR.recommend(incident)).isEqualTo(ADVISOR.recommend(incident));
    }

    @Test
    void anEventAboutAStepThePlanDoesNotHaveIsKeptAndListedApart() {
        Event escalated = Event.stepDone(hoursLater(2), Action.ESCALATE_TO_LEADERSHIP, Outcome.SUCCEEDED);
        Incident incident = incident().event(escalated).build();

        RecoveryPlan plan = ADVISOR.recommend(incident);

        assertThat(plan.eventsWithoutStep()).containsExactly(escalated);
        assertThat(plan.incident().events()).containsExactly(escalated);
    }

    @Test
    void anEventAboutAStepThePlanDoesNotHaveMarksNothingDone() {
        Incident incident = incident().event(Event.stepDone(hoursLater(2), Action.ESCALATE_TO_LEADERSHIP, Outcome.SUCCEEDED)).build();

        RecoveryPlan plan = ADVISOR.recommend(incident);

        assertThat(plan.steps()).isEqualTo(ADVISOR.recommend(incident().build()).steps());
    }

    @Test
    void theEventsOfAStepThePlanHasAreNotListedApart() {
        RecoveryPlan plan = ADVISOR.recommend(incident().event(Event.stepDone(hoursLater(2), Action.FIX, Outcome.SUCCEEDED)).build());

        assertThat(plan.eventsWithoutStep()).isEmpty();
    }

    @Test
    void anEventNamingAnUnknownActionSuggestsTheNearest() {
        Incident incident = incident().event(Event.stepDone(hoursLater(2), "OFER_REMEDY", Outcome.ACCEPTED)).build();

        assertThatThrownBy(() -> ADVISOR.recommend(incident)).isInstanceOfSatisfying(InvalidIncidentException.class, e -> {
            assertThat(e.field()).isEqualTo("events[0].action");
            assertThat(e.getMessage()).contains("did you mean OFFER_REMEDY");
        });
    }

    @Test
    void anEventNamingABuiltInActionByNameIsTheSameAsByConstant() {
        RecoveryPlan byName = ADVISOR.recommend(incident().event(Event.stepDone(hoursLater(1), "FIX", Outcome.SUCCEEDED)).build());

        assertThat(byName.step(Action.FIX)).map(Step::status).contains(StepStatus.DONE);
    }

    @Test
    void noReplyToAStepDoneInHouseIsRefused() {
        RecoveryAdvisor advisor = RecoveryAdvisor.builder().rules("test.drl", """
                package test.playbook;
                import dev.amends.model.*;
                global dev.amends.dsl.PlanDraft plan;
                rule "Route it"
                when
                    Incident()
                then
                    plan.step(Action.ROUTE_COMPLAINT, "Route it.");
                end
                """).clock(LATER).build();

        assertThatThrownBy(() -> advisor.recommend(incident().event(Event.noReply(hoursLater(5), Action.ROUTE_COMPLAINT)).build()))
                .isInstanceOfSatisfying(InvalidIncidentException.class, e -> {
                    assertThat(e.field()).isEqualTo("events[0].action");
                    assertThat(e.getMessage()).contains("in-house");
                });
    }

    @Test
    void anEventLaterThanNowIsRefused() {
        Incident incident = incident().event(Event.recurred(OffsetDateTime.parse("2027-01-05T10:00:00+01:00"))).build();

        assertThatThrownBy(() -> ADVISOR.recommend(incident)).isInstanceOfSatisfying(InvalidIncidentException.class,
                e -> assertThat(e.field()).isEqualTo("events[0].at"));
    }

    @Test
    void explainNamesTheEventARuleReactedTo() {
        Explanation explanation = ADVISOR.explain(incident()
                .event(Event.stepDone(hoursLater(48), Action.OFFER_REMEDY, Outcome.DECLINED)).build());

        assertThat(explanation.firing("A declined remedy goes to the sales manager").orElseThrow().matched())
                .containsExactly("StepDone(action=OFFER_REMEDY, outcome=DECLINED) at 2026-11-25T09:00+01:00");
    }

    @Test
    void aFiringHoldsTheEventsItReactedToAndARuleAboutTheIncidentAloneNone() {
        StepDone declined = Event.stepDone(hoursLater(48), Action.OFFER_REMEDY, Outcome.DECLINED);
        Explanation explanation = ADVISOR.explain(incident().event(declined).build());

        assertThat(explanation.firing("A declined remedy goes to the sales manager").orElseThrow().events())
                .containsExactly(declined);
        assertThat(explanation.firing("Offer a remedy").orElseThrow().events()).isEmpty();
    }

    @Test
    void aStepAddedInReactionToTheEventThatDidItsActionStaysOpen() {
        RecoveryAdvisor advisor = RecoveryAdvisor.builder().rules("test.drl", """
                package test.playbook;
                import dev.amends.model.*;
                global dev.amends.dsl.PlanDraft plan;
                rule "Offer a credit"
                when
                    Incident()
                then
                    plan.step(Action.OFFER_REMEDY, "Offer a credit.");
                end
                rule "A declined offer is revised"
                when
                    StepDone( action == Action.OFFER_REMEDY, outcome == Outcome.DECLINED )
                then
                    plan.step(Action.OFFER_REMEDY, "Offer what your manager approved instead.");
                end
                """).clock(LATER).build();
        OffsetDateTime declined = hoursLater(48);

        RecoveryPlan plan = advisor.recommend(incident().event(Event.stepDone(declined, Action.OFFER_REMEDY, Outcome.DECLINED)).build());

        assertThat(plan.steps()).filteredOn(s -> s.action() == Action.OFFER_REMEDY)
                .extracting(Step::wording, Step::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Offer a credit.", StepStatus.DONE),
                        org.assertj.core.groups.Tuple.tuple("Offer what your manager approved instead.", StepStatus.OPEN));
    }
    @Test
    void aLaterEventForAStepAlreadyDoneLeavesItAsItWasDone() {
        StepDone fixed = Event.stepDone(hoursLater(25), Action.FIX, Outcome.SUCCEEDED);

        RecoveryPlan plan = ADVISOR.recommend(incident().event(fixed)
                .event(Event.stepDone(hoursLater(31), Action.FIX, Outcome.FAILED)).build());

        assertThat(plan.step(Action.FIX).orElseThrow().done()).contains(fixed);
    }

    @Test
    void aLaterEventForAStepAlreadyDoneIsReportedOnThatStep() {
        StepDone failed = Event.stepDone(hoursLater(31), Action.FIX, Outcome.FAILED);

        RecoveryPlan plan = ADVISOR.recommend(incident().event(Event.stepDone(hoursLater(25), Action.FIX, Outcome.SUCCEEDED))
                .event(failed).build());

        assertThat(plan.step(Action.FIX).orElseThrow().reportedLater()).containsExactly(failed);
    }

    @Test
    void anEventThatMarksAStepDoneIsNotReportedLaterOnAnother() {
        RecoveryPlan plan = ADVISOR.recommend(incident().event(Event.stepDone(hoursLater(25), Action.FIX, Outcome.SUCCEEDED)).build());

        assertThat(plan.steps()).allSatisfy(step -> assertThat(step.reportedLater()).isEmpty());
    }

    @Test
    void theFirstConversationKeepsTheTimeAndOutcomeOfTheCallWhenOneOfItsActionsIsDoneAgainLater() {
        StepDone call = Event.stepDone(hoursLater(1), Action.TAKE_OWNERSHIP, Outcome.SUCCEEDED);

        RecoveryPlan plan = ADVISOR.recommend(incident().event(call)
                .event(Event.stepDone(hoursLater(30), Action.TAKE_OWNERSHIP, Outcome.FAILED)).build());

        assertThat(plan.steps(dev.amends.model.Stage.FIRST_CONTACT)).hasSizeGreaterThan(1)
                .allSatisfy(step -> assertThat(step.done()).contains(call));
    }

    @Test
    void aLaterEventNamingAStepOfTheCallLeavesItDoneWhenTheCallWas() {
        StepDone call = Event.stepDone(hoursLater(1), Action.APOLOGIZE, Outcome.SUCCEEDED);

        RecoveryPlan plan = ADVISOR.recommend(incident().event(call)
                .event(Event.stepDone(hoursLater(30), Action.TAKE_OWNERSHIP, Outcome.FAILED)).build());

        assertThat(plan.step(Action.TAKE_OWNERSHIP).orElseThrow().done()).contains(call);
    }

    @Test
    void aStepOfTheCallNamedByTheEventThatMarksTheCallKeepsItsOwnOutcome() {
        StepDone apology = Event.stepDone(hoursLater(1), Action.APOLOGIZE, Outcome.SUCCEEDED);
        StepDone ownership = Event.stepDone(hoursLater(1), Action.TAKE_OWNERSHIP, Outcome.FAILED);

        RecoveryPlan plan = ADVISOR.recommend(incident().event(apology).event(ownership).build());

        assertThat(plan.step(Action.TAKE_OWNERSHIP).orElseThrow().done()).contains(ownership);
        assertThat(plan.step(Action.APOLOGIZE).orElseThrow().done()).contains(apology);
    }

    @Test
    void aStepAfterTheFixWaitsForAFixThatHoldsWhenTheLatestFailed() {
        RecoveryPlan failed = ADVISOR.recommend(incident()
                .event(Event.stepDone(OffsetDateTime.parse("2026-11-24T10:00:00+01:00"), Action.FIX, Outcome.SUCCEEDED))
                .event(Event.stepDone(OffsetDateTime.parse("2026-11-24T16:00:00+01:00"), Action.FIX, Outcome.FAILED)).build());
        RecoveryPlan notYetFixed = ADVISOR.recommend(incident().build());

        assertThat(failed.step(Action.FOLLOW_UP).orElseThrow().due()).isEqualTo(notYetFixed.step(Action.FOLLOW_UP).orElseThrow().due());
    }

    private static final String SILENCE = """
            package test.playbook;
            import dev.amends.model.*;
            global dev.amends.dsl.PlanDraft plan;
            rule "Offer a credit"
            when
                Incident()
            then
                plan.step(Action.OFFER_REMEDY, "Offer a credit.").within(Timing.WITHIN_A_BUSINESS_DAY);
            end
            rule "Fix within three days"
            when
                Incident()
            then
                plan.step(Action.FIX, "Put it right.").within(Timing.WITHIN_THREE_DAYS);
            end
            rule "No answer to the offer: go and see them"
            when
                NoReply( action == Action.OFFER_REMEDY )
            then
                plan.step(Action.FOLLOW_UP, "Go and see them about the offer.").within(Timing.WITHIN_A_BUSINESS_DAY);
            end
            """;

    @Test
    void aStepTheCustomerDidNotAnswerWaitsOnThemNeitherOpenNorOverdue() {
        RecoveryAdvisor advisor = RecoveryAdvisor.builder().rules("test.drl", SILENCE).clock(LATER).build();
        dev.amends.model.NoReply silence = Event.noReply(hoursLater(30), Action.OFFER_REMEDY);

        RecoveryPlan plan = advisor.recommend(incident().event(silence).build());

        Step offer = plan.step(Action.OFFER_REMEDY).orElseThrow();
        assertThat(offer.status()).isEqualTo(StepStatus.UNANSWERED);
        assertThat(offer.unanswered()).contains(silence);
        assertThat(offer.overdue()).isFalse();
        assertThat(plan.open()).doesNotContain(offer);
    }

    @Test
    void theStepAddedForTheSilenceComesBeforeTheUnansweredOneAsNext() {
        RecoveryAdvisor advisor = RecoveryAdvisor.builder().rules("test.drl", SILENCE).clock(LATER).build();

        RecoveryPlan plan = advisor.recommend(incident()
                .event(Event.noReply(hoursLater(30), Action.OFFER_REMEDY))
                .event(Event.stepDone(hoursLater(31), Action.FIX, Outcome.SUCCEEDED)).build());

        assertThat(plan.next()).map(Step::wording).contains("Go and see them about the offer.");
    }

    @Test
    void anAnswerAfterTheSilenceMarksTheStepDone() {
        RecoveryAdvisor advisor = RecoveryAdvisor.builder().rules("test.drl", SILENCE).clock(LATER).build();
        StepDone accepted = Event.stepDone(hoursLater(50), Action.OFFER_REMEDY, Outcome.ACCEPTED);

        RecoveryPlan plan = advisor.recommend(incident()
                .event(Event.noReply(hoursLater(30), Action.OFFER_REMEDY)).event(accepted).build());

        Step offer = plan.step(Action.OFFER_REMEDY).orElseThrow();
        assertThat(offer.status()).isEqualTo(StepStatus.DONE);
        assertThat(offer.done()).contains(accepted);
    }
}
