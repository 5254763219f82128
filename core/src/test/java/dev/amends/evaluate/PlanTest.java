package dev.amends.evaluate;

import dev.amends.api.Avoidance;
import dev.amends.api.PlaybookVersion;
import dev.amends.api.RecoveryPlan;
import dev.amends.api.Step;

import dev.amends.model.*;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanTest {

    private static final Incident INCIDENT = Incident.builder()
            .mistake(Mistake.LATE_DELIVERY).faultOwner(FaultOwner.THIRD_PARTY)
            .severity(Severity.LOW).relationship(Relationship.STRONG).build();

    private static Step step(int order, Action action) {
        return new Plan.PlannedStep(order, action.inHouse() ? Stage.BEFORE_CONTACT : Stage.FIRST_CONTACT, action.phase(), action, "Do it.", Timing.TODAY, Owner.REP, "rule " + order, "why");
    }

    private static RecoveryPlan plan(List<Step> steps, List<Avoidance> avoid) {
        return new Plan(INCIDENT, steps, List.of(), List.of(), avoid, Timing.TODAY, Channel.PHONE, PlaybookVersion.NONE);
    }

    @Test
    void stepsCannotBeModified() {
        RecoveryPlan plan = plan(List.of(step(1, Action.FIX)), List.of());

        assertThatThrownBy(() -> plan.steps().add(step(2, Action.FOLLOW_UP)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> plan.steps().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> plan.steps().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void avoidCannotBeModified() {
        RecoveryPlan plan = plan(List.of(), List.of(new Plan.PlannedAvoidance(Avoid.JOKE_ABOUT_IT, "why", "rule")));

        assertThatThrownBy(() -> plan.avoid().add(new Plan.PlannedAvoidance(Avoid.MINIMIZE_IT, "why", "rule")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> plan.avoid().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aPlanKeepsItsOwnCopyOfTheListsItWasGiven() {
        List<Step> steps = new ArrayList<>(List.of(step(1, Action.FIX)));
        List<Avoidance> avoid = new ArrayList<>(List.of(new Plan.PlannedAvoidance(Avoid.OVERPROMISE, "why", "rule")));
        RecoveryPlan plan = plan(steps, avoid);

        steps.add(step(2, Action.FOLLOW_UP));
        avoid.clear();

        assertThat(plan.steps()).hasSize(1);
        assertThat(plan.avoid()).hasSize(1);
    }

    @Test
    void actionsListsTheStepsActionsInOrder() {
        RecoveryPlan plan = plan(List.of(step(1, Action.TAKE_OWNERSHIP), step(2, Action.FIX)), List.of());

        assertThat(plan.actions()).containsExactly(Action.TAKE_OWNERSHIP, Action.FIX);
        assertThatThrownBy(() -> plan.actions().add(Action.FOLLOW_UP)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void stepFindsTheFirstStepForAnAction() {
        Step first = step(1, Action.FIX);
        RecoveryPlan plan = plan(List.of(first, step(2, Action.FIX)), List.of());

        assertThat(plan.step(Action.FIX)).contains(first);
        assertThat(plan.has(Action.FIX)).isTrue();
        assertThat(plan.step(Action.APOLOGIZE)).isEmpty();
        assertThat(plan.has(Action.APOLOGIZE)).isFalse();
    }

    @Test
    void avoidsTellsWhetherSomethingIsToBeAvoided() {
        RecoveryPlan plan = plan(List.of(), List.of(new Plan.PlannedAvoidance(Avoid.BLAME_OTHERS, "why", "rule")));

        assertThat(plan.avoids(Avoid.BLAME_OTHERS)).isTrue();
        assertThat(plan.avoids(Avoid.MAKE_EXCUSES)).isFalse();
    }

    @Test
    void plansWithTheSameContentAreEqual() {
        assertThat(plan(List.of(step(1, Action.FIX)), List.of()))
                .isEqualTo(plan(new ArrayList<>(List.of(step(1, Action.FIX))), new ArrayList<>()));
    }

    @Test
    void everyActionBelongsToThePhaseThePlaybookGivesIt() {
        Map<Action, Phase> expected = new EnumMap<>(Action.class);
        expected.put(Action.SEE_CUSTOMER_VIEW, Phase.PREPARE);
        expected.put(Action.ROUTE_COMPLAINT, Phase.CONTAIN);
        expected.put(Action.NOTIFY_RISK_MANAGEMENT, Phase.CONTAIN);
        expected.put(Action.NOTIFY_COMPLIANCE, Phase.CONTAIN);
        expected.put(Action.REFER_TO_REGULATORY, Phase.CONTAIN);
        expected.put(Action.APPROVE_REMEDY, Phase.REMEDY);
        expected.put(Action.ARRANGE_FIX, Phase.REMEDY);
        expected.put(Action.ESCALATE_TO_LEADERSHIP, Phase.ESCALATE);
        expected.put(Action.INVOLVE_SALES_MANAGER, Phase.ESCALATE);
        expected.put(Action.REACH_OUT_FIRST, Phase.CONTACT);
        expected.put(Action.THANK_FOR_RAISING, Phase.CONTACT);
        expected.put(Action.LISTEN_FIRST, Phase.CONTACT);
        expected.put(Action.DISCLOSE_WHAT_WE_KNOW, Phase.ACKNOWLEDGE);
        expected.put(Action.TAKE_OWNERSHIP, Phase.ACKNOWLEDGE);
        expected.put(Action.APOLOGIZE, Phase.APOLOGIZE);
        expected.put(Action.EXPRESS_REGRET, Phase.APOLOGIZE);
        expected.put(Action.QUARANTINE_PRODUCT, Phase.CONTAIN);
        expected.put(Action.CHECK_SPREAD, Phase.CONTAIN);
        expected.put(Action.FIX, Phase.REMEDY);
        expected.put(Action.OFFER_REMEDY, Phase.REMEDY);
        expected.put(Action.FIND_ROOT_CAUSE, Phase.INVESTIGATE);
        expected.put(Action.DOUBLE_CHECK_PLAN, Phase.PREVENT);
        expected.put(Action.EXPLAIN_CAUSE, Phase.EXPLAIN);
        expected.put(Action.SHARE_PREVENTION, Phase.EXPLAIN);
        expected.put(Action.ASK_FOR_ANOTHER_CHANCE, Phase.RECONCILE);
        expected.put(Action.THANK_FOR_UNDERSTANDING, Phase.CLOSE);
        expected.put(Action.MEET_IN_PERSON, Phase.FOLLOW_UP);
        expected.put(Action.FOLLOW_UP, Phase.FOLLOW_UP);
        expected.put(Action.REVISIT_QUARTERLY, Phase.FOLLOW_UP);
        expected.put(Action.REBUILD_RAPPORT, Phase.FOLLOW_UP);

        for (Action action : Action.values()) {
            assertThat(action.phase()).as("phase of %s", action).isEqualTo(expected.get(action));
        }
    }

    @Test
    void exactlyTheReportingApprovalEscalationInvestigationAndProcessStepsAreDoneInHouse() {
        Set<Action> inHouse = EnumSet.of(Action.SEE_CUSTOMER_VIEW, Action.ROUTE_COMPLAINT, Action.NOTIFY_RISK_MANAGEMENT,
                Action.NOTIFY_COMPLIANCE, Action.REFER_TO_REGULATORY, Action.APPROVE_REMEDY, Action.ARRANGE_FIX, Action.ESCALATE_TO_LEADERSHIP, Action.INVOLVE_SALES_MANAGER,
                Action.FIND_ROOT_CAUSE,
                Action.DOUBLE_CHECK_PLAN);

        for (Action action : Action.values()) {
            assertThat(action.inHouse()).as("%s is done in-house", action).isEqualTo(inHouse.contains(action));
        }
    }

    @Test
    void onlyTheTwoWindowsAreRelativeTimings() {
        for (Timing timing : Timing.values()) {
            assertThat(timing.isRelative()).as("%s is relative", timing)
                    .isEqualTo(timing == Timing.AT_FIRST_CONTACT || timing == Timing.BY_RESOLUTION_DEADLINE);
        }
    }

    @Test
    void aTimingAfterTheFixFallsDueCountingFromTheResolutionWindow() {
        assertThat(Timing.AFTER_A_WEEK.hoursAfterReport(Timing.TODAY)).isEqualTo(Timing.TODAY.hoursAfterReport(Timing.TODAY) + 168);
        assertThat(Timing.AFTER_A_WEEK.hoursAfterReport(Timing.WITHIN_TWO_WEEKS))
                .isGreaterThan(Timing.WITHIN_TWO_WEEKS.hoursAfterReport(Timing.TODAY));
        assertThat(Timing.WITHIN_THREE_DAYS.hoursAfterReport(Timing.TODAY))
                .as("a timing counted from the report ignores the window")
                .isEqualTo(Timing.WITHIN_THREE_DAYS.hoursAfterReport(Timing.WITHIN_TWO_WEEKS));
    }

    @Test
    void aRelativeTimingHasNoDueTimeOfItsOwn() {
        assertThatThrownBy(() -> Timing.AT_FIRST_CONTACT.hoursAfterReport(Timing.TODAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AT_FIRST_CONTACT");
        assertThatThrownBy(() -> Timing.TODAY.hoursAfterReport(Timing.BY_RESOLUTION_DEADLINE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BY_RESOLUTION_DEADLINE");
    }

    @Test
    void concreteTimingsFromTheReportFallDueInTheOrderTheyAreDeclared() {
        int previous = -1;
        for (Timing timing : Timing.values()) {
            if (timing.isRelative() || timing.isAfterTheFix() || timing == Timing.WHEN_INVESTIGATION_CLOSES) {
                continue;
            }
            assertThat(timing.hoursAfterReport(Timing.TODAY)).as("%s", timing).isGreaterThan(previous);
            previous = timing.hoursAfterReport(Timing.TODAY);
        }
    }
}
