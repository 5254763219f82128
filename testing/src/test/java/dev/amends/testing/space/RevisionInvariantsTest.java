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
import dev.amends.model.Stage;
import dev.amends.model.StepDone;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static dev.amends.model.Action.*;
import static dev.amends.model.Timing.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invariants of revisions on plans written by hand: a done step recommended again in the same
 * words, and the first plan's shape asked of the steps it had before the event.
 */
class RevisionInvariantsTest {

    private static final OffsetDateTime REPORTED = OffsetDateTime.parse("2025-03-03T09:00:00+01:00");
    private static final StepDone FIXED = Event.stepDone(REPORTED.plusDays(1), FIX, Outcome.SUCCEEDED);

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

    /** The plan with its fix done, and then a fix step in these words still open. */
    private static Revision fixedThenOpen(String wording) {
        Incident incident = incident(FIXED);
        RecoveryPlan after = HandPlan.of(incident, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, TAKE_OWNERSHIP, FIX).doneBy(FIXED)
                .step(Stage.FOLLOW_THROUGH, FIX, WITHIN_A_BUSINESS_DAY, wording).build();
        return Revision.of(incident, FIXED, fixStillOpen(incident()), after, () -> after);
    }

    @Test
    void aDoneStepOpenAgainInTheSameWordsIsRecommendedAgain() {
        assertThat(RevisionInvariants.NOTHING_DONE_AGAIN.violation(fixedThenOpen("Say it.")))
                .contains("step 4 FIX (\"Say it.\") is open, though STEP_DONE FIX SUCCEEDED at 2025-03-04T09:00:00+01:00 marked it done");
    }

    @Test
    void aStepOfADoneActionInOtherWordsIsNewAdvice() {
        assertThat(RevisionInvariants.NOTHING_DONE_AGAIN.violation(fixedThenOpen("Try another route."))).isEmpty();
    }

