package dev.amends.model;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An incident's events: each field required, the list in time order and after the report. */
class EventTest {

    private static final OffsetDateTime REPORTED = OffsetDateTime.parse("2026-11-23T09:00:00+01:00");

    private static Incident.Builder incident() {
        return Incident.builder().mistake(Mistake.WRONG_PRODUCT).faultOwner(FaultOwner.COMPANY).severity(Severity.HIGH)
                .relationship(Relationship.ESTABLISHED).reportedAt(REPORTED);
    }

    @Test
    void eventsOutOfTimeOrderNameTheOneThatBreaksTheOrder() {
        assertThatThrownBy(() -> incident()
                .event(Event.recurred(REPORTED.plusHours(5)))
                .event(Event.customerReplied(REPORTED.plusHours(4), CustomerMood.CALM)).build())
                .isInstanceOfSatisfying(InvalidIncidentException.class, e -> {
                    assertThat(e.field()).isEqualTo("events[1].at");
                    assertThat(e.getMessage()).contains("order they happened");
                });
    }

    @Test
    void eventsAtTheSameMomentKeepTheirOrder() {
        Incident incident = incident()
                .event(Event.stepDone(REPORTED.plusHours(1), Action.FIX, Outcome.SUCCEEDED))
                .event(Event.customerReplied(REPORTED.plusHours(1), CustomerMood.CALM)).build();

        assertThat(incident.events()).extracting(Event::type).containsExactly(EventType.STEP_DONE, EventType.CUSTOMER_REPLIED);
    }

    @Test
    void anEventBeforeTheReportIsRefused() {
        assertThatThrownBy(() -> incident().event(Event.recurred(REPORTED.minusMinutes(1))).build())
                .isInstanceOfSatisfying(InvalidIncidentException.class, e -> {
                    assertThat(e.field()).isEqualTo("events[0].at");
                    assertThat(e.getMessage()).contains("before the incident was reported");
                });
    }

    @Test
    void aStepDoneNeedsItsOutcome() {
        assertThatThrownBy(() -> Event.stepDone(REPORTED, Action.FIX, null))
                .isInstanceOfSatisfying(InvalidIncidentException.class, e -> {
                    assertThat(e.field()).isEqualTo("outcome");
                    assertThat(e.getMessage()).contains("SUCCEEDED, FAILED, ACCEPTED, DECLINED");
                });
    }

    @Test
    void aStepDoneNeedsItsAction() {
        assertThatThrownBy(() -> Event.stepDone(REPORTED, " ", Outcome.SUCCEEDED))
                .isInstanceOfSatisfying(InvalidIncidentException.class, e -> assertThat(e.field()).isEqualTo("action"));
    }

    @Test
    void anEventNeedsItsTime() {
        assertThatThrownBy(() -> Event.recurred(null))
                .isInstanceOfSatisfying(InvalidIncidentException.class, e -> assertThat(e.field()).isEqualTo("at"));
    }

    @Test
    void aMissingEventIsNamedByItsPlace() {
        assertThatThrownBy(() -> incident().event(Event.recurred(REPORTED)).event(null))
                .isInstanceOfSatisfying(InvalidIncidentException.class, e -> assertThat(e.field()).isEqualTo("events[1]"));
    }

    @Test
    void theEventsOfAnIncidentCannotBeChanged() {
        Incident incident = incident().event(Event.recurred(REPORTED)).build();

        assertThatThrownBy(() -> incident.events().add(Event.recurred(REPORTED))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aVariantKeepsTheEvents() {
        Incident incident = incident().event(Event.recurred(REPORTED)).build();

        assertThat(incident.toBuilder().build().events()).isEqualTo(incident.events());
    }
}
