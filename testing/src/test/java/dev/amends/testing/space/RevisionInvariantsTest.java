package dev.amends.testing.space;

import dev.amends.api.RecoveryPlan;
import dev.amends.model.CustomerMood;
import dev.amends.model.DetectedBy;
import dev.amends.model.Event;
import dev.amends.model.FaultOwner;
import dev.amends.model.Incident;
import dev.amends.model.Mistake;
import dev.amends.model.Outcome;
import dev.amends.model.Relationship;
import dev.amends.model.Severity;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static dev.amends.model.Action.*;
import static dev.amends.model.Timing.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invariant no playbook can break through the advisor, which marks every step of a done action
 * done: checked on plans written by hand, as if a planner had left the step open.
 */
class RevisionInvariantsTest {

    private static final OffsetDateTime REPORTED = OffsetDateTime.parse("2025-03-03T09:00:00+01:00");
    private static final Event FIXED = Event.stepDone(REPORTED.plusDays(1), FIX, Outcome.SUCCEEDED);

    private static Incident incident(Event... events) {
        Incident.Builder builder = Incident.builder().mistake(Mistake.WRONG_PRODUCT).faultOwner(FaultOwner.REP)
                .severity(Severity.MEDIUM).relationship(Relationship.ESTABLISHED).detectedBy(DetectedBy.CUSTOMER)
                .customerMood(CustomerMood.UPSET).reportedAt(REPORTED);
        for (Event event : events) {
            builder.event(event);
        }
        return builder.build();
    }

    private static RecoveryPlan fixStillOpen(Incident incident) {
        return HandPlan.of(incident, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, TAKE_OWNERSHIP, FIX).then(FOLLOW_UP, AFTER_A_WEEK).build();
    }

    private static Revision revision(Incident incident, Event event) {
        RecoveryPlan plan = fixStillOpen(incident);
        return Revision.of(incident, event, fixStillOpen(incident(/* none */)), plan, () -> plan);
    }

    @Test
    void aStepLeftOpenAfterItWasDoneIsRecommendedAgain() {
        assertThat(RevisionInvariants.NOTHING_DONE_AGAIN.violation(revision(incident(FIXED), FIXED)))
                .contains("step 3 FIX (\"Say it.\") is open, though STEP_DONE FIX SUCCEEDED at 2025-03-04T09:00:00+01:00 marked it done");
    }

    @Test
    void aStepOfADoneActionMayBeOpenWhenALaterEventCouldHaveAddedItAgain() {
        Event recurred = Event.recurred(REPORTED.plusDays(2));

        assertThat(RevisionInvariants.NOTHING_DONE_AGAIN.violation(revision(incident(FIXED, recurred), recurred))).isEmpty();
    }

    @Test
    void aPlanAskedAgainThatDiffersOnlyInItsStepsNamesTheFirstStepThatDiffers() {
        Incident incident = incident(FIXED);
        RecoveryPlan first = fixStillOpen(incident);
        RecoveryPlan again = HandPlan.of(incident, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, TAKE_OWNERSHIP, FIX)
                .then(FOLLOW_UP, AFTER_A_MONTH).build();

        assertThat(RevisionInvariants.difference(first, again))
                .isEqualTo("asked again, step 4 FOLLOW_UP (\"Do it.\"), AFTER_A_WEEK by REP, OPEN became "
                        + "step 4 FOLLOW_UP (\"Do it.\"), AFTER_A_MONTH by REP, OPEN");
    }
}