    @Test
    void revisedPlansAreHeldToWhatTheySayButNotToTheFirstPlansShape() {
        java.util.List<String> names = RevisionInvariants.defaults().stream().map(RevisionInvariant::name).toList();

        assertThat(names).contains(Invariants.NO_REMEDY_ON_THE_SPOT.name(), Invariants.COMPLAINT_ONLY_FOR_A_DEVICE.name(),
                        RevisionInvariants.NOTHING_DONE_AGAIN.name(), Invariants.REPS_OWN_DEFECT_SWEPT_AND_SAID.name())
                .doesNotContain(Invariants.CLOCK.name(), Invariants.NO_ACTION_TWICE.name(), Invariants.NEXT_HOUR.name());
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

    private static final Event AGAIN = Event.recurred(REPORTED.plusDays(7));
    private static final StepDone FIX_FAILED = Event.stepDone(REPORTED.plusDays(1), FIX, Outcome.FAILED);

    /** The first plan, its conversation due within the hour and its prevention still to be shared. */
    private static RecoveryPlan beforeTheRecurrence(Incident incident) {
        return HandPlan.of(incident, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, TAKE_OWNERSHIP, FIX)
                .then(SHARE_PREVENTION, WITHIN_TWO_WEEKS).build();
    }

    @Test
    void theMistakeAgainAnsweredMoreSlowlyThanTheFirstTimeIsCaught() {
        Incident incident = incident(AGAIN);
        RecoveryPlan after = HandPlan.of(incident, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, TAKE_OWNERSHIP, FIX)
                .then(SHARE_PREVENTION, WITHIN_TWO_WEEKS).step(Stage.FOLLOW_THROUGH, FIX, WITHIN_FOUR_HOURS, "Call them.").build();

        assertThat(RevisionInvariants.RECURRENCE_AT_THE_FIRST_PACE.violation(Revision.of(incident, AGAIN,
                beforeTheRecurrence(incident()), after, () -> after)))
                .contains("after RECURRED at 2025-03-10T09:00:00+01:00, the soonest new step with the customer, step 5 FIX "
                        + "(\"Call them.\"), is due WITHIN_FOUR_HOURS, and the first conversation was due WITHIN_AN_HOUR");
    }

    @Test
    void theMistakeAgainAnsweredAsFastAsTheFirstTimeHolds() {
        Incident incident = incident(AGAIN);
        RecoveryPlan after = HandPlan.of(incident, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, TAKE_OWNERSHIP, FIX)
                .step(Stage.FOLLOW_THROUGH, FIX, WITHIN_AN_HOUR, "Go and see them.")
                .step(Stage.FOLLOW_THROUGH, SHARE_PREVENTION, WITHIN_TWO_WEEKS, "The leader presents the new change.").build();

        Revision revision = Revision.of(incident, AGAIN, beforeTheRecurrence(incident()), after, () -> after);

        assertThat(RevisionInvariants.RECURRENCE_AT_THE_FIRST_PACE.violation(revision)).isEmpty();
        assertThat(RevisionInvariants.NO_FAILED_PREVENTION_PRESENTED.violation(revision)).isEmpty();
    }

    @Test
    void aPreventionFromBeforeTheRecurrenceStillToBePresentedIsCaught() {
        Incident incident = incident(AGAIN);
        RecoveryPlan after = HandPlan.of(incident, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, TAKE_OWNERSHIP, FIX)
                .then(SHARE_PREVENTION, WITHIN_TWO_WEEKS).step(Stage.FOLLOW_THROUGH, FIX, WITHIN_AN_HOUR, "Go and see them.").build();

        assertThat(RevisionInvariants.NO_FAILED_PREVENTION_PRESENTED.violation(Revision.of(incident, AGAIN,
                beforeTheRecurrence(incident()), after, () -> after)))
                .contains("step 4 SHARE_PREVENTION (\"Do it.\") is still open after RECURRED at 2025-03-10T09:00:00+01:00, "
                        + "in the words it had before: it would present the change that did not hold");
    }

    @Test
    void aFailedFixThatOpensASecondEscalationBesideTheFirstIsCaught() {
        Incident incident = incident(FIX_FAILED);
        RecoveryPlan before = HandPlan.of(incident(), WITHIN_AN_HOUR).say(THANK_FOR_RAISING, TAKE_OWNERSHIP, FIX)
                .then(ESCALATE_TO_LEADERSHIP, TODAY).build();
        RecoveryPlan twice = HandPlan.of(incident, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, TAKE_OWNERSHIP, FIX)
                .then(ESCALATE_TO_LEADERSHIP, TODAY).step(Stage.FOLLOW_THROUGH, ESCALATE_TO_LEADERSHIP, TODAY, "Tell them it failed.")
                .build();
        RecoveryPlan once = HandPlan.of(incident, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, TAKE_OWNERSHIP, FIX)
                .then(ESCALATE_TO_LEADERSHIP, TODAY).step(Stage.FOLLOW_THROUGH, FIX, TODAY, "Another route.").build();

        assertThat(RevisionInvariants.LEADERSHIP_ASKED_ONCE_FOR_A_FAILED_FIX.violation(Revision.of(incident, FIX_FAILED, before, twice,
                () -> twice)))
                .contains("step 4 ESCALATE_TO_LEADERSHIP (\"Do it.\") and step 5 ESCALATE_TO_LEADERSHIP (\"Tell them it failed.\") "
                        + "are both open after STEP_DONE FIX FAILED at 2025-03-04T09:00:00+01:00: leadership is asked twice about one case");
        assertThat(RevisionInvariants.LEADERSHIP_ASKED_ONCE_FOR_A_FAILED_FIX.violation(Revision.of(incident, FIX_FAILED, before, once,
                () -> once))).isEmpty();
    }

    private static final Event CLOSED = Event.investigationClosed(REPORTED.plusDays(2), dev.amends.model.Finding.OUR_PROCESS);

    @Test
    void aSecondCallAboutTheCauseBesideTheOneReportBackIsCaught() {
        Incident incident = incident(CLOSED);
        RecoveryPlan before = HandPlan.of(incident(), WITHIN_AN_HOUR).say(THANK_FOR_RAISING, TAKE_OWNERSHIP, FIX)
                .step(Stage.FOLLOW_THROUGH, SHARE_PREVENTION, WITHIN_TWO_WEEKS, "Once the cause is found, call back once.").build();
        RecoveryPlan twice = HandPlan.of(incident, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, TAKE_OWNERSHIP, FIX)
                .step(Stage.FOLLOW_THROUGH, EXPLAIN_CAUSE, WITHIN_THREE_DAYS, "Tell them what it found.")
                .step(Stage.FOLLOW_THROUGH, SHARE_PREVENTION, WITHIN_TWO_WEEKS, "Once the cause is found, call back once.").build();

        assertThat(RevisionInvariants.ONE_REPORT_BACK_AFTER_THE_FINDING.violation(Revision.of(incident, CLOSED, before, twice, () -> twice)))
                .contains("step 4 EXPLAIN_CAUSE (\"Tell them what it found.\") and step 5 SHARE_PREVENTION (\"Once the cause is found, "
                        + "call back once.\") are both open after INVESTIGATION_CLOSED OUR_PROCESS at 2025-03-05T09:00:00+01:00: "
                        + "the customer hears the same cause in two calls");
        assertThat(RevisionInvariants.ONE_REPORT_BACK_AFTER_THE_FINDING.violation(Revision.of(incident, CLOSED, before, before,
                () -> before))).isEmpty();
    }
}
