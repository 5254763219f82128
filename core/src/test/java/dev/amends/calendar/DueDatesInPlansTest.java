package dev.amends.calendar;

import dev.amends.api.RecoveryAdvisor;
import dev.amends.api.RecoveryPlan;
import dev.amends.api.Step;
import dev.amends.model.Action;
import dev.amends.model.FaultOwner;
import dev.amends.model.Incident;
import dev.amends.model.InvalidIncidentException;
import dev.amends.model.Mistake;
import dev.amends.model.Relationship;
import dev.amends.model.Severity;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** An advisor gives every step of a plan a due date on its calendar, for an incident that says when it was reported. */
class DueDatesInPlansTest {

    private static final String RULES = """
            package test.playbook;
            import dev.amends.model.*;
            global dev.amends.dsl.PlanDraft plan;

            rule "Fix within a business day"
            when
                Incident()
            then
                plan.step(Action.FIX, "Put it right.").within(Timing.WITHIN_A_BUSINESS_DAY);
            end

            rule "Check back a week after the fix"
            when
                Incident()
            then
                plan.step(Action.FOLLOW_UP, "Check in.").within(Timing.AFTER_A_WEEK);
            end
            """;

    /** Saturday 21 November 2026, noon UTC: a day after the report. */
    private static final Clock SATURDAY = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);
    private static final OffsetDateTime FRIDAY_EVENING = OffsetDateTime.parse("2026-11-20T17:30:00+01:00");

    private static RecoveryAdvisor advisor(BusinessCalendar calendar) {
        return RecoveryAdvisor.builder().rules("test.drl", RULES).calendar(calendar).clock(SATURDAY).build();
    }

    private static Incident.Builder incident() {
        return Incident.builder().mistake(Mistake.WRONG_PRODUCT).faultOwner(FaultOwner.COMPANY).severity(Severity.HIGH)
                .relationship(Relationship.ESTABLISHED);
    }

    private static ZonedDateTime due(RecoveryPlan plan, Action action) {
        return plan.step(action).flatMap(Step::due).orElseThrow();
    }

    @Test
    void every_step_is_due_on_the_advisors_calendar_in_the_accounts_time_zone() {
        RecoveryPlan plan = advisor(BusinessCalendar.standard())
                .recommend(incident().reportedAt(FRIDAY_EVENING).timeZone("Europe/Berlin").build());

        assertThat(due(plan, Action.FIX)).isEqualTo(ZonedDateTime.parse("2026-11-23T17:00:00+01:00[Europe/Berlin]"));
        assertThat(due(plan, Action.FOLLOW_UP)).isEqualTo(ZonedDateTime.parse("2026-11-30T17:00:00+01:00[Europe/Berlin]"));
    }

    @Test
    void a_holiday_on_the_calendar_moves_the_due_dates() {
        BusinessCalendar mondayOff = BusinessCalendar.builder().holiday(LocalDate.parse("2026-11-23"), "Company day").build();

        RecoveryPlan plan = advisor(mondayOff).recommend(incident().reportedAt(FRIDAY_EVENING).timeZone("Europe/Berlin").build());

        assertThat(due(plan, Action.FIX).toLocalDateTime()).hasToString("2026-11-24T17:00");
    }

    @Test
    void without_a_time_zone_the_offset_of_the_report_time_is_used() {
        RecoveryPlan plan = advisor(BusinessCalendar.standard()).recommend(incident()
                .reportedAt(OffsetDateTime.parse("2026-11-20T16:30:00Z")).build());

        assertThat(due(plan, Action.FIX).toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2026-11-23T16:30:00Z"));
    }

    @Test
    void without_a_report_time_the_plan_is_as_before_and_has_no_due_dates() {
        RecoveryAdvisor advisor = advisor(BusinessCalendar.standard());
        RecoveryPlan plan = advisor.recommend(incident().build());

        assertThat(plan.steps()).allSatisfy(step -> assertThat(step.due()).isEmpty());
        assertThat(plan).isEqualTo(RecoveryAdvisor.builder().rules("test.drl", RULES).build().recommend(incident().build()));
    }

    @Test
    void incidents_that_differ_only_in_when_they_were_reported_share_the_cached_plan_but_not_its_due_dates() {
        RecoveryAdvisor advisor = advisor(BusinessCalendar.standard());
        RecoveryPlan friday = advisor.recommend(incident().reportedAt(FRIDAY_EVENING).timeZone("Europe/Berlin").build());
        Incident tuesday = incident().reportedAt(OffsetDateTime.parse("2026-11-17T10:00:00+01:00")).timeZone("Europe/Berlin").build();

        assertThat(advisor.hasCachedPlan(tuesday)).isTrue();
        assertThat(due(advisor.recommend(tuesday), Action.FIX)).isNotEqualTo(due(friday, Action.FIX))
                .isEqualTo(ZonedDateTime.parse("2026-11-18T10:00:00+01:00[Europe/Berlin]"));
    }

    @Test
    void a_report_time_later_than_now_is_refused() {
        InvalidIncidentException e = catchThrowableOfType(InvalidIncidentException.class, () -> advisor(BusinessCalendar.standard())
                .recommend(incident().reportedAt(OffsetDateTime.parse("2026-11-21T13:10:00Z")).build()));

        assertThat(e.field()).isEqualTo("reportedAt");
        assertThat(e).hasMessage("reportedAt: 2026-11-21T13:10:00Z is later than now (2026-11-21T12:00:00Z); "
                + "check its date and its offset from UTC");
    }

    @Test
    void a_report_time_a_few_minutes_ahead_of_the_clock_is_accepted() {
        RecoveryPlan plan = advisor(BusinessCalendar.standard())
                .recommend(incident().reportedAt(OffsetDateTime.parse("2026-11-21T12:04:00Z")).build());

        assertThat(plan.steps()).allSatisfy(step -> assertThat(step.due()).isPresent());
    }

    @Test
    void explain_gives_the_same_due_dates() {
        RecoveryAdvisor advisor = advisor(BusinessCalendar.standard());
        Incident incident = incident().reportedAt(FRIDAY_EVENING).timeZone("Europe/Berlin").build();

        assertThat(advisor.explain(incident).plan().steps()).isEqualTo(advisor.recommend(incident).steps());
    }
}
