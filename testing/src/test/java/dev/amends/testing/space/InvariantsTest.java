package dev.amends.testing.space;

import dev.amends.model.Action;
import dev.amends.model.Avoid;
import dev.amends.model.Channel;
import dev.amends.model.CustomerMood;
import dev.amends.model.DetectedBy;
import dev.amends.model.FaultOwner;
import dev.amends.model.Incident;
import dev.amends.model.Mistake;
import dev.amends.model.Owner;
import dev.amends.model.OtherKind;
import dev.amends.model.DeviceKind;
import dev.amends.api.RecoveryPlan;
import dev.amends.model.Relationship;
import dev.amends.model.Severity;
import dev.amends.model.Stage;
import dev.amends.model.Timing;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static dev.amends.model.Action.*;
import static dev.amends.model.Timing.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Each default invariant against plans written by hand: plans a director would sign keep every
 * one, and each invariant catches the plan that breaks it, saying how.
 */
class InvariantsTest {

    /** The rep shipped the wrong product; the customer noticed and is upset. */
    private static final Incident REPS_SLIP = Incident.builder()
            .mistake(Mistake.WRONG_PRODUCT).faultOwner(FaultOwner.REP).severity(Severity.MEDIUM)
            .relationship(Relationship.ESTABLISHED).detectedBy(DetectedBy.CUSTOMER).customerMood(CustomerMood.UPSET).build();

    /** A device failed and a patient may be affected; the customer is angry. */
    private static final Incident DEVICE_FAILED = Incident.builder()
            .mistake(Mistake.DEFECTIVE_PRODUCT).faultOwner(FaultOwner.COMPANY).severity(Severity.CRITICAL)
            .relationship(Relationship.ESTABLISHED).detectedBy(DetectedBy.CUSTOMER).customerMood(CustomerMood.ANGRY)
            .patientImpact(true).build();

    /** A duplicate invoice the company caught before a calm customer noticed. */
    private static final Incident SMALL_SLIP = Incident.builder()
            .mistake(Mistake.BILLING_ERROR).faultOwner(FaultOwner.COMPANY).severity(Severity.LOW)
            .relationship(Relationship.ESTABLISHED).detectedBy(DetectedBy.COMPANY).customerMood(CustomerMood.CALM).build();

    /** A first conversation that opens with the hold, in the words given. */
    private static RecoveryPlan holding(Incident incident, String line) {
        return HandPlan.of(incident, WITHIN_AN_HOUR).step(Stage.FIRST_CONTACT, QUARANTINE_PRODUCT, WITHIN_AN_HOUR, line)
                .say(THANK_FOR_RAISING, TAKE_OWNERSHIP).build();
    }

    private static HandPlan repsSlip(Incident incident) {
        return HandPlan.of(incident, WITHIN_AN_HOUR)
                .before(SEE_CUSTOMER_VIEW, IMMEDIATELY)
                .say(THANK_FOR_RAISING, TAKE_OWNERSHIP, APOLOGIZE, FIX);
    }

    private static HandPlan repsSlipFollowedThrough(Incident incident) {
        return repsSlip(incident)
                .then(FIND_ROOT_CAUSE, WITHIN_THREE_DAYS)
                .then(DOUBLE_CHECK_PLAN, WITHIN_A_WEEK)
                .then(EXPLAIN_CAUSE, WITHIN_A_WEEK)
                .then(SHARE_PREVENTION, WITHIN_A_WEEK)
                .then(THANK_FOR_UNDERSTANDING, WITHIN_TWO_WEEKS)
                .then(FOLLOW_UP, AFTER_A_MONTH);
    }

    private static RecoveryPlan repsSlip() {
        return repsSlipFollowedThrough(REPS_SLIP).build();
    }

    private static HandPlan deviceFailedUpToTheRemedy() {
        return HandPlan.of(DEVICE_FAILED, WITHIN_AN_HOUR)
                .avoid(Avoid.OFFER_COMPENSATION_ON_THE_SPOT)
                .before(ROUTE_COMPLAINT, IMMEDIATELY)
                .before(NOTIFY_RISK_MANAGEMENT, IMMEDIATELY)
                .say(QUARANTINE_PRODUCT, THANK_FOR_RAISING, LISTEN_FIRST, TAKE_OWNERSHIP, EXPRESS_REGRET, FIX)
                .then(ESCALATE_TO_LEADERSHIP, TODAY)
                .then(MEET_IN_PERSON, TODAY)
                .then(OFFER_REMEDY, WITHIN_A_BUSINESS_DAY);
    }

    private static RecoveryPlan deviceFailed() {
        return deviceFailedUpToTheRemedy()
                .then(FIND_ROOT_CAUSE, WITHIN_TWO_WEEKS)
                .then(EXPLAIN_CAUSE, WHEN_INVESTIGATION_CLOSES)
                .then(THANK_FOR_UNDERSTANDING, WHEN_INVESTIGATION_CLOSES)
                .build();
    }

    private static HandPlan smallSlip(Incident incident) {
        return HandPlan.of(incident, TODAY)
                .before(SEE_CUSTOMER_VIEW, IMMEDIATELY)
                .say(REACH_OUT_FIRST, TAKE_OWNERSHIP, EXPRESS_REGRET, FIX);
    }

    private static RecoveryPlan smallSlip() {
        return smallSlip(SMALL_SLIP).build();
    }

    private static String problem(Invariant invariant, RecoveryPlan plan) {
        return invariant.violation(plan.incident(), plan).orElse(null);
    }

    private static void holds(Invariant invariant, RecoveryPlan plan) {
        assertThat(invariant.violation(plan.incident(), plan)).as(invariant.name()).isEmpty();
    }

    static Stream<RecoveryPlan> signedPlans() {
        return Stream.of(repsSlip(), deviceFailed(), smallSlip());
    }

    @ParameterizedTest
    @MethodSource("signedPlans")
    void aPlanADirectorWouldSignKeepsEveryDefaultInvariant(RecoveryPlan plan) {
        for (Invariant invariant : Invariants.defaults()) {
            holds(invariant, plan);
        }
    }

    @Test
    void theDefaultsAreEveryInvariantDeclaredEachListedOnceByName() throws IllegalAccessException {
        List<Invariant> declared = new ArrayList<>();
        for (Field field : Invariants.class.getDeclaredFields()) {
            if (field.getType() == Invariant.class && Modifier.isStatic(field.getModifiers())) {
                declared.add((Invariant) field.get(null));
            }
        }

        assertThat(Invariants.defaults()).containsExactlyInAnyOrderElementsOf(declared);
        assertThat(Invariants.defaults()).extracting(Invariant::name).doesNotHaveDuplicates();
    }

    @Test
    void everyPlanHasAFixOrARemedy() {
        RecoveryPlan noFix = HandPlan.of(REPS_SLIP, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, TAKE_OWNERSHIP).build();
        RecoveryPlan remedyOnly = HandPlan.of(REPS_SLIP, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, OFFER_REMEDY).build();

        assertThat(problem(Invariants.FIX_OR_REMEDY, noFix)).isEqualTo("no FIX or OFFER_REMEDY step");
        holds(Invariants.FIX_OR_REMEDY, remedyOnly);
    }

    @Nested
    class StepsFollowTheClock {

        private final Invariant clock = Invariants.CLOCK;

        @Test
        void aConversationStepAfterTheFollowThroughIsOutOfOrder() {
            RecoveryPlan plan = repsSlip(REPS_SLIP).then(FOLLOW_UP, WITHIN_A_WEEK).say(EXPRESS_REGRET).build();

            assertThat(problem(clock, plan)).isEqualTo("EXPRESS_REGRET (FIRST_CONTACT) comes after FOLLOW_UP (FOLLOW_THROUGH)");
        }

        @Test
        void anInHouseStepIsNotPartOfTheConversation() {
            RecoveryPlan plan = repsSlip(REPS_SLIP).say(ESCALATE_TO_LEADERSHIP).build();

            assertThat(problem(clock, plan)).isEqualTo("ESCALATE_TO_LEADERSHIP is done in-house, yet is part of the first conversation");
        }

        @Test
        void aStepWithTheCustomerDoesNotComeBeforeTheContact() {
            RecoveryPlan plan = HandPlan.of(REPS_SLIP, WITHIN_AN_HOUR).before(OFFER_REMEDY, IMMEDIATELY)
                    .say(THANK_FOR_RAISING, FIX).build();

            assertThat(problem(clock, plan)).isEqualTo("OFFER_REMEDY is done with the customer, yet comes before the first contact");
        }

        @Test
        void aStepBeforeTheContactIsDueByIt() {
            RecoveryPlan plan = HandPlan.of(DEVICE_FAILED, WITHIN_AN_HOUR).before(ROUTE_COMPLAINT, TODAY)
                    .say(THANK_FOR_RAISING, FIX).build();

            assertThat(problem(clock, plan))
                    .isEqualTo("ROUTE_COMPLAINT is due TODAY, after the first contact (WITHIN_AN_HOUR), yet comes before it");
        }

        @Test
        void aConversationStepIsDueByTheFirstContact() {
            RecoveryPlan plan = HandPlan.of(REPS_SLIP, WITHIN_AN_HOUR).say(THANK_FOR_RAISING)
                    .step(Stage.FIRST_CONTACT, FIX, WITHIN_A_WEEK, "Fix it.").build();

            assertThat(problem(clock, plan)).isEqualTo("FIX is due WITHIN_A_WEEK, after the first contact (WITHIN_AN_HOUR), yet is part of it");
        }

        @Test
        void aFollowThroughStepIsNotDueBeforeTheFirstContact() {
            RecoveryPlan plan = HandPlan.of(REPS_SLIP, TODAY).say(THANK_FOR_RAISING).then(FIX, WITHIN_FOUR_HOURS).build();

            assertThat(problem(clock, plan)).isEqualTo("FIX is due WITHIN_FOUR_HOURS, before the first contact (TODAY), yet comes after it");
        }

        @Test
        void aStepDueWithTheFirstContactMayFollowTheConversation() {
            holds(clock, HandPlan.of(REPS_SLIP, TODAY).say(THANK_FOR_RAISING).then(FIX, TODAY).build());
            holds(clock, HandPlan.of(REPS_SLIP, TODAY).say(THANK_FOR_RAISING, FIX).then(APPROVE_REMEDY, TODAY).build());
        }

        @Test
        void beforeTheContactWhatIsDueFirstComesFirst() {
            RecoveryPlan plan = HandPlan.of(DEVICE_FAILED, WITHIN_AN_HOUR).before(ROUTE_COMPLAINT, WITHIN_AN_HOUR)
                    .before(NOTIFY_RISK_MANAGEMENT, IMMEDIATELY).say(THANK_FOR_RAISING, FIX).build();

            assertThat(problem(clock, plan))
                    .isEqualTo("NOTIFY_RISK_MANAGEMENT (IMMEDIATELY) comes after ROUTE_COMPLAINT (WITHIN_AN_HOUR), which falls due later");
        }

        @Test
        void theFollowThroughComesAsItFallsDue() {
            RecoveryPlan plan = repsSlip(REPS_SLIP).then(THANK_FOR_UNDERSTANDING, WITHIN_TWO_WEEKS)
                    .then(FOLLOW_UP, WITHIN_THREE_DAYS).build();

            assertThat(problem(clock, plan))
                    .isEqualTo("FOLLOW_UP (WITHIN_THREE_DAYS) comes after THANK_FOR_UNDERSTANDING (WITHIN_TWO_WEEKS), which falls due later");
        }

        @Test
        void aStepAfterTheFixIsOutOfOrderWhenNoResolutionWindowCouldPutItRight() {
            RecoveryPlan plan = repsSlip(REPS_SLIP).then(FOLLOW_UP, AFTER_A_WEEK).then(SHARE_PREVENTION, WITHIN_THREE_DAYS).build();

            assertThat(problem(clock, plan))
                    .isEqualTo("SHARE_PREVENTION (WITHIN_THREE_DAYS) comes after FOLLOW_UP (AFTER_A_WEEK), which falls due later");
        }

        @Test
        void aStepAfterTheFixCountsFromWhenTheFixIsDue() {
            // fixed within the hour, the call a week later comes before the thanks due in two weeks
            RecoveryPlan late = repsSlip(REPS_SLIP).then(THANK_FOR_UNDERSTANDING, WITHIN_TWO_WEEKS).then(FOLLOW_UP, AFTER_A_WEEK).build();

            assertThat(problem(clock, late))
                    .isEqualTo("FOLLOW_UP (AFTER_A_WEEK) comes after THANK_FOR_UNDERSTANDING (WITHIN_TWO_WEEKS), which falls due later");
            holds(clock, repsSlip(REPS_SLIP).then(FOLLOW_UP, AFTER_A_WEEK).then(THANK_FOR_UNDERSTANDING, WITHIN_TWO_WEEKS).build());
        }

        @Test
        void withoutAFixStepAStepAfterTheFixIsInOrderWhenSomeResolutionWindowPutsItRight() {
            HandPlan remedied = HandPlan.of(REPS_SLIP, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, OFFER_REMEDY);

            holds(clock, remedied.then(THANK_FOR_UNDERSTANDING, WITHIN_TWO_WEEKS).then(FOLLOW_UP, AFTER_A_WEEK).build());
        }

        @Test
        void aPlanWithoutStepsBeforeOrAfterTheConversationIsInOrder() {
            holds(clock, HandPlan.of(REPS_SLIP, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, FIX).build());
        }
    }

    @Nested
    class NothingIsToldBeforeItExists {

        private final Invariant told = Invariants.NOTHING_TOLD_BEFORE_IT_EXISTS;

        @Test
        void theCauseIsNotExplainedInTheFirstConversation() {
            RecoveryPlan plan = repsSlip(REPS_SLIP).say(EXPLAIN_CAUSE).then(FIND_ROOT_CAUSE, WITHIN_THREE_DAYS).build();

            assertThat(problem(told, plan)).isEqualTo("EXPLAIN_CAUSE is part of the first conversation, before anything is found or agreed");
        }

        @Test
        void preventionIsNotSharedInTheFirstConversation() {
            RecoveryPlan plan = repsSlip(REPS_SLIP).say(SHARE_PREVENTION).then(DOUBLE_CHECK_PLAN, WITHIN_THREE_DAYS).build();

            assertThat(problem(told, plan))
                    .isEqualTo("SHARE_PREVENTION is part of the first conversation, before anything is found or agreed");
        }

        @Test
        void aPreventionIsNotPresentedAsInPlaceInTheFirstConversation() {
            RecoveryPlan plan = HandPlan.of(REPS_SLIP, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, TAKE_OWNERSHIP)
                    .step(Stage.FIRST_CONTACT, FIX, WITHIN_AN_HOUR, "Confirm cover for each case, then show them how your calendar now stops a clash.")
                    .then(DOUBLE_CHECK_PLAN, WITHIN_A_WEEK).build();

            assertThat(problem(told, plan))
                    .isEqualTo("FIX says \"now stops\" in the first conversation, before anything is found or agreed");
            holds(told, HandPlan.of(REPS_SLIP, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, TAKE_OWNERSHIP)
                    .step(Stage.FIRST_CONTACT, FIX, WITHIN_AN_HOUR, "Confirm cover for each case, with a named back-up until the cause is found.")
                    .build());
        }

        @Test
        void aCauseIsNotExplainedThatNoOneLooksFor() {
            RecoveryPlan plan = repsSlip(REPS_SLIP).then(EXPLAIN_CAUSE, WITHIN_A_WEEK).build();

            assertThat(problem(told, plan)).isEqualTo("EXPLAIN_CAUSE without FIND_ROOT_CAUSE");
        }

        @Test
        void theCauseIsExplainedAfterItIsFound() {
            RecoveryPlan plan = repsSlip(REPS_SLIP).then(EXPLAIN_CAUSE, WITHIN_A_WEEK).then(FIND_ROOT_CAUSE, WITHIN_A_WEEK).build();

            assertThat(problem(told, plan)).isEqualTo("EXPLAIN_CAUSE is step 6 but FIND_ROOT_CAUSE is step 7");
        }

        @Test
        void theCauseIsNotDueBeforeItIsFound() {
            RecoveryPlan plan = repsSlip(REPS_SLIP).then(FIND_ROOT_CAUSE, WITHIN_TWO_WEEKS).then(EXPLAIN_CAUSE, WITHIN_A_WEEK).build();

            assertThat(problem(told, plan)).isEqualTo("EXPLAIN_CAUSE is due WITHIN_A_WEEK, before FIND_ROOT_CAUSE (WITHIN_TWO_WEEKS)");
        }

        @Test
        void preventionIsSharedAfterItIsAgreed() {
            RecoveryPlan plan = repsSlip(REPS_SLIP).then(SHARE_PREVENTION, WITHIN_A_WEEK).build();
            RecoveryPlan early = repsSlip(REPS_SLIP).then(SHARE_PREVENTION, WITHIN_A_WEEK).then(DOUBLE_CHECK_PLAN, WITHIN_A_WEEK).build();

            assertThat(problem(told, plan)).isEqualTo("SHARE_PREVENTION without DOUBLE_CHECK_PLAN");
            assertThat(problem(told, early)).isEqualTo("SHARE_PREVENTION is step 6 but DOUBLE_CHECK_PLAN is step 7");
        }

        @Test
        void aRemedyIsOfferedAfterItIsApproved() {
            RecoveryPlan plan = HandPlan.of(REPS_SLIP, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, OFFER_REMEDY)
                    .then(APPROVE_REMEDY, TODAY).build();

            assertThat(problem(told, plan)).isEqualTo("OFFER_REMEDY is step 2 but APPROVE_REMEDY is step 3");
        }

        @Test
        void aRemedyWithoutAnApprovalStepNeedsNone() {
            holds(told, HandPlan.of(REPS_SLIP, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, OFFER_REMEDY).build());
        }

        @Test
        void theClosingThanksComeAfterTheFixTheCauseAndThePrevention() {
            RecoveryPlan beforeFix = HandPlan.of(REPS_SLIP, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, THANK_FOR_UNDERSTANDING)
                    .then(FIX, TODAY).build();
            RecoveryPlan beforeCause = repsSlip(REPS_SLIP).then(FIND_ROOT_CAUSE, WITHIN_THREE_DAYS)
                    .then(THANK_FOR_UNDERSTANDING, WITHIN_A_WEEK).then(EXPLAIN_CAUSE, WITHIN_A_WEEK).build();
            RecoveryPlan beforePrevention = repsSlip(REPS_SLIP).then(DOUBLE_CHECK_PLAN, WITHIN_THREE_DAYS)
                    .then(THANK_FOR_UNDERSTANDING, WITHIN_A_WEEK).then(SHARE_PREVENTION, WITHIN_A_WEEK).build();

            assertThat(problem(told, beforeFix)).isEqualTo("THANK_FOR_UNDERSTANDING is step 2 but FIX is step 3");
            assertThat(problem(told, beforeCause)).isEqualTo("THANK_FOR_UNDERSTANDING is step 7 but EXPLAIN_CAUSE is step 8");
            assertThat(problem(told, beforePrevention)).isEqualTo("THANK_FOR_UNDERSTANDING is step 7 but SHARE_PREVENTION is step 8");
        }

        @Test
        void whenAComplaintIsInvestigatedTheClosingThanksWaitForItsFindings() {
            RecoveryPlan plan = deviceFailedUpToTheRemedy().then(THANK_FOR_UNDERSTANDING, WITHIN_TWO_WEEKS).build();

            assertThat(problem(told, plan)).isEqualTo("THANK_FOR_UNDERSTANDING is due WITHIN_TWO_WEEKS, before the complaint investigation closes");
        }

        @Test
        void whenAComplaintIsInvestigatedItsCauseIsExplainedWhenTheInvestigationCloses() {
            RecoveryPlan plan = deviceFailedUpToTheRemedy().then(FIND_ROOT_CAUSE, WITHIN_A_WEEK).then(EXPLAIN_CAUSE, WITHIN_TWO_WEEKS).build();

            assertThat(problem(told, plan)).isEqualTo("EXPLAIN_CAUSE is due WITHIN_TWO_WEEKS, before the complaint investigation closes");
        }

        @Test
        void withoutAComplaintTheClosingThanksNeedNotWaitForAnInvestigation() {
            holds(told, repsSlip());
            assertThat(repsSlip().step(THANK_FOR_UNDERSTANDING).orElseThrow().timing()).isEqualTo(WITHIN_TWO_WEEKS);
        }
    }

    @Nested
    class NoRemedyOnTheSpotAfterPatientHarm {

        private final Invariant onTheSpot = Invariants.NO_REMEDY_ON_THE_SPOT;

        @Test
        void aRemedyInTheFirstConversationIsCaught() {
            RecoveryPlan plan = HandPlan.of(DEVICE_FAILED, WITHIN_AN_HOUR).avoid(Avoid.OFFER_COMPENSATION_ON_THE_SPOT)
                    .say(THANK_FOR_RAISING, FIX, OFFER_REMEDY).build();

            assertThat(problem(onTheSpot, plan)).isEqualTo("OFFER_REMEDY is step 3, in the first conversation");
        }

        @Test
        void thePlanWarnsAgainstCompensationOnTheSpot() {
            RecoveryPlan plan = HandPlan.of(DEVICE_FAILED, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, FIX).build();

            assertThat(problem(onTheSpot, plan)).isEqualTo("the plan does not warn against OFFER_COMPENSATION_ON_THE_SPOT");
        }

        @Test
        void withoutPatientHarmARemedyMayBeOfferedOnTheSpot() {
            holds(onTheSpot, HandPlan.of(REPS_SLIP, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, FIX, OFFER_REMEDY).build());
        }
    }

    @Nested
    class AProductComplaintExactlyWhereADeviceIsAllegedDeficient {

        private final Invariant complaint = Invariants.COMPLAINT_ONLY_FOR_A_DEVICE;

        static Stream<Incident> deviceAllegedDeficient() {
            return Stream.of(
                    Stream.of(FaultOwner.values()).map(f -> REPS_SLIP.toBuilder().mistake(Mistake.DEFECTIVE_PRODUCT).faultOwner(f).build()),
                    Stream.of(FaultOwner.COMPANY, FaultOwner.THIRD_PARTY, FaultOwner.UNKNOWN)
                            .map(f -> REPS_SLIP.toBuilder().mistake(Mistake.WRONG_PRODUCT).faultOwner(f).build()),
                    Stream.of(REPS_SLIP.toBuilder().mistake(Mistake.INCORRECT_INFORMATION).faultOwner(FaultOwner.COMPANY)
                            .patientImpact(true).build())).flatMap(s -> s);
        }

        static Stream<Incident> noDeviceAllegedDeficient() {
            return Stream.concat(
                    Stream.concat(Stream.of(FaultOwner.CUSTOMER, FaultOwner.REP)
                            .map(f -> REPS_SLIP.toBuilder().mistake(Mistake.WRONG_PRODUCT).faultOwner(f).build()),
                            Stream.of(REPS_SLIP.toBuilder().mistake(Mistake.WRONG_PRODUCT).faultOwner(FaultOwner.COMPANY)
                                    .detectedBy(DetectedBy.COMPANY).build(),
                                    REPS_SLIP.toBuilder().mistake(Mistake.WRONG_PRODUCT).faultOwner(FaultOwner.THIRD_PARTY)
                                    .detectedBy(DetectedBy.REP).build())),
                    Stream.concat(Stream.of(Mistake.values()).filter(m -> m != Mistake.WRONG_PRODUCT && m != Mistake.DEFECTIVE_PRODUCT
                                    && m != Mistake.INCORRECT_INFORMATION)
                            .map(m -> REPS_SLIP.toBuilder().mistake(m).faultOwner(FaultOwner.COMPANY).patientImpact(true).build()),
                            Stream.of(REPS_SLIP.toBuilder().mistake(Mistake.INCORRECT_INFORMATION).faultOwner(FaultOwner.COMPANY).build(),
                                    REPS_SLIP.toBuilder().mistake(Mistake.INCORRECT_INFORMATION).faultOwner(FaultOwner.COMPANY)
                                            .patientImpact(true).detectedBy(DetectedBy.COMPANY).build(),
                                    REPS_SLIP.toBuilder().mistake(Mistake.INCORRECT_INFORMATION).faultOwner(FaultOwner.REP)
                                            .patientImpact(true).build())));
        }

        @ParameterizedTest
        @MethodSource("deviceAllegedDeficient")
        void aDeviceAllegedDeficientGoesToComplaintHandling(Incident incident) {
            RecoveryPlan without = repsSlip(incident).build();
            RecoveryPlan with = HandPlan.of(incident, WITHIN_AN_HOUR).before(ROUTE_COMPLAINT, IMMEDIATELY)
                    .say(THANK_FOR_RAISING, FIX).build();

            assertThat(problem(complaint, without))
                    .isEqualTo("no ROUTE_COMPLAINT step for a " + incident.mistake() + " by " + incident.faultOwner());
            holds(complaint, with);
        }

        @Test
        void aDefectOurOwnQualityPeopleFoundIsAFieldActionNotAComplaint() {
            Incident foundByQuality = REPS_SLIP.toBuilder().mistake(Mistake.DEFECTIVE_PRODUCT).faultOwner(FaultOwner.UNKNOWN)
                    .detectedBy(DetectedBy.COMPANY).build();
            RecoveryPlan routed = HandPlan.of(foundByQuality, WITHIN_AN_HOUR).before(ROUTE_COMPLAINT, IMMEDIATELY)
                    .say(REACH_OUT_FIRST, FIX).build();

            assertThat(problem(complaint, routed))
                    .isEqualTo("ROUTE_COMPLAINT for a DEFECTIVE_PRODUCT by UNKNOWN, where no device is alleged deficient");
            holds(complaint, HandPlan.of(foundByQuality, WITHIN_AN_HOUR).before(REFER_TO_REGULATORY, IMMEDIATELY)
                    .say(REACH_OUT_FIRST, FIX).build());
        }

        @ParameterizedTest
        @MethodSource("noDeviceAllegedDeficient")
        void nothingElseIsAProductComplaintEvenWhenAPatientMayBeAffected(Incident incident) {
            RecoveryPlan with = HandPlan.of(incident, WITHIN_AN_HOUR).before(ROUTE_COMPLAINT, IMMEDIATELY)
                    .say(THANK_FOR_RAISING, FIX).build();

            assertThat(problem(complaint, with)).isEqualTo("ROUTE_COMPLAINT for a " + incident.mistake() + " by "
                    + incident.faultOwner() + ", where no device is alleged deficient");
            holds(complaint, repsSlip(incident).build());
        }
    }

    @Nested
    class RiskManagementHearsOfPatientHarmFirst {

        private final Invariant risk = Invariants.RISK_MANAGEMENT_FIRST;

        @Test
        void possiblePatientHarmIsReported() {
            RecoveryPlan plan = HandPlan.of(DEVICE_FAILED, WITHIN_AN_HOUR).before(ROUTE_COMPLAINT, IMMEDIATELY)
                    .say(THANK_FOR_RAISING, FIX).build();

            assertThat(problem(risk, plan)).isEqualTo("no NOTIFY_RISK_MANAGEMENT step");
        }

        @Test
        void itIsReportedBeforeTheCustomerIsSpokenTo() {
            RecoveryPlan plan = HandPlan.of(DEVICE_FAILED, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, FIX)
                    .then(NOTIFY_RISK_MANAGEMENT, TODAY).build();

            assertThat(problem(risk, plan)).isEqualTo("NOTIFY_RISK_MANAGEMENT is step 3, in FOLLOW_THROUGH");
        }

        @Test
        void withoutPatientImpactRiskManagementNeedNotHear() {
            holds(risk, repsSlip());
        }
    }

    @Nested
    class EveryPlanOpensAConversation {

        private final Invariant opens = Invariants.OPENS_A_CONVERSATION;

        @Test
        void aPlanWithoutAConversationIsCaught() {
            RecoveryPlan plan = HandPlan.of(REPS_SLIP, WITHIN_AN_HOUR).before(SEE_CUSTOMER_VIEW, IMMEDIATELY)
                    .then(FIX, TODAY).build();

            assertThat(problem(opens, plan)).isEqualTo("no step in the first conversation");
        }

        @Test
        void theConversationOpensWithTheNewsOrWithThanks() {
            RecoveryPlan plan = HandPlan.of(REPS_SLIP, WITHIN_AN_HOUR).say(TAKE_OWNERSHIP, FIX).build();

            assertThat(problem(opens, plan)).isEqualTo("the conversation opens with TAKE_OWNERSHIP");
            for (Action opening : List.of(REACH_OUT_FIRST, DISCLOSE_WHAT_WE_KNOW, THANK_FOR_RAISING)) {
                holds(opens, HandPlan.of(REPS_SLIP, WITHIN_AN_HOUR).say(opening, TAKE_OWNERSHIP, FIX).build());
            }
        }

        @Test
        void aHoldMayComeBeforeTheOpeningButNotInsteadOfIt() {
            holds(opens, HandPlan.of(DEVICE_FAILED, WITHIN_AN_HOUR).say(QUARANTINE_PRODUCT, THANK_FOR_RAISING, FIX).build());
            assertThat(problem(opens, HandPlan.of(DEVICE_FAILED, WITHIN_AN_HOUR).say(QUARANTINE_PRODUCT, TAKE_OWNERSHIP, FIX).build()))
                    .isEqualTo("the conversation opens with TAKE_OWNERSHIP, after QUARANTINE_PRODUCT");
        }
    }

    @Nested
    class TheHoldIsTheFirstThingSaid {

        private final Invariant hold = Invariants.HOLD_FIRST;

        @Test
        void aHoldAfterThanksIsCaughtWhereAPatientMayBeAffected() {
            RecoveryPlan plan = HandPlan.of(DEVICE_FAILED, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, TAKE_OWNERSHIP, QUARANTINE_PRODUCT, FIX).build();

            assertThat(problem(hold, plan)).isEqualTo("QUARANTINE_PRODUCT is step 3, after THANK_FOR_RAISING");
        }

        @Test
        void anAngryCustomerWhoRaisedItIsThankedInALineAndTheHoldIsNext() {
            holds(hold, HandPlan.of(DEVICE_FAILED, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, QUARANTINE_PRODUCT, TAKE_OWNERSHIP, FIX).build());
        }

        @Test
        void aCalmCustomerWhoRaisedItHearsTheHoldBeforeTheThanks() {
            Incident calm = DEVICE_FAILED.toBuilder().customerMood(CustomerMood.CALM).build();

            assertThat(problem(hold, HandPlan.of(calm, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, QUARANTINE_PRODUCT, TAKE_OWNERSHIP, FIX).build()))
                    .isEqualTo("QUARANTINE_PRODUCT is step 2, after THANK_FOR_RAISING");
        }

        @Test
        void withoutAPatientTheHoldMayFollowOwnership() {
            Incident noPatient = Incident.builder().mistake(Mistake.DEFECTIVE_PRODUCT).faultOwner(FaultOwner.COMPANY)
                    .severity(Severity.MEDIUM).relationship(Relationship.ESTABLISHED).detectedBy(DetectedBy.CUSTOMER).build();

            holds(hold, HandPlan.of(noPatient, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, TAKE_OWNERSHIP, QUARANTINE_PRODUCT, FIX).build());
        }
    }

    @Nested
    class OurOwnWrongInformationIsCorrectedInApprovedWords {

        private final Invariant approved = Invariants.CORRECTION_APPROVED_FIRST;
        private final Incident card = Incident.builder().mistake(Mistake.INCORRECT_INFORMATION).faultOwner(FaultOwner.COMPANY)
                .severity(Severity.HIGH).relationship(Relationship.ESTABLISHED).detectedBy(DetectedBy.COMPANY).patientImpact(true).build();

        @Test
        void aCorrectionGivenBeforeRegulatoryAffairsApprovedItIsCaught() {
            RecoveryPlan plan = HandPlan.of(card, WITHIN_AN_HOUR).say(REACH_OUT_FIRST, FIX)
                    .then(REFER_TO_REGULATORY, WITHIN_A_BUSINESS_DAY).build();

            assertThat(problem(approved, plan)).isEqualTo("REFER_TO_REGULATORY is step 3 (FOLLOW_THROUGH), FIX step 2");
            holds(approved, HandPlan.of(card, WITHIN_AN_HOUR).before(REFER_TO_REGULATORY, IMMEDIATELY).say(REACH_OUT_FIRST, FIX).build());
        }
    }

    @Nested
    class AKnownSlipIsSaidPlainly {

        private final Invariant plainly = Invariants.KNOWN_SLIP_SAID_PLAINLY;

        @Test
        void uncertaintyAboutAPickErrorWeCaughtIsCaught() {
            Incident nails = Incident.builder().mistake(Mistake.WRONG_PRODUCT).faultOwner(FaultOwner.COMPANY).severity(Severity.HIGH)
                    .relationship(Relationship.DEVELOPING).detectedBy(DetectedBy.COMPANY).patientImpact(true).build();
            RecoveryPlan plan = HandPlan.of(nails, WITHIN_AN_HOUR)
                    .step(Stage.FIRST_CONTACT, REACH_OUT_FIRST, WITHIN_AN_HOUR, "Tell them what may have gone wrong.").say(FIX).build();

            assertThat(problem(plainly, plan)).isEqualTo("REACH_OUT_FIRST says \"may have gone wrong\"");
            holds(plainly, HandPlan.of(DEVICE_FAILED, WITHIN_AN_HOUR)
                    .step(Stage.FIRST_CONTACT, DISCLOSE_WHAT_WE_KNOW, WITHIN_AN_HOUR, "Say what we do not know yet.").say(FIX).build());
        }
    }

    @Nested
    class TheOwnershipLineKeepsThePlansTime {

        private final Invariant kept = Invariants.PROMISE_KEPT;

        private RecoveryPlan promising(String line, Timing shared) {
            return HandPlan.of(REPS_SLIP, WITHIN_AN_HOUR).say(THANK_FOR_RAISING)
                    .step(Stage.FIRST_CONTACT, TAKE_OWNERSHIP, WITHIN_AN_HOUR, line).say(FIX)
                    .then(DOUBLE_CHECK_PLAN, WITHIN_A_WEEK).then(SHARE_PREVENTION, shared).build();
        }

        @Test
        void aChangePromisedSoonerThanThePlanBringsItIsCaught() {
            assertThat(problem(kept, promising("By the end of the week I'll bring you the change.", WITHIN_TWO_WEEKS)))
                    .isEqualTo("TAKE_OWNERSHIP promises the change \"end of the week\", SHARE_PREVENTION is due WITHIN_TWO_WEEKS");
            holds(kept, promising("Within two weeks I'll bring you the change.", WITHIN_TWO_WEEKS));
            holds(kept, promising("By the end of the week I'll bring you the change.", WITHIN_A_WEEK));
        }
    }

    @Nested
    class NothingOfferedMeansNoRemedy {

        private final Invariant exclusive = Invariants.NO_REMEDY_BESIDE_NOTHING_OFFERED;

        private HandPlan disclosure() {
            return HandPlan.of(REPS_SLIP, WITHIN_AN_HOUR).say(APOLOGIZE)
                    .step(Stage.FIRST_CONTACT, FIX, WITHIN_AN_HOUR, "Tell them exactly what was said. Nothing is offered to make up for it.");
        }

        @Test
        void aRemedyBesideNothingOfferedIsCaught() {
            assertThat(problem(exclusive, disclosure().then(OFFER_REMEDY, WITHIN_A_BUSINESS_DAY).build()))
                    .isEqualTo("FIX says nothing is offered, OFFER_REMEDY is step 3");
            holds(exclusive, disclosure().then(FOLLOW_UP, AFTER_A_WEEK).build());
            holds(exclusive, HandPlan.of(REPS_SLIP, WITHIN_AN_HOUR).say(FIX).then(OFFER_REMEDY, WITHIN_A_BUSINESS_DAY).build());
        }
    }

    @Nested
    class WhoeverGaveWrongAdviceAloudStepsBackFromCaseCover {

        private final Invariant offCover = Invariants.SPOKEN_ADVICE_GIVER_OFF_CASE_COVER;
        private final Incident advice = REPS_SLIP.toBuilder().mistake(Mistake.INCORRECT_INFORMATION).faultOwner(FaultOwner.COMPANY)
                .severity(Severity.CRITICAL).patientImpact(true).saidAloud(true).build();

        @Test
        void aPlanThatLeavesThemOnCaseCoverIsCaught() {
            assertThat(problem(offCover, HandPlan.of(advice, WITHIN_AN_HOUR).say(EXPRESS_REGRET, FIX).build()))
                    .isEqualTo("no step takes whoever gave the advice off case cover and names who covers their cases");
            holds(offCover, HandPlan.of(advice, WITHIN_AN_HOUR)
                    .step(Stage.BEFORE_CONTACT, INVOLVE_SALES_MANAGER, IMMEDIATELY, "Take them off case cover; name who covers their cases.")
                    .say(EXPRESS_REGRET, FIX).build());
        }

        @Test
        void writtenOrMinorWrongInformationNeedsNoChangeOfCover() {
            holds(offCover, HandPlan.of(advice.toBuilder().saidAloud(false).build(), WITHIN_AN_HOUR).say(EXPRESS_REGRET, FIX).build());
            holds(offCover, HandPlan.of(advice.toBuilder().severity(Severity.MEDIUM).patientImpact(false).build(), WITHIN_AN_HOUR)
                    .say(EXPRESS_REGRET, FIX).build());
        }
    }

    @Nested
    class TheRootCauseFitsTheFacts {

        private final Incident carrierAgain = Incident.builder().mistake(Mistake.LATE_DELIVERY).faultOwner(FaultOwner.THIRD_PARTY)
                .severity(Severity.MEDIUM).relationship(Relationship.STRONG).detectedBy(DetectedBy.COMPANY)
                .customerMood(CustomerMood.CALM).priorOccurrences(4).build();

        private HandPlan delivered(Incident incident, String arrival) {
            return HandPlan.of(incident, TODAY).step(Stage.BEFORE_CONTACT, ARRANGE_FIX, IMMEDIATELY, arrival).say(EXPRESS_REGRET, FIX);
        }

        @Test
        void aTimeFromTheCarrierThatKeepsFailingIsCaught() {
            assertThat(problem(Invariants.FAILING_CARRIER_REPLACED, delivered(carrierAgain, "Get an arrival time confirmed by the carrier.").build()))
                    .isEqualTo("ARRANGE_FIX relies on the carrier that keeps failing");
            holds(Invariants.FAILING_CARRIER_REPLACED,
                    delivered(carrierAgain.toBuilder().priorOccurrences(1).build(), "Get an arrival time confirmed by the carrier.").build());
        }

        @Test
        void aRootCauseThatDoesNotQuestionTheCarrierIsCaught() {
            HandPlan plan = delivered(carrierAgain, "Expedite it by another route.");
            assertThat(problem(Invariants.FAILING_CARRIER_REPLACED,
                    plan.step(Stage.FOLLOW_THROUGH, FIND_ROOT_CAUSE, WITHIN_A_WEEK, "Find where the days were lost.").build()))
                    .isEqualTo("FIND_ROOT_CAUSE does not ask whether to move the account to another carrier or route");
            holds(Invariants.FAILING_CARRIER_REPLACED, delivered(carrierAgain, "Expedite it by another route.")
                    .step(Stage.FOLLOW_THROUGH, FIND_ROOT_CAUSE, WITHIN_A_WEEK, "Whether to move it to another carrier or route.").build());
            holds(Invariants.FAILING_CARRIER_REPLACED, delivered(carrierAgain, "Expedite it by another route.")
                    .step(Stage.FOLLOW_THROUGH, FIND_ROOT_CAUSE, WITHIN_A_WEEK, "Whether to move it to another carrier or route.")
                    .step(Stage.FOLLOW_THROUGH, FIND_ROOT_CAUSE, WITHIN_A_WEEK, "Why the check agreed after the last time did not hold.")
                    .build());
        }

        @Test
        void aRefundOfADisputedChargeIsCaught() {
            Incident disputed = REPS_SLIP.toBuilder().mistake(Mistake.BILLING_ERROR).faultOwner(FaultOwner.UNKNOWN).build();
            String refund = "Have billing trace the invoice and refund any overcharge already paid.";
            assertThat(problem(Invariants.DISPUTED_CHARGE_NOT_REFUNDED_BEFORE_IT_IS_KNOWN, HandPlan.of(disputed, TODAY).say(FIX)
                    .step(Stage.FOLLOW_THROUGH, FIND_ROOT_CAUSE, WITHIN_A_WEEK, refund).build()))
                    .isEqualTo("FIND_ROOT_CAUSE refunds a charge nobody yet knows to be wrong");
            holds(Invariants.DISPUTED_CHARGE_NOT_REFUNDED_BEFORE_IT_IS_KNOWN, HandPlan.of(disputed.toBuilder().faultOwner(FaultOwner.COMPANY).build(), TODAY)
                    .say(FIX).step(Stage.FOLLOW_THROUGH, FIND_ROOT_CAUSE, WITHIN_A_WEEK, refund).build());
        }
    }

    @Nested
    class TheRepsOwnCheckFitsTheSlip {

        private final Invariant fits = Invariants.REPS_CHECK_FITS_THE_SLIP;

        private RecoveryPlan checked(Incident incident, String wording) {
            return HandPlan.of(incident, WITHIN_FOUR_HOURS).say(APOLOGIZE, FIX)
                    .step(Stage.FOLLOW_THROUGH, DOUBLE_CHECK_PLAN, WITHIN_A_WEEK, wording).build();
        }

        @Test
        void aPersonalReminderAfterARepeatIsCaught() {
            Incident repeat = REPS_SLIP.toBuilder().priorOccurrences(1).build();
            assertThat(problem(fits, checked(repeat, "Add a check (a checklist, a reminder, a second look).")))
                    .isEqualTo("DOUBLE_CHECK_PLAN is a personal reminder after a repeat");
            holds(fits, checked(REPS_SLIP, "Add a check (a checklist, a reminder, a second look)."));
            holds(fits, checked(repeat, "Agree with your sales manager a check they look at."));
        }

        @Test
        void aMissedVisitWithoutTheCalendarIsCaught() {
            Incident missed = REPS_SLIP.toBuilder().mistake(Mistake.MISSED_APPOINTMENT).build();
            assertThat(problem(fits, checked(missed, "Add a check (a checklist, a reminder, a second look).")))
                    .isEqualTo("DOUBLE_CHECK_PLAN does not check the calendar of a missed visit");
            holds(fits, checked(missed, "Keep every case in one calendar your back-up can see."));
        }

        @Test
        void anOfferOfSomethingOfValueCheckedAsAnEmailIsCaught() {
            Incident offer = REPS_SLIP.toBuilder().mistake(Mistake.OTHER).otherKind(OtherKind.INDUCEMENT).build();
            String email = "Before anything about a customer leaves your hands, look again at who it goes to.";
            assertThat(problem(fits, checked(offer, email))).isEqualTo(
                    "DOUBLE_CHECK_PLAN does not ask for compliance's written approval before anything of value, after an offer of it");
            holds(fits, checked(offer, "Nothing of value goes out without compliance's written approval first."));
            holds(fits, checked(offer.toBuilder().otherKind(OtherKind.DISCLOSURE).build(), email));
        }

        @Test
        void aLapseOfAccessCheckedAsAnEmailIsCaught() {
            Incident lapse = REPS_SLIP.toBuilder().mistake(Mistake.OTHER).otherKind(OtherKind.ACCESS_OR_CONDUCT).build();
            assertThat(problem(fits, checked(lapse, "Before anything about a customer leaves your hands, look again at who it goes to.")))
                    .isEqualTo("DOUBLE_CHECK_PLAN does not check the credentials, after a lapse of access");
            holds(fits, checked(lapse, "Put the date each account's credentials expire in your calendar a month ahead."));
        }

        @Test
        void aRemarkMadeAloudCheckedAsAnEmailIsCaught() {
            Incident remark = REPS_SLIP.toBuilder().mistake(Mistake.OTHER).saidAloud(true).build();
            String email = "Before anything about a customer leaves your hands, look again at who it goes to.";
            assertThat(problem(fits, checked(remark, email)))
                    .isEqualTo("DOUBLE_CHECK_PLAN checks what leaves your hands, for a remark made aloud");
            holds(fits, checked(remark.toBuilder().saidAloud(false).build(), email));
            holds(fits, checked(remark.toBuilder().faultOwner(FaultOwner.COMPANY).build(), email));
        }
    }

    @Nested
    class ASeriousWrongClaimIsCorrectedInTheFirstCall {

        private final Invariant inTheCall = Invariants.SERIOUS_WRONG_CLAIM_CORRECTED_IN_THE_CALL;
        private final Incident wrongClaim = REPS_SLIP.toBuilder().mistake(Mistake.INCORRECT_INFORMATION).severity(Severity.HIGH).build();

        @Test
        void aCorrectionOnlyInALetterAfterTheCallIsCaught() {
            assertThat(problem(inTheCall, HandPlan.of(wrongClaim, WITHIN_FOUR_HOURS).before(NOTIFY_COMPLIANCE, IMMEDIATELY)
                    .say(THANK_FOR_RAISING, APOLOGIZE, TAKE_OWNERSHIP).then(FIX, WITHIN_A_BUSINESS_DAY).build()))
                    .isEqualTo("FIX is step 5 (FOLLOW_THROUGH), not in the first conversation");
            assertThat(problem(inTheCall, HandPlan.of(wrongClaim, WITHIN_FOUR_HOURS).say(APOLOGIZE).build()))
                    .isEqualTo("no FIX step corrects the claim");
            holds(inTheCall, HandPlan.of(wrongClaim, WITHIN_FOUR_HOURS).say(APOLOGIZE, FIX).build());
        }

        @Test
        void wordsSaidAloudAreNotAskedToBeDiscarded() {
            Incident aloud = wrongClaim.toBuilder().saidAloud(true).build();
            HandPlan discard = HandPlan.of(aloud, WITHIN_FOUR_HOURS).say(APOLOGIZE)
                    .step(Stage.FIRST_CONTACT, FIX, WITHIN_FOUR_HOURS, "Withdraw it, asking them to discard the old one.");
            assertThat(problem(inTheCall, discard.build())).isEqualTo("FIX asks them to discard the old one, of words said aloud");
            holds(inTheCall, HandPlan.of(wrongClaim, WITHIN_FOUR_HOURS)
                    .step(Stage.FIRST_CONTACT, FIX, WITHIN_FOUR_HOURS, "Withdraw it, asking them to discard the old one.").build());
        }

        @Test
        void aMinorWrongClaimMayBeCorrectedInWriting() {
            holds(inTheCall, HandPlan.of(REPS_SLIP.toBuilder().mistake(Mistake.INCORRECT_INFORMATION).build(), WITHIN_FOUR_HOURS)
                    .say(APOLOGIZE).then(FIX, TODAY).build());
        }
    }

    @Nested
    class APatientWaitingOnAnUnansweredRequestHearsWhenTheyAreServed {

        private final Invariant served = Invariants.WAITING_PATIENT_SERVED_IN_THE_CALL;
        private final Incident waiting = REPS_SLIP.toBuilder().mistake(Mistake.UNANSWERED_REQUEST).patientImpact(true).build();

        @Test
        void aLabellingAnswerAloneOrALetterLaterIsCaught() {
            assertThat(problem(served, HandPlan.of(waiting, WITHIN_FOUR_HOURS).say(APOLOGIZE)
                    .step(Stage.FIRST_CONTACT, FIX, WITHIN_FOUR_HOURS, "Get the answer in the words of the labelling.").build()))
                    .isEqualTo("FIX gives no date for each waiting patient");
            assertThat(problem(served, HandPlan.of(waiting, WITHIN_FOUR_HOURS).say(APOLOGIZE).then(FIX, WITHIN_A_BUSINESS_DAY).build()))
                    .isEqualTo("FIX is step 2 (FOLLOW_THROUGH), not in the first conversation");
            assertThat(problem(served, HandPlan.of(waiting, WITHIN_FOUR_HOURS).say(APOLOGIZE).build()))
                    .isEqualTo("no FIX step serves the waiting patient");
            holds(served, HandPlan.of(waiting, WITHIN_FOUR_HOURS).say(APOLOGIZE)
                    .step(Stage.FIRST_CONTACT, FIX, WITHIN_FOUR_HOURS, "Give a confirmed date for each patient.").build());
        }

        @Test
        void anUnansweredRequestWithoutAPatientIsNotHeldToIt() {
            holds(served, HandPlan.of(waiting.toBuilder().patientImpact(false).build(), WITHIN_FOUR_HOURS).say(APOLOGIZE).build());
        }

        @Test
        void aDateSoughtOnlyInTheCallIsCaught() {
            Invariant scheduled = Invariants.WAITING_PATIENT_SCHEDULED_BEFORE_THE_CALL;
            HandPlan inTheCall = HandPlan.of(waiting, WITHIN_FOUR_HOURS).before(SEE_CUSTOMER_VIEW, IMMEDIATELY).say(APOLOGIZE)
                    .step(Stage.FIRST_CONTACT, FIX, WITHIN_FOUR_HOURS, "Give a confirmed date for each patient.");
            assertThat(problem(scheduled, inTheCall.build()))
                    .isEqualTo("no step before the first conversation schedules each waiting patient");
            holds(scheduled, HandPlan.of(waiting, WITHIN_FOUR_HOURS)
                    .step(Stage.BEFORE_CONTACT, ARRANGE_FIX, IMMEDIATELY, "Have intake schedule each waiting patient now.")
                    .say(APOLOGIZE).step(Stage.FIRST_CONTACT, FIX, WITHIN_FOUR_HOURS, "Give a confirmed date for each patient.").build());
            holds(scheduled, HandPlan.of(waiting.toBuilder().patientImpact(false).build(), WITHIN_FOUR_HOURS).say(APOLOGIZE).build());
        }
    }

    @Nested
    class ARequestLeftUnansweredWithAPatientIsAnsweredFromItsOwners {

        private final Invariant answered = Invariants.UNANSWERED_REQUEST_ANSWERED_FROM_ITS_OWNERS;
        private final Incident request = REPS_SLIP.toBuilder().mistake(Mistake.UNANSWERED_REQUEST).patientImpact(true).build();

        private RecoveryPlan answering(String beforeTheCall, String inTheCall) {
            return HandPlan.of(request, WITHIN_AN_HOUR).step(Stage.BEFORE_CONTACT, ARRANGE_FIX, IMMEDIATELY, beforeTheCall)
                    .say(THANK_FOR_RAISING, APOLOGIZE, TAKE_OWNERSHIP).step(Stage.FIRST_CONTACT, FIX, WITHIN_AN_HOUR, inTheCall).build();
        }

        @Test
        void aCallThatComesWithDatesButNotTheAnswerIsCaught() {
            assertThat(problem(answered, answering("Have intake schedule each waiting patient now.",
                    "Give a confirmed date for each patient, and confirm each in writing today.")))
                    .isEqualTo("no step before the first conversation gets the answer from medical information or technical services");
        }

        @Test
        void anAnswerOnlySaidAloudIsCaught() {
            assertThat(problem(answered, answering("Get the answer from medical information or technical services now.",
                    "Give them the answer from medical information.")))
                    .isEqualTo("FIX (step 5) does not send what they asked for in writing today");
            holds(answered, answering("Get the answer from medical information or technical services now.",
                    "Give them the answer, and send it to them in writing today."));
        }

        @Test
        void aReferringPracticeOrARequestWithNoPatientIsNotHeldToIt() {
            holds(answered, HandPlan.of(request.toBuilder().referralsLost(true).build(), WITHIN_AN_HOUR).say(APOLOGIZE, FIX).build());
            holds(answered, HandPlan.of(request.toBuilder().patientImpact(false).build(), TODAY).say(APOLOGIZE, FIX).build());
        }
    }

    @Nested
    class ARepsOwnBrokenPromiseIsDoneBeforeTheCall {

        private final Invariant done = Invariants.REPS_OWN_PROMISE_DONE_BEFORE_THE_CALL;
        private final Incident promise = REPS_SLIP.toBuilder().mistake(Mistake.BROKEN_PROMISE).build();

        private HandPlan arranging(Incident incident, String beforeTheCall) {
            return HandPlan.of(incident, TODAY).step(Stage.BEFORE_CONTACT, ARRANGE_FIX, IMMEDIATELY, beforeTheCall)
                    .say(THANK_FOR_RAISING, APOLOGIZE, TAKE_OWNERSHIP, FIX);
        }

        @Test
        void sendingTheRepToOthersForANewDateIsCaught() {
            assertThat(problem(done, arranging(promise, "Get what was promised confirmed in writing, with a date, by whoever has to deliver it.")
                    .build()))
                    .isEqualTo("ARRANGE_FIX says \"by whoever has to deliver it\" for the rep's own promise");
        }

        @Test
        void aWarningToCommitOnlyToWhatOthersConfirmedIsCaught() {
            RecoveryPlan warned = arranging(promise, "Do what you promised yourself, now.")
                    .avoid(Avoid.OVERPROMISE, "Another promise that slips would hurt; commit only to what you have confirmed.").build();
            assertThat(problem(done, warned)).isEqualTo("the OVERPROMISE warning asks for what others confirmed, for the rep's own promise");
        }

        @Test
        void aCallWithNothingDoneBeforeItIsCaught() {
            RecoveryPlan nothingDone = HandPlan.of(promise, TODAY).before(SEE_CUSTOMER_VIEW, IMMEDIATELY)
                    .say(THANK_FOR_RAISING, APOLOGIZE, TAKE_OWNERSHIP, FIX).build();
            assertThat(problem(done, nothingDone)).isEqualTo("no step before the first conversation has the rep do what they promised");
        }

        @Test
        void thePromiseDoneBeforeTheCallHolds() {
            holds(done, arranging(promise, "Before you get in touch, do what you promised, yourself and now.")
                    .avoid(Avoid.OVERPROMISE, "Bring it done; give a date only for what waits on someone else.").build());
        }

        @Test
        void aPromiseOfTheCompanysMayStillBeConfirmedByWhoeverDeliversIt() {
            holds(done, arranging(promise.toBuilder().faultOwner(FaultOwner.COMPANY).build(),
                    "Get what was promised confirmed in writing, with a date, by whoever has to deliver it.").build());
        }
    }

    @Nested
    class ASeriousWrongClaimIsClearedWithComplianceFirst {

        private final Invariant cleared = Invariants.SERIOUS_WRONG_CLAIM_CLEARED_FIRST;
        private final Incident wrongClaim = REPS_SLIP.toBuilder().mistake(Mistake.INCORRECT_INFORMATION).severity(Severity.HIGH).build();

        private HandPlan told(Stage stage, String wording) {
            return HandPlan.of(wrongClaim, WITHIN_FOUR_HOURS).step(stage, NOTIFY_COMPLIANCE, IMMEDIATELY, wording)
                    .say(THANK_FOR_RAISING, APOLOGIZE, TAKE_OWNERSHIP).then(FIX, WITHIN_A_BUSINESS_DAY);
        }

        @Test
        void aCorrectionWithoutComplianceIsCaught() {
            assertThat(problem(cleared, HandPlan.of(wrongClaim, WITHIN_FOUR_HOURS).say(THANK_FOR_RAISING, APOLOGIZE, FIX).build()))
                    .isEqualTo("no NOTIFY_COMPLIANCE step tells compliance");
            assertThat(problem(cleared, told(Stage.BEFORE_CONTACT, "Tell risk management.").build()))
                    .isEqualTo("NOTIFY_COMPLIANCE is step 1 (BEFORE_CONTACT) and does not name compliance");
            holds(cleared, told(Stage.BEFORE_CONTACT, "Tell your compliance officer what was said.").build());
        }

        @Test
        void aRemedyBesideTheFirstCorrectionIsCaughtAndARepeatMayEarnOne() {
            HandPlan withRemedy = told(Stage.BEFORE_CONTACT, "Tell your compliance officer what was said.")
                    .then(APPROVE_REMEDY, WITHIN_A_BUSINESS_DAY).then(OFFER_REMEDY, WITHIN_A_BUSINESS_DAY);

            assertThat(problem(cleared, withRemedy.build())).isEqualTo("OFFER_REMEDY is step 7, beside the correction of a wrong claim");
            RecoveryPlan repeat = HandPlan.of(wrongClaim.toBuilder().priorOccurrences(1).build(), WITHIN_FOUR_HOURS)
                    .before(NOTIFY_COMPLIANCE, IMMEDIATELY).build();
            assertThat(problem(cleared, repeat)).isEqualTo("NOTIFY_COMPLIANCE is step 1 (BEFORE_CONTACT) and does not name compliance");
            holds(cleared, HandPlan.of(wrongClaim.toBuilder().priorOccurrences(1).build(), WITHIN_FOUR_HOURS)
                    .step(Stage.BEFORE_CONTACT, NOTIFY_COMPLIANCE, IMMEDIATELY, "Tell compliance.").say(FIX)
                    .then(OFFER_REMEDY, WITHIN_A_BUSINESS_DAY).build());
            holds(cleared, HandPlan.of(REPS_SLIP.toBuilder().mistake(Mistake.INCORRECT_INFORMATION).build(), WITHIN_FOUR_HOURS)
                    .say(FIX).then(OFFER_REMEDY, WITHIN_A_BUSINESS_DAY).build());
        }
    }

    @Nested
    class TheRepsMissedCaseIsCoveredNotRebooked {

        private final Invariant covered = Invariants.SERIOUS_MISSED_CASE_COVERED;
        private final Incident missedCase = REPS_SLIP.toBuilder().mistake(Mistake.MISSED_APPOINTMENT).patientImpact(true).build();

        private RecoveryPlan fixedWith(Incident incident, String fix) {
            return HandPlan.of(incident, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, APOLOGIZE)
                    .step(Stage.FIRST_CONTACT, FIX, WITHIN_AN_HOUR, fix).build();
        }

        @Test
        void aRebookingForACaseThatWasMissedIsCaught() {
            assertThat(problem(covered, fixedWith(missedCase, "Offer a new time: “When would suit you best?”")))
                    .isEqualTo("no FIX step confirms cover for the cases booked");
            assertThat(problem(covered, fixedWith(missedCase, "Confirm cover for each case. “When would suit you best?”")))
                    .isEqualTo("FIX says \"When would suit you best?\"");
            holds(covered, fixedWith(missedCase, "Confirm cover for each case booked, by name."));
            holds(covered, fixedWith(missedCase.toBuilder().patientImpact(false).build(), "Offer a new time: “When would suit you best?”"));
        }
    }

    @Nested
    class ADisputedChargeIsHeldNotConceded {

        private final Invariant held = Invariants.DISPUTED_CHARGE_HELD;
        private final Incident disputed = REPS_SLIP.toBuilder().mistake(Mistake.BILLING_ERROR).faultOwner(FaultOwner.UNKNOWN).build();

        private HandPlan before(String wording) {
            return HandPlan.of(disputed, WITHIN_FOUR_HOURS).step(Stage.BEFORE_CONTACT, ARRANGE_FIX, IMMEDIATELY, wording);
        }

        @Test
        void aChargeConcededBeforeAnyoneLookedIsCaught() {
            assertThat(problem(held, before("Have billing cancel or correct the invoice now.").say(THANK_FOR_RAISING, FIX).build()))
                    .isEqualTo("no step before the first contact puts the invoice on hold");
            assertThat(problem(held, before("Put the invoice on hold.").say(THANK_FOR_RAISING)
                    .step(Stage.FIRST_CONTACT, EXPRESS_REGRET, WITHIN_FOUR_HOURS, "I'm sorry about a wrong invoice from us.").say(FIX).build()))
                    .isEqualTo("EXPRESS_REGRET concedes the charge before anyone has looked");
            holds(held, before("Put the invoice on hold and compare the records.").say(THANK_FOR_RAISING, FIX).build());
            holds(held, HandPlan.of(disputed.toBuilder().faultOwner(FaultOwner.COMPANY).build(), WITHIN_FOUR_HOURS)
                    .step(Stage.BEFORE_CONTACT, ARRANGE_FIX, IMMEDIATELY, "Have billing cancel or correct the invoice now.").say(FIX).build());
        }
    }

    @Nested
    class APartnersSubstituteIsStoppedOnTheAccountFirst {

        private final Invariant stopped = Invariants.PARTNER_SUBSTITUTE_STOPPED_FIRST;
        private final Incident substitute = DEVICE_FAILED.toBuilder().mistake(Mistake.WRONG_PRODUCT).faultOwner(FaultOwner.THIRD_PARTY).build();

        private HandPlan routed() {
            return HandPlan.of(substitute, WITHIN_AN_HOUR).before(ROUTE_COMPLAINT, IMMEDIATELY).before(NOTIFY_RISK_MANAGEMENT, IMMEDIATELY);
        }

        @Test
        void aSubstituteLeftToTheInvestigationIsCaught() {
            assertThat(problem(stopped, routed().say(QUARANTINE_PRODUCT, THANK_FOR_RAISING, FIX).then(DOUBLE_CHECK_PLAN, WITHIN_A_WEEK).build()))
                    .isEqualTo("DOUBLE_CHECK_PLAN is step 6, in FOLLOW_THROUGH");
            assertThat(problem(stopped, routed().before(DOUBLE_CHECK_PLAN, IMMEDIATELY).say(QUARANTINE_PRODUCT, THANK_FOR_RAISING, FIX)
                    .step(Stage.FOLLOW_THROUGH, FIND_ROOT_CAUSE, WHEN_INVESTIGATION_CLOSES, "Your part: arrange the return of the device.").build()))
                    .isEqualTo("FIND_ROOT_CAUSE returns a device that may have been used on a patient");
            holds(stopped, routed().before(DOUBLE_CHECK_PLAN, IMMEDIATELY).say(QUARANTINE_PRODUCT, THANK_FOR_RAISING, FIX).build());
            holds(stopped, HandPlan.of(substitute.toBuilder().faultOwner(FaultOwner.COMPANY).build(), WITHIN_AN_HOUR).say(FIX).build());
        }
    }

    @Nested
    class OnlyTheFirstLineOpensTheConversation {

        private final Invariant once = Invariants.CONVERSATION_OPENED_ONCE;

        private RecoveryPlan afterTheHold(String news) {
            return HandPlan.of(DEVICE_FAILED, WITHIN_AN_HOUR).before(NOTIFY_RISK_MANAGEMENT, IMMEDIATELY).say(QUARANTINE_PRODUCT)
                    .step(Stage.FIRST_CONTACT, REACH_OUT_FIRST, WITHIN_AN_HOUR, news).say(TAKE_OWNERSHIP, FIX).build();
        }

        @Test
        void aSecondLineThatStartsTheCallAgainIsCaught() {
            assertThat(problem(once, afterTheHold("Call now: say plainly what went wrong.")))
                    .isEqualTo("REACH_OUT_FIRST is step 3, after QUARANTINE_PRODUCT, and says \"Call now\"");
            holds(once, afterTheHold("Say plainly what went wrong."));
        }
    }

    @Nested
    class ABillingErrorAcrossInvoicesIsCheckedBeforeTheFirstConversation {

        private final Invariant across = Invariants.BILLING_CHECKED_ACROSS_INVOICES;
        private final Incident foundInTheirBooks = REPS_SLIP.toBuilder().mistake(Mistake.BILLING_ERROR)
                .faultOwner(FaultOwner.COMPANY).spreadBeyondContact(true).build();

        private HandPlan checked(Stage stage) {
            return HandPlan.of(foundInTheirBooks, WITHIN_AN_HOUR)
                    .step(stage, ARRANGE_FIX, IMMEDIATELY, "Have billing check every invoice since the wrong price took effect.");
        }

        @Test
        void aFirstErrorTheCustomersOrganisationFoundGetsTheCheckBeforeTheConversation() {
            assertThat(problem(across, HandPlan.of(foundInTheirBooks, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, FIX).build()))
                    .isEqualTo("no ARRANGE_FIX step checks every invoice");
            holds(across, checked(Stage.BEFORE_CONTACT).say(THANK_FOR_RAISING, FIX).build());
        }

        @Test
        void theRegretNamesTheScaleNotOneInvoice() {
            RecoveryPlan oneInvoice = checked(Stage.BEFORE_CONTACT).say(THANK_FOR_RAISING)
                    .step(Stage.FIRST_CONTACT, EXPRESS_REGRET, WITHIN_AN_HOUR, "I'm sorry about a wrong invoice from us.").say(FIX).build();

            assertThat(problem(across, oneInvoice)).isEqualTo("EXPRESS_REGRET speaks of \"a wrong invoice\"");
        }

        @Test
        void oneWrongInvoiceOnlyTheContactKnowsOfNeedsNoCheckAcrossInvoices() {
            Incident oneInvoice = foundInTheirBooks.toBuilder().spreadBeyondContact(false).build();

            holds(across, HandPlan.of(oneInvoice, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, FIX).build());
        }
    }

    @Nested
    class ASeriousLateDeliveryIsNotLeftToTheCarrier {

        private final Invariant route = Invariants.SERIOUS_DELIVERY_NOT_BY_THE_FAILED_ROUTE;
        private final Incident setLost = Incident.builder().mistake(Mistake.LATE_DELIVERY).faultOwner(FaultOwner.THIRD_PARTY)
                .severity(Severity.HIGH).relationship(Relationship.ESTABLISHED).detectedBy(DetectedBy.COMPANY)
                .customerMood(CustomerMood.CALM).build();

        private RecoveryPlan rescued(String how) {
            return HandPlan.of(setLost, WITHIN_FOUR_HOURS).step(Stage.BEFORE_CONTACT, ARRANGE_FIX, IMMEDIATELY, how)
                    .say(REACH_OUT_FIRST, EXPRESS_REGRET, TAKE_OWNERSHIP, FIX).build();
        }

        @Test
        void aSeriousDeliveryLeftToTheCarrierThatLostItIsCaught() {
            assertThat(problem(route, rescued("Expedite it and get an arrival time confirmed by the carrier.")))
                    .isEqualTo("ARRANGE_FIX relies on the carrier that failed");
            holds(route, rescued("Line up the nearest stock or a hand carry, not the route that failed."));
        }
    }

    @Nested
    class WhatAWordingPromisesAStepDelivers {

        private final Invariant promised = Invariants.PROMISED_CONTACT_HAS_A_STEP;
        private final Incident pattern = Incident.builder().mistake(Mistake.BILLING_ERROR).faultOwner(FaultOwner.COMPANY)
                .severity(Severity.MEDIUM).relationship(Relationship.ESTABLISHED).detectedBy(DetectedBy.CUSTOMER)
                .customerMood(CustomerMood.UPSET).priorOccurrences(2).build();

        private HandPlan promisingALeadersCall() {
            return HandPlan.of(pattern, TODAY).say(THANK_FOR_RAISING)
                    .step(Stage.FIRST_CONTACT, TAKE_OWNERSHIP, TODAY, "I've asked a leader to call you this week.").say(FIX);
        }

        @Test
        void aLeadersCallWithNoStepOfItsOwnIsCaught() {
            assertThat(problem(promised, promisingALeadersCall().then(SHARE_PREVENTION, WITHIN_TWO_WEEKS).build()))
                    .isEqualTo("TAKE_OWNERSHIP promises a leader's call within the week, and no step with the customer makes it");
            holds(promised, promisingALeadersCall()
                    .step(Stage.FOLLOW_THROUGH, FOLLOW_UP, WITHIN_A_WEEK, "The leader calls them, with you on the call.").build());
        }

        @Test
        void aLeadersCallLaterThanPromisedIsCaught() {
            assertThat(problem(promised, promisingALeadersCall()
                    .step(Stage.FOLLOW_THROUGH, SHARE_PREVENTION, WITHIN_TWO_WEEKS, "Present it with the leader who owns it.").build()))
                    .isEqualTo("TAKE_OWNERSHIP promises a leader's call within the week, and no step with the customer makes it");
        }

        @Test
        void aReportBackPromisedWithNoStepToBringItIsCaught() {
            RecoveryPlan plan = HandPlan.of(pattern, TODAY).say(THANK_FOR_RAISING)
                    .step(Stage.FIRST_CONTACT, TAKE_OWNERSHIP, TODAY, "I'll come back to you with what went wrong and what we changed.")
                    .say(FIX).then(FOLLOW_UP, AFTER_A_WEEK).build();

            assertThat(problem(promised, plan)).isEqualTo(
                    "TAKE_OWNERSHIP promises \"I'll come back to you with what went wrong\", and no EXPLAIN_CAUSE or SHARE_PREVENTION step delivers it");
        }
    }

    @Nested
    class WhatWeCaughtIsNotRegrettedAsALossAlreadyHad {

        private final Invariant notYet = Invariants.NO_LOSS_BEFORE_IT_HAPPENED;

        private RecoveryPlan regretting(Incident incident, String line) {
            return HandPlan.of(incident, WITHIN_AN_HOUR).say(REACH_OUT_FIRST)
                    .step(Stage.FIRST_CONTACT, EXPRESS_REGRET, WITHIN_AN_HOUR, line).say(FIX).build();
        }

        @Test
        void aDeliveryWeSeeWillBeLateIsNotRegrettedAsMissed() {
            Incident late = REPS_SLIP.toBuilder().mistake(Mistake.LATE_DELIVERY).faultOwner(FaultOwner.THIRD_PARTY)
                    .detectedBy(DetectedBy.COMPANY).build();

            assertThat(problem(notYet, regretting(late, "I'm sorry about a delivery that missed the date you had planned around.")))
                    .isEqualTo("EXPRESS_REGRET says \"missed the date\"");
            holds(notYet, regretting(late, "I'm sorry about a delivery that will not arrive on the date you planned around."));
            holds(notYet, regretting(late.toBuilder().detectedBy(DetectedBy.CUSTOMER).build(),
                    "I'm sorry about a delivery that missed the date you had planned around."));
        }

        @Test
        void anItemWeSeeWasLeftOutIsNotRegrettedAsGoneWithout() {
            Incident leftOut = REPS_SLIP.toBuilder().mistake(Mistake.FORGOTTEN_ITEM).faultOwner(FaultOwner.COMPANY)
                    .detectedBy(DetectedBy.COMPANY).build();

            assertThat(problem(notYet, regretting(leftOut, "I'm sorry about going without something you were counting on.")))
                    .isEqualTo("EXPRESS_REGRET says \"going without something\"");
            holds(notYet, regretting(leftOut, "I'm sorry about something you are counting on that was left out."));
            holds(notYet, regretting(leftOut.toBuilder().detectedBy(DetectedBy.CUSTOMER).build(),
                    "I'm sorry about going without something you were counting on."));
        }

        @Test
        void aSafetyNoticeThatMissedThemIsNotTimeAndTrouble() {
            Incident notice = REPS_SLIP.toBuilder().mistake(Mistake.OTHER).faultOwner(FaultOwner.COMPANY)
                    .detectedBy(DetectedBy.COMPANY).patientImpact(true).build();

            assertThat(problem(notYet, regretting(notice, "I'm sorry about time and trouble you should never have had.")))
                    .isEqualTo("EXPRESS_REGRET says \"time and trouble you should never have had\"");
        }
    }

    @Nested
    class TheSalesManagerIsSeenOnceADay {

        private final Invariant once = Invariants.SALES_MANAGER_ONCE_A_DAY;

        private HandPlan afterTheCall() {
            return HandPlan.of(REPS_SLIP, WITHIN_AN_HOUR).say(APOLOGIZE, FIX);
        }

        @Test
        void aRemedyApprovalBesideALeadersBriefingTheSameDayIsCaught() {
            assertThat(problem(once, afterTheCall().then(APPROVE_REMEDY, TODAY).then(ESCALATE_TO_LEADERSHIP, TODAY).build()))
                    .isEqualTo("APPROVE_REMEDY is step 3 and ESCALATE_TO_LEADERSHIP is step 4, both with the sales manager the same day");
            holds(once, afterTheCall().then(ESCALATE_TO_LEADERSHIP, TODAY).then(OFFER_REMEDY, WITHIN_A_BUSINESS_DAY).build());
        }

        @Test
        void aBriefingBeforeTheCallTakesTheApprovalDueLaterThatDay() {
            assertThat(problem(once, HandPlan.of(REPS_SLIP, WITHIN_AN_HOUR).before(ESCALATE_TO_LEADERSHIP, IMMEDIATELY)
                    .say(APOLOGIZE, FIX).then(APPROVE_REMEDY, TODAY).build()))
                    .isEqualTo("APPROVE_REMEDY is step 4 and ESCALATE_TO_LEADERSHIP is step 1, both with the sales manager the same day");
        }

        @Test
        void anApprovalNeededBeforeTheCallMayComeBeforeABriefingAfterIt() {
            holds(once, HandPlan.of(REPS_SLIP, WITHIN_FOUR_HOURS).before(APPROVE_REMEDY, WITHIN_FOUR_HOURS)
                    .say(APOLOGIZE, FIX).then(ESCALATE_TO_LEADERSHIP, TODAY).build());
        }

        @Test
        void anApprovalThatComplianceGivesTooIsAnotherConversation() {
            holds(once, afterTheCall().step(Stage.FOLLOW_THROUGH, APPROVE_REMEDY, TODAY,
                    "Agree the remedy with your sales manager and compliance before you offer it.").then(ESCALATE_TO_LEADERSHIP, TODAY).build());
        }
    }

    @Nested
    class AnAngryCustomerIsThankedFirst {

        private final Invariant angry = Invariants.ANGRY_THANKED_FIRST;

        @Test
        void ownershipBeforeThanksIsCaught() {
            RecoveryPlan plan = HandPlan.of(DEVICE_FAILED, WITHIN_AN_HOUR).say(LISTEN_FIRST, TAKE_OWNERSHIP, THANK_FOR_RAISING).build();

            assertThat(problem(angry, plan)).isEqualTo("the first words are TAKE_OWNERSHIP");
        }

        @Test
        void onlyTheFirstConversationCounts() {
            RecoveryPlan plan = HandPlan.of(DEVICE_FAILED, WITHIN_AN_HOUR).say(LISTEN_FIRST, FIX)
                    .then(THANK_FOR_RAISING, TODAY).build();

            assertThat(problem(angry, plan)).isEqualTo("the first words are missing");
        }

        @Test
        void aCustomerWhoIsNotAngryMayHearOwnershipFirst() {
            holds(angry, HandPlan.of(REPS_SLIP, WITHIN_AN_HOUR).say(TAKE_OWNERSHIP, APOLOGIZE, FIX).build());
        }
    }

    @Nested
    class ASmallSlipWeCaughtIsHandledInProportion {

        private final Invariant proportion = Invariants.SMALL_SLIP_IN_PROPORTION;

        @Test
        void moreThanAHandfulOfStepsIsCaught() {
            RecoveryPlan plan = smallSlip(SMALL_SLIP).then(FIND_ROOT_CAUSE, WITHIN_A_WEEK).then(FOLLOW_UP, AFTER_A_WEEK).build();

            assertThat(problem(proportion, plan)).isEqualTo("7 steps, more than 6");
        }

        @Test
        void theStepsTheComplaintPathRequiresDoNotCount() {
            Incident wrongBoxWeCaught = SMALL_SLIP.toBuilder().mistake(Mistake.WRONG_PRODUCT).build();
            HandPlan complaint = smallSlip(wrongBoxWeCaught).before(ROUTE_COMPLAINT, IMMEDIATELY)
                    .then(FIND_ROOT_CAUSE, WHEN_INVESTIGATION_CLOSES).then(EXPLAIN_CAUSE, WHEN_INVESTIGATION_CLOSES)
                    .then(THANK_FOR_UNDERSTANDING, WHEN_INVESTIGATION_CLOSES);

            holds(proportion, complaint.build());
            assertThat(problem(proportion, complaint.then(DOUBLE_CHECK_PLAN, WITHIN_A_WEEK).then(FOLLOW_UP, AFTER_A_WEEK).build()))
                    .isEqualTo("7 steps, more than 6 besides the complaint and compliance paths");
        }

        @Test
        void tellingComplianceOfADisclosureDoesNotCount() {
            Incident disclosureWeCaught = SMALL_SLIP.toBuilder().mistake(Mistake.OTHER).otherKind(OtherKind.DISCLOSURE).build();
            HandPlan disclosure = smallSlip(disclosureWeCaught).before(NOTIFY_COMPLIANCE, IMMEDIATELY).then(DOUBLE_CHECK_PLAN, WITHIN_A_WEEK);

            holds(proportion, disclosure.build());
            assertThat(problem(proportion, disclosure.then(FOLLOW_UP, AFTER_A_WEEK).build()))
                    .isEqualTo("7 steps, more than 6 besides the complaint and compliance paths");
        }

        @Test
        void leadershipIsNotInvolved() {
            RecoveryPlan plan = smallSlip(SMALL_SLIP).then(ESCALATE_TO_LEADERSHIP, WITHIN_A_WEEK).build();

            assertThat(problem(proportion, plan)).isEqualTo("ESCALATE_TO_LEADERSHIP is step 6");
        }

        @Test
        void theNewsIsBroughtOnce() {
            RecoveryPlan twice = HandPlan.of(SMALL_SLIP, TODAY).say(REACH_OUT_FIRST, DISCLOSE_WHAT_WE_KNOW, FIX).build();
            RecoveryPlan never = HandPlan.of(SMALL_SLIP, TODAY).say(THANK_FOR_RAISING, FIX).build();

            assertThat(problem(proportion, twice)).isEqualTo("both REACH_OUT_FIRST and DISCLOSE_WHAT_WE_KNOW");
            assertThat(problem(proportion, never)).isEqualTo("no REACH_OUT_FIRST or DISCLOSE_WHAT_WE_KNOW step");
        }

        static Stream<UnaryOperator<Incident.Builder>> notASmallSlip() {
            return Stream.of(b -> b.severity(Severity.MEDIUM), b -> b.detectedBy(DetectedBy.CUSTOMER),
                    b -> b.detectedBy(DetectedBy.THIRD_PARTY), b -> b.customerMood(CustomerMood.UPSET), b -> b.priorOccurrences(1),
                    b -> b.patientImpact(true), b -> b.publicComplaint(true), b -> b.spreadBeyondContact(true),
                    b -> b.referralsLost(true));
        }

        @ParameterizedTest
        @MethodSource("notASmallSlip")
        void anyOtherIncidentMayTakeMore(UnaryOperator<Incident.Builder> change) {
            RecoveryPlan plan = smallSlip(change.apply(SMALL_SLIP.toBuilder()).build()).then(ESCALATE_TO_LEADERSHIP, WITHIN_A_WEEK)
                    .then(FIND_ROOT_CAUSE, WITHIN_A_WEEK).then(FOLLOW_UP, AFTER_A_WEEK).build();

            holds(proportion, plan);
        }
    }

    @Nested
    class EveryPlanSaysWhatToDoInTheNextHour {

        private final Invariant nextHour = Invariants.NEXT_HOUR;

        @Test
        void aPlanWithNothingDueWithinTheHourIsCaught() {
            RecoveryPlan plan = HandPlan.of(SMALL_SLIP, TODAY).say(REACH_OUT_FIRST, FIX).then(FOLLOW_UP, AFTER_A_WEEK).build();

            assertThat(problem(nextHour, plan)).isEqualTo("first contact TODAY, and no step is due within the hour");
        }

        @Test
        void aFirstContactWithinTheHourSaysIt() {
            holds(nextHour, HandPlan.of(SMALL_SLIP, WITHIN_AN_HOUR).say(REACH_OUT_FIRST, FIX).build());
        }

        @Test
        void aStepDueWithinTheHourSaysIt() {
            holds(nextHour, HandPlan.of(SMALL_SLIP, TODAY).before(SEE_CUSTOMER_VIEW, WITHIN_AN_HOUR).say(REACH_OUT_FIRST, FIX).build());
        }
    }

    @Test
    void ownershipComesBeforeTheFix() {
        RecoveryPlan plan = HandPlan.of(REPS_SLIP, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, FIX).then(TAKE_OWNERSHIP, TODAY).build();

        assertThat(problem(Invariants.OWNERSHIP_BEFORE_FIX, plan)).isEqualTo("TAKE_OWNERSHIP is step 3 but FIX is step 2");
    }

    @Test
    void theApologyComesBeforeTheExplanation() {
        RecoveryPlan apology = HandPlan.of(REPS_SLIP, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, FIX).then(FIND_ROOT_CAUSE, TODAY)
                .then(EXPLAIN_CAUSE, WITHIN_A_WEEK).then(APOLOGIZE, WITHIN_A_WEEK).build();
        RecoveryPlan regret = HandPlan.of(DEVICE_FAILED, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, FIX).then(FIND_ROOT_CAUSE, TODAY)
                .then(EXPLAIN_CAUSE, WITHIN_A_WEEK).then(EXPRESS_REGRET, WITHIN_A_WEEK).build();

        assertThat(problem(Invariants.APOLOGY_BEFORE_EXPLANATION, apology)).isEqualTo("APOLOGIZE is step 5 but EXPLAIN_CAUSE is step 4");
        assertThat(problem(Invariants.APOLOGY_BEFORE_EXPLANATION, regret)).isEqualTo("EXPRESS_REGRET is step 5 but EXPLAIN_CAUSE is step 4");
    }

    @Test
    void noPersonalApologyForSomeoneElsesFault() {
        for (FaultOwner other : List.of(FaultOwner.CUSTOMER, FaultOwner.THIRD_PARTY)) {
            RecoveryPlan plan = repsSlip(REPS_SLIP.toBuilder().faultOwner(other).build()).build();

            assertThat(problem(Invariants.NO_APOLOGY_FOR_OTHERS, plan)).isEqualTo("APOLOGIZE is step 4");
        }
        holds(Invariants.NO_APOLOGY_FOR_OTHERS, repsSlip());
    }

    @Test
    void noPlaceholderIsLeftUnfilled() {
        RecoveryPlan plan = HandPlan.of(REPS_SLIP, WITHIN_AN_HOUR).say(THANK_FOR_RAISING)
                .step(Stage.FIRST_CONTACT, FIX, WITHIN_AN_HOUR, "Send {product} today, {salutation}.").build();
        RecoveryPlan braces = HandPlan.of(REPS_SLIP, WITHIN_AN_HOUR).say(THANK_FOR_RAISING)
                .step(Stage.FIRST_CONTACT, FIX, WITHIN_AN_HOUR, "Send it {today}, { not } a placeholder.").build();

        assertThat(problem(Invariants.NO_UNFILLED_PLACEHOLDER, plan)).isEqualTo("FIX says {product}");
        assertThat(problem(Invariants.NO_UNFILLED_PLACEHOLDER, braces)).as("any name in braces looks unfilled").isEqualTo("FIX says {today}");
        holds(Invariants.NO_UNFILLED_PLACEHOLDER, HandPlan.of(REPS_SLIP, WITHIN_AN_HOUR)
                .step(Stage.FIRST_CONTACT, FIX, WITHIN_AN_HOUR, "Send it { } today.").build());
    }

    @Test
    void noActionTwice() {
        RecoveryPlan plan = HandPlan.of(REPS_SLIP, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, FIX).then(FIX, TODAY).build();

        assertThat(problem(Invariants.NO_ACTION_TWICE, plan)).isEqualTo("FIX appears twice");
    }

    @Test
    void aRelativeTimingInAHandBuiltPlanIsAProblemNotACrash() {
        RecoveryPlan plan = HandPlan.of(REPS_SLIP, WITHIN_AN_HOUR).say(THANK_FOR_RAISING)
                .then(FIX, Timing.BY_RESOLUTION_DEADLINE).build();

        assertThat(problem(Invariants.CLOCK, plan)).isEqualTo("FIX has the relative timing BY_RESOLUTION_DEADLINE");
        for (Invariant invariant : Invariants.defaults()) {
            assertThatCode(() -> invariant.violation(plan.incident(), plan)).as(invariant.name()).doesNotThrowAnyException();
        }
    }

    @Nested
    class InstalledEquipmentIsRestoredWhereItStands {

        private final Invariant restored = Invariants.INSTALLED_EQUIPMENT_RESTORED_WHERE_IT_STANDS;
        private final Incident scanner = DEVICE_FAILED.toBuilder().deviceKind(DeviceKind.INSTALLED_SYSTEM).build();

        private RecoveryPlan fixing(Incident incident, String line) {
            return HandPlan.of(incident, WITHIN_AN_HOUR).say(QUARANTINE_PRODUCT, THANK_FOR_RAISING, TAKE_OWNERSHIP)
                    .step(Stage.FIRST_CONTACT, FIX, WITHIN_AN_HOUR, line).build();
        }

        @Test
        void aScannerIsNotPromisedAReplacement() {
            assertThat(problem(restored, fixing(scanner, "Tell them when the replacement will be there.")))
                    .isEqualTo("FIX says \"replacement\"");
            holds(restored, fixing(scanner, "Tell them when our field engineer will be on site to restore it."));
        }

        @Test
        void aScannerIsNotHeldWithItsLot() {
            RecoveryPlan plan = HandPlan.of(scanner, WITHIN_AN_HOUR)
                    .step(Stage.FIRST_CONTACT, QUARANTINE_PRODUCT, WITHIN_AN_HOUR, "Take it out of use, with every other unit of the same lot.")
                    .say(THANK_FOR_RAISING, TAKE_OWNERSHIP, FIX).build();

            assertThat(problem(restored, plan)).isEqualTo("QUARANTINE_PRODUCT says \"same lot\"");
        }

        @Test
        void anInHouseStepMayNameWhatItWouldDoForASet() {
            RecoveryPlan plan = HandPlan.of(scanner, WITHIN_AN_HOUR)
                    .step(Stage.BEFORE_CONTACT, ARRANGE_FIX, IMMEDIATELY, "Clear a loaner or a replacement under warranty with compliance.")
                    .say(QUARANTINE_PRODUCT, THANK_FOR_RAISING, TAKE_OWNERSHIP, FIX).build();

            holds(restored, plan);
        }

        @Test
        void aDisposableMayBeReplaced() {
            holds(restored, fixing(DEVICE_FAILED, "Tell them when the replacement will be there."));
        }
    }

    @Nested
    class WrongAdviceSaidAloudHasNoCopies {

        private final Invariant spoken = Invariants.SPOKEN_ADVICE_HAS_NO_COPIES;
        private final Incident advice = DEVICE_FAILED.toBuilder().mistake(Mistake.INCORRECT_INFORMATION).saidAloud(true).build();

        private RecoveryPlan holding(Incident incident, String hold, String risk) {
            return HandPlan.of(incident, WITHIN_AN_HOUR)
                    .step(Stage.BEFORE_CONTACT, NOTIFY_RISK_MANAGEMENT, IMMEDIATELY, risk)
                    .step(Stage.FIRST_CONTACT, QUARANTINE_PRODUCT, WITHIN_AN_HOUR, hold)
                    .say(THANK_FOR_RAISING, TAKE_OWNERSHIP, FIX).build();
        }

        @Test
        void spokenAdviceIsNotTakenDownAsCards() {
            assertThat(problem(spoken, holding(advice, "Take every copy of the wrong card off the walls.",
                    "List every other case that person covered since.")))
                    .isEqualTo("QUARANTINE_PRODUCT says \"every copy\"");
            holds(spoken, holding(advice, "Stop working from what our person said.", "List every other case that person covered since."));
        }

        @Test
        void theOtherCasesOfWhoeverSaidItAreChecked() {
            assertThat(problem(spoken, holding(advice, "Stop working from what our person said.", "Tell them what happened.")))
                    .isEqualTo("no step has every other case that person covered checked");
        }

        @Test
        void aPrintedCardIsTakenDown() {
            holds(spoken, holding(advice.toBuilder().saidAloud(false).build(), "Take every copy of the wrong card off the walls.",
                    "Tell them what happened."));
        }
    }

    @Nested
    class ARemarkSaidAloudIsNotAskedBack {

        private final Invariant remark = Invariants.SPOKEN_REMARK_NOT_ASKED_BACK;
        private final Incident disclosure = REPS_SLIP.toBuilder().mistake(Mistake.OTHER).otherKind(OtherKind.DISCLOSURE).build();

        private RecoveryPlan arranging(Incident incident, String line) {
            return HandPlan.of(incident, TODAY).step(Stage.BEFORE_CONTACT, ARRANGE_FIX, IMMEDIATELY, line)
                    .say(THANK_FOR_RAISING, TAKE_OWNERSHIP, FIX).build();
        }

        @Test
        void aRemarkIsNotAskedToBeDeletedWithEveryCopy() {
            Incident said = disclosure.toBuilder().saidAloud(true).build();

            assertThat(problem(remark, arranging(said, "Have legal ask whoever received it to delete it and every copy.")))
                    .isEqualTo("ARRANGE_FIX says \"delete it\"");
            holds(remark, arranging(said, "Ask compliance whether they will write to the person who heard it, asking them not to use it."));
        }

        @Test
        void somethingSentIsStillAskedToBeDeleted() {
            holds(remark, arranging(disclosure, "Have legal ask whoever received it to delete it and every copy."));
        }
    }

    @Nested
    class TheDeviceIsAskedBackOnlyWhereItIsAllegedDeficient {

        private final Invariant back = Invariants.DEVICE_BACK_ONLY_WHEN_ALLEGED_DEFICIENT;

        private RecoveryPlan investigating(Incident incident) {
            return HandPlan.of(incident, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, TAKE_OWNERSHIP, FIX)
                    .step(Stage.FOLLOW_THROUGH, FIND_ROOT_CAUSE, WHEN_INVESTIGATION_CLOSES,
                            "Complaint handling investigates. Your part: arrange the return of the device.").build();
        }

        @Test
        void wrongInformationDoesNotSendTheDeviceBack() {
            assertThat(problem(back, investigating(DEVICE_FAILED.toBuilder().mistake(Mistake.INCORRECT_INFORMATION).build())))
                    .isEqualTo("FIND_ROOT_CAUSE says \"return of the device\"");
        }

        @Test
        void installedEquipmentIsNotSentBack() {
            assertThat(problem(back, investigating(DEVICE_FAILED.toBuilder().deviceKind(DeviceKind.INSTALLED_SYSTEM).build())))
                    .isEqualTo("FIND_ROOT_CAUSE says \"return of the device\"");
        }

        @Test
        void aFailedDisposableGoesBackForTheInvestigation() {
            holds(back, investigating(DEVICE_FAILED));
        }
    }

    @Nested
    class TheHoldFitsWhatIsHeld {

        private final Invariant fits = Invariants.HOLD_FITS_WHAT_IS_HELD;

        @Test
        void aGraftOrAnImplantIsNeverToBeRepaired() {
            Incident graft = DEVICE_FAILED.toBuilder().deviceKind(DeviceKind.DISPOSABLE).build();
            assertThat(problem(fits, holding(graft, "Take it out of use. Nothing is to be repaired or thrown away.")))
                    .isEqualTo("QUARANTINE_PRODUCT says \"repaired\", of a product used once or implanted");
            assertThat(problem(fits, holding(graft.toBuilder().deviceKind(DeviceKind.IMPLANT).build(),
                    "Take it out of use. Nothing is to be repaired or thrown away."))).isNotNull();
            holds(fits, holding(graft, "Take it out of use, in its packaging. Nothing is to be thrown away."));
            holds(fits, holding(graft.toBuilder().deviceKind(DeviceKind.INSTRUMENT_SET).build(),
                    "Take it out of use. Nothing is to be repaired or thrown away."));
        }

        @Test
        void aPartnersSpoiledDeliveryIsHeldByItsShipment() {
            Incident thawed = DEVICE_FAILED.toBuilder().faultOwner(FaultOwner.THIRD_PARTY).deviceKind(DeviceKind.DISPOSABLE).build();
            assertThat(problem(fits, holding(thawed, "Take it out of use, with every other unit of the same lot.")))
                    .isEqualTo("QUARANTINE_PRODUCT holds a partner's spoiled delivery by its lot, not its shipment");
            holds(fits, holding(thawed, "Take it out of use, with every unit that came in this shipment."));
            holds(fits, holding(thawed.toBuilder().faultOwner(FaultOwner.COMPANY).build(),
                    "Take it out of use, with every other unit of the same lot."));
        }

        @Test
        void aPartnersImplantIsHeldByItsLotAndItsShipment() {
            Incident torn = DEVICE_FAILED.toBuilder().faultOwner(FaultOwner.THIRD_PARTY).deviceKind(DeviceKind.IMPLANT).build();
            assertThat(problem(fits, holding(torn, "Take it out of use, with every unit that came in this shipment.")))
                    .isEqualTo("QUARANTINE_PRODUCT holds a partner's implant by one of its lot and its shipment, not both");
            assertThat(problem(fits, holding(torn, "Take it out of use, with every other unit of the same lot."))).isNotNull();
            holds(fits, holding(torn, "Take it out of use, with every other unit of the same lot and everything in the same shipment."));
        }
    }

    @Nested
    class AWrongImplantEntryIsPutRightByWhoeverKeepsIt {

        private final Invariant keeps = Invariants.IMPLANT_RECORD_PUT_RIGHT_BY_WHOEVER_KEEPS_IT;
        private final Incident wrongLead = REPS_SLIP.toBuilder().mistake(Mistake.BILLING_ERROR).severity(Severity.HIGH)
                .patientImpact(true).deviceKind(DeviceKind.IMPLANT).build();

        private HandPlan correcting(String arrange) {
            return HandPlan.of(wrongLead, WITHIN_AN_HOUR).step(Stage.BEFORE_CONTACT, ARRANGE_FIX, IMMEDIATELY, arrange)
                    .say(THANK_FOR_RAISING, APOLOGIZE, FIX);
        }

        @Test
        void theRepIsNotSentThroughPatientsCharts() {
            assertThat(problem(keeps, correcting("Correct it from your consignment record.").then(FIND_ROOT_CAUSE, WITHIN_A_WEEK)
                    .step(Stage.FOLLOW_THROUGH, DOUBLE_CHECK_PLAN, WITHIN_A_WEEK,
                            "Check every other record you completed against the stickers in their charts.").build()))
                    .isEqualTo("DOUBLE_CHECK_PLAN says \"stickers in their charts\"");
        }

        @Test
        void theRepsOwnChargeSheetIsNotLeftToTheServiceTeam() {
            RecoveryPlan serviceTeam = HandPlan.of(wrongLead, WITHIN_AN_HOUR)
                    .step(Stage.BEFORE_CONTACT, ARRANGE_FIX, IMMEDIATELY, "Make out a corrected charge sheet.", Owner.SERVICE_TEAM)
                    .say(THANK_FOR_RAISING, APOLOGIZE, FIX).build();
            assertThat(problem(keeps, serviceTeam)).isEqualTo("ARRANGE_FIX gives the rep's own charge sheet to SERVICE_TEAM");
            holds(keeps, correcting("From your consignment record, make out a corrected charge sheet now.").build());
        }

        @Test
        void theRepsCheckReadsTheBoxSticker() {
            HandPlan generic = correcting("From your consignment record, make out a corrected charge sheet now.")
                    .step(Stage.FOLLOW_THROUGH, DOUBLE_CHECK_PLAN, WITHIN_A_WEEK, "A checklist, a reminder, a second look.");
            assertThat(problem(keeps, generic.build()))
                    .isEqualTo("DOUBLE_CHECK_PLAN does not read the box sticker before the charge sheet is signed");
            holds(keeps, correcting("From your consignment record, make out a corrected charge sheet now.")
                    .step(Stage.FOLLOW_THROUGH, DOUBLE_CHECK_PLAN, WITHIN_A_WEEK,
                            "Read model, lot and serial off the box sticker with the circulating nurse.").build());
            holds(keeps, HandPlan.of(wrongLead.toBuilder().mistake(Mistake.WRONG_PRODUCT).build(), WITHIN_AN_HOUR)
                    .say(APOLOGIZE, FIX).then(DOUBLE_CHECK_PLAN, WITHIN_A_WEEK).build());
        }
    }

    @Nested
    class AShortWaitIsApologisedForInALine {

        private final Invariant inALine = Invariants.SHORT_WAIT_SORRY_IN_A_LINE;
        private final Incident reminded = REPS_SLIP.toBuilder().mistake(Mistake.UNANSWERED_REQUEST).severity(Severity.LOW)
                .customerMood(CustomerMood.CALM).build();

        private RecoveryPlan apologising(Incident incident, String line) {
            return HandPlan.of(incident, WITHIN_A_BUSINESS_DAY).say(THANK_FOR_RAISING)
                    .step(Stage.FIRST_CONTACT, APOLOGIZE, WITHIN_A_BUSINESS_DAY, line).say(FIX).build();
        }

        @Test
        void aVowForAQuoteAnsweredLateIsCaught() {
            assertThat(problem(inALine, apologising(reminded,
                    "I'm sorry. I know what it cost you: a long wait. You have my word that I will put it right.")))
                    .isEqualTo("APOLOGIZE says \"You have my word\"");
            holds(inALine, apologising(reminded, "Sorry for the wait; that one was on me."));
        }

        @Test
        void aSeriousOrUpsetWaitMayHaveTheFullApology() {
            String full = "I'm sorry. I know what it cost you: a long wait. You have my word that I will put it right.";
            holds(inALine, apologising(reminded.toBuilder().severity(Severity.MEDIUM).build(), full));
            holds(inALine, apologising(reminded.toBuilder().customerMood(CustomerMood.UPSET).build(), full));
        }

        @Test
        void aVowForTheRepsWrongRoomInAnInvitationIsCaught() {
            Incident wrongRoom = reminded.toBuilder().mistake(Mistake.INCORRECT_INFORMATION).build();
            assertThat(problem(inALine, apologising(wrongRoom,
                    "I'm sorry. This was my mistake, and I know what it cost you. You have my word that I will put it right.")))
                    .isEqualTo("APOLOGIZE says \"You have my word\"");
            holds(inALine, apologising(wrongRoom, "Sorry, Emily, that one was my mistake."));
        }

        @Test
        void aSmallSlipOfTheCompanysIsNotItsConcern() {
            Incident companysSlip = reminded.toBuilder().mistake(Mistake.INCORRECT_INFORMATION).faultOwner(FaultOwner.COMPANY).build();
            holds(inALine, apologising(companysSlip, "I'm sorry. You have my word that we will put it right."));
        }
    }

    @Nested
    class AUnitOfEquipmentKeepsItsAccessories {

        private final Invariant kept = Invariants.ACCESSORIES_KEPT_WITH_THE_UNIT;
        private final Incident generator = DEVICE_FAILED.toBuilder().deviceKind(DeviceKind.EQUIPMENT).build();

        @Test
        void aGeneratorSetAsideWithoutItsAccessoriesIsCaught() {
            assertThat(problem(kept, holding(generator, "Ask them to set the generator aside as it is, with its event log.")))
                    .isEqualTo("QUARANTINE_PRODUCT sets the unit aside without the accessories used with it");
            holds(kept, holding(generator, "Ask them to set the generator aside as it is, with its event log and the accessories used with it."));
            holds(kept, holding(generator.toBuilder().deviceKind(DeviceKind.DISPOSABLE).build(), "Ask them to set the kit aside."));
        }
    }

    @Nested
    class WhoElseHeardIsReachedThroughRiskManagement {

        private final Invariant through = Invariants.WHO_ELSE_HEARD_REACHED_THROUGH_RISK_MANAGEMENT;

        private RecoveryPlan spreading(Incident incident, String line) {
            return HandPlan.of(incident, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, TAKE_OWNERSHIP)
                    .step(Stage.FOLLOW_THROUGH, CHECK_SPREAD, TODAY, line).build();
        }

        @Test
        void theRepAloneAfterPatientHarmIsCaught() {
            assertThat(problem(through, spreading(DEVICE_FAILED, "Find out who else has heard, and speak to them yourself.")))
                    .isEqualTo("CHECK_SPREAD says \"speak to them yourself\"");
            assertThat(problem(through, spreading(DEVICE_FAILED, "Ask who else has heard.")))
                    .isEqualTo("CHECK_SPREAD asks who else heard, and does not go through risk management");
            holds(through, spreading(DEVICE_FAILED, "Have every other case that person covered since checked."));
            holds(through, spreading(DEVICE_FAILED, "Ask who else has heard, and give the names to risk management."));
        }

        @Test
        void withoutAPatientOrWithAPatientWaitingTheRepMaySpeakToThemYourself() {
            holds(through, spreading(REPS_SLIP, "Ask who else has heard, and offer to speak to each of them yourself."));
            holds(through, spreading(REPS_SLIP.toBuilder().mistake(Mistake.LATE_DELIVERY).patientImpact(true).build(),
                    "Ask who else has heard, and offer to speak to each of them yourself."));
        }
    }

    @Nested
    class WhoElseHeardIsAskedInTheConversation {

        private final Invariant inTheCall = Invariants.WHO_ELSE_HEARD_ASKED_IN_THE_CONVERSATION;
        private final Incident spread = REPS_SLIP.toBuilder().spreadBeyondContact(true).build();

        @Test
        void aSecondContactOnlyToAskWhoElseHeardIsCaught() {
            RecoveryPlan later = HandPlan.of(spread, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, TAKE_OWNERSHIP, FIX)
                    .step(Stage.FOLLOW_THROUGH, CHECK_SPREAD, TODAY, "Ask who else has heard about it.").build();

            assertThat(problem(inTheCall, later)).isEqualTo("CHECK_SPREAD is step 4, in FOLLOW_THROUGH");
        }

        @Test
        void aPublicPostsWhoElseHeardIsAskedInTheCallToo() {
            Incident posted = REPS_SLIP.toBuilder().publicComplaint(true).build();
            RecoveryPlan later = HandPlan.of(posted, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, TAKE_OWNERSHIP, FIX)
                    .step(Stage.FOLLOW_THROUGH, CHECK_SPREAD, TODAY, "Ask who else has heard about it.").build();

            assertThat(problem(inTheCall, later)).isEqualTo("CHECK_SPREAD is step 4, in FOLLOW_THROUGH");
        }

        @Test
        void askedInTheCallHolds() {
            holds(inTheCall, HandPlan.of(spread, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, TAKE_OWNERSHIP)
                    .step(Stage.FIRST_CONTACT, CHECK_SPREAD, WITHIN_AN_HOUR, "Ask: “Who else should hear this from me?”")
                    .step(Stage.FIRST_CONTACT, FIX, WITHIN_AN_HOUR, "Bring the right item today.").build());
        }
    }

    @Nested
    class WhoElseHeardIsAskedOnce {

        private final Invariant once = Invariants.WHO_ELSE_HEARD_ASKED_ONCE;

        private HandPlan correcting(String fix) {
            return HandPlan.of(REPS_SLIP, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, TAKE_OWNERSHIP)
                    .step(Stage.FIRST_CONTACT, FIX, WITHIN_AN_HOUR, fix);
        }

        @Test
        void aSecondWhoElseHeardBesideTheCorrectionIsCaught() {
            HandPlan twice = correcting("Say what is correct, and ask who else heard it; each of them gets the correction.")
                    .step(Stage.FOLLOW_THROUGH, CHECK_SPREAD, TODAY, "Ask who else has heard about it, and speak to each of them yourself.");
            assertThat(problem(once, twice.build())).isEqualTo("CHECK_SPREAD (step 4) asks who else heard again, as FIX (step 3) does");
        }

        @Test
        void oneAskIsKept() {
            holds(once, correcting("Say what is correct, and ask who else heard it; each of them gets the correction.").build());
            holds(once, correcting("Bring the right item today.")
                    .step(Stage.FOLLOW_THROUGH, CHECK_SPREAD, TODAY, "Ask who else has heard about it, and speak to each of them yourself.").build());
        }

        @Test
        void aPublicComplaintsStepAboutThePostIsNotHeldToIt() {
            HandPlan posted = HandPlan.of(REPS_SLIP.toBuilder().publicComplaint(true).build(), WITHIN_AN_HOUR).say(THANK_FOR_RAISING, TAKE_OWNERSHIP)
                    .step(Stage.FIRST_CONTACT, FIX, WITHIN_AN_HOUR, "Say what is correct, and ask who else heard it.")
                    .step(Stage.FOLLOW_THROUGH, CHECK_SPREAD, TODAY, "Agree a public reply; then find out who else has heard.");
            holds(once, posted.build());
        }
    }

    @Nested
    class DowntimeIsToldWithoutACause {

        private final Invariant told = Invariants.DOWNTIME_TOLD_WITHOUT_A_CAUSE;
        private final Incident down = DEVICE_FAILED.toBuilder().deviceKind(DeviceKind.INSTALLED_SYSTEM).severity(Severity.HIGH)
                .spreadBeyondContact(true).build();

        private RecoveryPlan spreading(Incident incident, String line) {
            return HandPlan.of(incident, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, TAKE_OWNERSHIP)
                    .step(Stage.FOLLOW_THROUGH, CHECK_SPREAD, TODAY, line).build();
        }

        @Test
        void aSystemThatIsDownReachedThroughRiskManagementIsCaught() {
            assertThat(problem(told, spreading(down, "Ask who else has heard, and give the names to risk management; nothing about the cause.")))
                    .isEqualTo("CHECK_SPREAD routes the others who heard through risk management, for a system that is down");
        }

        @Test
        void aSystemThatIsDownToldWithoutKeepingTheCauseOutIsCaught() {
            assertThat(problem(told, spreading(down, "Ask who else has heard, and offer to speak to each of them yourself.")))
                    .isEqualTo("CHECK_SPREAD does not keep the cause out of what the others hear");
        }

        @Test
        void theRepTellsThemWhenItIsBackAndAPatientsCareAffectedStaysWithRiskManagement() {
            String byTheRep = "Ask who else has heard, and offer to tell each of them yourself when the system will be back. Say nothing about the cause.";
            holds(told, spreading(down, byTheRep));
            holds(Invariants.WHO_ELSE_HEARD_REACHED_THROUGH_RISK_MANAGEMENT, spreading(down, byTheRep));
            Incident harmed = down.toBuilder().severity(Severity.CRITICAL).build();
            holds(told, spreading(harmed, "Ask who else has heard, and give the names to risk management."));
            assertThat(problem(Invariants.WHO_ELSE_HEARD_REACHED_THROUGH_RISK_MANAGEMENT, spreading(harmed, byTheRep)))
                    .isEqualTo("CHECK_SPREAD asks who else heard, and does not go through risk management");
        }
    }

    @Nested
    class AReferringPracticeHearsOfItsPatients {

        private final Invariant heard = Invariants.REFERRING_PRACTICE_HEARS_OF_ITS_PATIENTS;
        private final Incident stopped = Incident.builder().mistake(Mistake.UNANSWERED_REQUEST).faultOwner(FaultOwner.COMPANY)
                .severity(Severity.HIGH).relationship(Relationship.STRONG).customerMood(CustomerMood.ANGRY)
                .patientImpact(true).referralsLost(true).build();

        private RecoveryPlan fixing(Incident incident, String fix) {
            return HandPlan.of(incident, WITHIN_FOUR_HOURS).say(THANK_FOR_RAISING, TAKE_OWNERSHIP)
                    .step(Stage.FIRST_CONTACT, FIX, WITHIN_FOUR_HOURS, fix).build();
        }

        @Test
        void aClinicalAnswerForTheirWaitingPatientsIsCaught() {
            assertThat(problem(heard, fixing(stopped, "Give a confirmed date for each patient. Where it was a clinical or safety question, give the labelling's answer.")))
                    .isEqualTo("FIX answers a clinical or safety question for a referring practice's waiting patients");
        }

        @Test
        void aDateForEachPatientIsKeptAndAClinicalQuestionElsewhereMayBeAnswered() {
            holds(heard, fixing(stopped, "Give a confirmed date for each patient's set-up, delivery or visit."));
            holds(heard, fixing(stopped.toBuilder().referralsLost(false).build(),
                    "Give a confirmed date for each patient. Where it was a clinical or safety question, give the labelling's answer."));
        }
    }

    @Nested
    class ARepeatedWrongSourceIsReplaced {

        private final Invariant replaced = Invariants.REPEATED_WRONG_SOURCE_REPLACED;
        private final Incident again = Incident.builder().mistake(Mistake.INCORRECT_INFORMATION).faultOwner(FaultOwner.COMPANY)
                .severity(Severity.MEDIUM).relationship(Relationship.ESTABLISHED).customerMood(CustomerMood.ANGRY).priorOccurrences(2).build();

        private HandPlan fixing(Incident incident, String fix) {
            return HandPlan.of(incident, WITHIN_FOUR_HOURS).say(THANK_FOR_RAISING, TAKE_OWNERSHIP)
                    .step(Stage.FIRST_CONTACT, FIX, WITHIN_FOUR_HOURS, fix)
                    .then(FIND_ROOT_CAUSE, WITHIN_THREE_DAYS);
        }

        @Test
        void borrowedStockOnlyHandedBackIsCaught() {
            assertThat(problem(replaced, fixing(again, "Get them stock today and help them return what they borrowed.").build()))
                    .isEqualTo("FIX says \"return what they borrowed\"");
        }

        @Test
        void aRestatedProcessChangeIsCaught() {
            HandPlan restated = fixing(again, "Get them stock today, and replace what they borrowed.")
                    .step(Stage.FOLLOW_THROUGH, DOUBLE_CHECK_PLAN, WITHIN_TWO_WEEKS, "Agree the process change with leadership.", Owner.LEADERSHIP);
            assertThat(problem(replaced, restated.build()))
                    .isEqualTo("DOUBLE_CHECK_PLAN restates a process change instead of putting the wrong source's replacement in place");
        }

        @Test
        void theReplacementPutInPlaceIsKeptAndAFirstTimeIsNotHeldToIt() {
            holds(replaced, fixing(again, "Get them stock today, and replace what they borrowed.")
                    .step(Stage.FOLLOW_THROUGH, DOUBLE_CHECK_PLAN, WITHIN_TWO_WEEKS, "With leadership, put the replacement the root cause names in place.",
                            Owner.LEADERSHIP).build());
            holds(replaced, fixing(again.toBuilder().priorOccurrences(0).build(), "Help them return what they borrowed.")
                    .step(Stage.FOLLOW_THROUGH, DOUBLE_CHECK_PLAN, WITHIN_TWO_WEEKS, "Agree the process change with leadership.", Owner.LEADERSHIP).build());
        }
    }

    @Nested
    class UnitsHaveNoLot {

        private final Invariant noLot = Invariants.UNITS_HAVE_NO_LOT;

        private RecoveryPlan holding(DeviceKind kind, String line) {
            return HandPlan.of(DEVICE_FAILED.toBuilder().deviceKind(kind).build(), WITHIN_AN_HOUR)
                    .say(THANK_FOR_RAISING, TAKE_OWNERSHIP).step(Stage.FIRST_CONTACT, QUARANTINE_PRODUCT, WITHIN_AN_HOUR, line).build();
        }

        @Test
        void aPumpIsNotHeldByItsLot() {
            assertThat(problem(noLot, holding(DeviceKind.EQUIPMENT, "Take the pump out of use, with every other unit of the same lot.")))
                    .isEqualTo("QUARANTINE_PRODUCT says \"same lot\"");
        }

        @Test
        void anInstalledSystemIsNotReplacedFromAnotherLot() {
            assertThat(problem(noLot, holding(DeviceKind.INSTALLED_SYSTEM, "A replacement, from a different lot.")))
                    .isEqualTo("QUARANTINE_PRODUCT says \"different lot\"");
        }

        @Test
        void aDisposableMayBeHeldByLot() {
            holds(noLot, holding(DeviceKind.DISPOSABLE, "Take it out of use, with every other unit of the same lot."));
        }

        @Test
        void aPumpSetAsideAsItIsHolds() {
            holds(noLot, holding(DeviceKind.EQUIPMENT, "Set the pump involved aside as it is, with its event log."));
        }

        @Test
        void aSystemIsNotInvestigatedAsALotNorSentBack() {
            assertThat(problem(noLot, holding(DeviceKind.INSTALLED_SYSTEM,
                    "Quality investigates the lot; arrange the return of what is left.")))
                    .isEqualTo("QUARANTINE_PRODUCT says \"investigates the lot\"");
        }
    }

    @Nested
    class RepsOwnDefectSweptAndSaid {

        private final Invariant own = Invariants.REPS_OWN_DEFECT_SWEPT_AND_SAID;

        /** The rep left expired evaluation units; one was used on a patient. */
        private final Incident expired = DEVICE_FAILED.toBuilder().faultOwner(FaultOwner.REP).deviceKind(DeviceKind.DISPOSABLE).build();

        private HandPlan plan(String rootCause) {
            return HandPlan.of(expired, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, APOLOGIZE, TAKE_OWNERSHIP, FIX)
                    .step(Stage.FOLLOW_THROUGH, FIND_ROOT_CAUSE, WHEN_INVESTIGATION_CLOSES, rootCause, Owner.COMPLAINT_UNIT);
        }

        @Test
        void theRepsStockSweptAndTheCauseSaidHolds() {
            holds(own, swept("The cause on your side is known: say it as it is."));
        }

        @Test
        void noCheckOfTheRepsOwnBreaksIt() {
            assertThat(problem(own, plan("The cause on your side is known: say it as it is.").build()))
                    .isEqualTo("no DOUBLE_CHECK_PLAN step");
        }

        @Test
        void aSweepThatWaitsUntilAfterTheCallBreaksIt() {
            assertThat(problem(own, plan("The cause on your side is known: say it as it is.").then(DOUBLE_CHECK_PLAN, TODAY).build()))
                    .isEqualTo("DOUBLE_CHECK_PLAN is step 6, in FOLLOW_THROUGH: the sweep waits until after the call");
        }

        @Test
        void aKnownCauseLeftToTheInvestigationBreaksIt() {
            assertThat(problem(own, swept("Complaint handling investigates; add no theory of your own.")))
                    .isEqualTo("FIND_ROOT_CAUSE says \"add no theory of your own\"");
        }

        private RecoveryPlan swept(String rootCause) {
            return HandPlan.of(expired, WITHIN_AN_HOUR).before(DOUBLE_CHECK_PLAN, IMMEDIATELY)
                    .say(THANK_FOR_RAISING, APOLOGIZE, TAKE_OWNERSHIP, FIX)
                    .step(Stage.FOLLOW_THROUGH, FIND_ROOT_CAUSE, WHEN_INVESTIGATION_CLOSES, rootCause, Owner.COMPLAINT_UNIT).build();
        }

        @Test
        void aDefectOfUnknownCauseIsNotItsConcern() {
            Incident unknown = expired.toBuilder().faultOwner(FaultOwner.UNKNOWN).build();
            holds(own, HandPlan.of(unknown, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, FIX)
                    .step(Stage.FOLLOW_THROUGH, FIND_ROOT_CAUSE, WHEN_INVESTIGATION_CLOSES, "Add no theory of your own.").build());
        }
    }

    @Nested
    class ExplantIsNoShelfStock {

        private final Invariant explant = Invariants.EXPLANT_IS_NO_SHELF_STOCK;

        /** A hip head came off its stem; the parts came out at today's revision. */
        private final Incident revision = DEVICE_FAILED.toBuilder().deviceKind(DeviceKind.IMPLANT).faultOwner(FaultOwner.UNKNOWN).build();

        @Test
        void anExplantLeftToTheirExplantProcedureHolds() {
            holds(explant, holding(revision, "Set aside unopened units of the same lot; anything removed from a patient goes through"
                    + " their explant procedure."));
        }

        @Test
        void anExplantHeldInItsPackagingBreaksIt() {
            assertThat(problem(explant, holding(revision, "Keep each unit as it is, in its packaging where it still has it.")))
                    .isEqualTo("QUARANTINE_PRODUCT does not send the explant through their explant procedure");
        }

        @Test
        void aReplacementForAnImplantThatCameOutBreaksIt() {
            RecoveryPlan plan = HandPlan.of(revision, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, TAKE_OWNERSHIP)
                    .step(Stage.FIRST_CONTACT, FIX, WITHIN_AN_HOUR, "Say when the replacement will be there.").build();
            assertThat(problem(explant, plan)).isEqualTo("FIX says \"replacement\"");
        }

        @Test
        void anImplantWithNoPatientInvolvedMayBeReplaced() {
            Incident onTheShelf = revision.toBuilder().patientImpact(false).severity(Severity.MEDIUM).build();
            holds(explant, holding(onTheShelf, "Keep each unit as it is, in its packaging where it still has it; a replacement follows."));
        }
    }

    @Nested
    class ServiceFindingBookedBeforeTheCall {

        private final Invariant booked = Invariants.SERVICE_FINDING_BOOKED_BEFORE_THE_CALL;

        /** Our remote monitoring found a fault on a calm customer's installed system; no patient involved. */
        private final Incident monitoringFound = Incident.builder()
                .mistake(Mistake.DEFECTIVE_PRODUCT).faultOwner(FaultOwner.UNKNOWN).severity(Severity.HIGH)
                .relationship(Relationship.ESTABLISHED).detectedBy(DetectedBy.COMPANY).customerMood(CustomerMood.CALM)
                .deviceKind(DeviceKind.INSTALLED_SYSTEM).build();

        private HandPlan call(Incident incident) {
            return HandPlan.of(incident, WITHIN_FOUR_HOURS).say(REACH_OUT_FIRST, EXPRESS_REGRET, TAKE_OWNERSHIP)
                    .then(FIX, TODAY);
        }

        @Test
        void theEngineerBookedBeforeTheCallHolds() {
            holds(booked, call(monitoringFound).step(Stage.BEFORE_CONTACT, ARRANGE_FIX, IMMEDIATELY,
                    "Have the service team book the engineer and the part now.", Owner.SERVICE_TEAM).build());
        }

        @Test
        void aCallWithoutTheEngineerBookedBreaksIt() {
            assertThat(problem(booked, call(monitoringFound).build())).isEqualTo("no ARRANGE_FIX step");
        }

        @Test
        void theEngineerBookedOnlyAfterTheCallBreaksIt() {
            assertThat(problem(booked, call(monitoringFound).then(ARRANGE_FIX, TODAY).build()))
                    .isEqualTo("ARRANGE_FIX is step 5, in FOLLOW_THROUGH");
        }

        @Test
        void patientsTracedWhereNoneWasAffectedBreaksIt() {
            RecoveryPlan plan = call(monitoringFound).before(ARRANGE_FIX, IMMEDIATELY)
                    .step(Stage.FIRST_CONTACT, QUARANTINE_PRODUCT, WITHIN_FOUR_HOURS,
                            "Ask them to find which units were already used and on which patients.").build();
            assertThat(problem(booked, plan)).isEqualTo("QUARANTINE_PRODUCT says \"on which patients\"");
        }

        @Test
        void patientsMayBeTracedWhereOneMayHaveBeenAffected() {
            Incident touched = monitoringFound.toBuilder().patientImpact(true).build();
            holds(booked, call(touched).before(ARRANGE_FIX, IMMEDIATELY)
                    .step(Stage.FIRST_CONTACT, QUARANTINE_PRODUCT, WITHIN_FOUR_HOURS,
                            "Agree what their clinicians check about the patients treated on it.").build());
        }

        @Test
        void aMinorFaultMayBeBookedWithTheCustomerAfterTheCall() {
            holds(booked, call(monitoringFound.toBuilder().severity(Severity.LOW).build()).build());
        }

        @Test
        void aDefectTheCustomerFoundIsNotItsConcern() {
            holds(booked, call(monitoringFound.toBuilder().detectedBy(DetectedBy.CUSTOMER).build()).build());
        }
    }

    @Nested
    class NoPublicReplyOfOurOwnAfterPatientHarm {

        private final Invariant noReply = Invariants.NO_PUBLIC_REPLY_OF_OUR_OWN_AFTER_PATIENT_HARM;
        private final Incident posted = DEVICE_FAILED.toBuilder().publicComplaint(true).build();

        private RecoveryPlan spreading(Incident incident, String line) {
            return HandPlan.of(incident, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, TAKE_OWNERSHIP)
                    .step(Stage.FOLLOW_THROUGH, CHECK_SPREAD, TODAY, line).build();
        }

        @Test
        void aReplyAgreedWithCommunicationsIsCaught() {
            assertThat(problem(noReply, spreading(posted, "After the call, agree a short public reply with your communications team.")))
                    .isEqualTo("CHECK_SPREAD says \"agree a short public reply\"");
        }

        @Test
        void leavingItToRiskManagementAndLegalHolds() {
            holds(noReply, spreading(posted, "Pass the post to risk management and legal; do not reply yourself."));
        }

        @Test
        void withoutAPatientTheRepMayAgreeAReply() {
            Incident noPatient = posted.toBuilder().patientImpact(false).severity(Severity.MEDIUM).build();
            holds(noReply, spreading(noPatient, "Agree a short public reply with your communications team."));
        }
    }

    @Nested
    class AnAngryCustomerIsHeardBeforeTheHoldOnAnInstalledSystem {

        @Test
        void anInstalledSystemsHoldMayFollowTheThanksOfAnAngryCustomer() {
            Incident scanner = DEVICE_FAILED.toBuilder().deviceKind(DeviceKind.INSTALLED_SYSTEM).build();
            holds(Invariants.HOLD_FIRST, HandPlan.of(scanner, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, TAKE_OWNERSHIP, QUARANTINE_PRODUCT, FIX).build());
        }

        @Test
        void aPumpsHoldMayNot() {
            Incident pump = DEVICE_FAILED.toBuilder().deviceKind(DeviceKind.EQUIPMENT).build();
            assertThat(problem(Invariants.HOLD_FIRST, HandPlan.of(pump, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, TAKE_OWNERSHIP, QUARANTINE_PRODUCT, FIX).build()))
                    .isEqualTo("QUARANTINE_PRODUCT is step 3, after THANK_FOR_RAISING");
        }
    }

    @Nested
    class WhilePatientsWaitOnUsTheOthersHearFromTheRep {

        private final Invariant fromTheRep = Invariants.WHO_ELSE_HEARD_FROM_THE_REP_WHILE_PATIENTS_WAIT;
        private final Incident promiseBroken = Incident.builder().mistake(Mistake.BROKEN_PROMISE).faultOwner(FaultOwner.COMPANY)
                .severity(Severity.HIGH).relationship(Relationship.STRONG).detectedBy(DetectedBy.CUSTOMER)
                .customerMood(CustomerMood.UPSET).patientImpact(true).spreadBeyondContact(true).build();

        private RecoveryPlan spreading(Incident incident, String line) {
            return HandPlan.of(incident, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, TAKE_OWNERSHIP)
                    .step(Stage.FOLLOW_THROUGH, CHECK_SPREAD, TODAY, line).build();
        }

        @Test
        void aBrokenPromiseRoutedThroughRiskManagementIsCaught() {
            assertThat(problem(fromTheRep, spreading(promiseBroken,
                    "Ask who else has heard about it and give the names to risk management.")))
                    .isEqualTo("CHECK_SPREAD routes the others who heard through risk management, for a BROKEN_PROMISE");
            holds(fromTheRep, spreading(promiseBroken, "Ask who else has heard, and offer to speak to each of them yourself."));
        }

        @Test
        void afterADeviceMayHaveHarmedAPatientRiskManagementStillRoutesThem() {
            holds(fromTheRep, spreading(DEVICE_FAILED, "Ask who else has heard about it and give the names to risk management."));
        }

        @Test
        void aBrokenPromiseNoLongerCountsAsHarmForTheRiskManagementRoute() {
            holds(Invariants.WHO_ELSE_HEARD_REACHED_THROUGH_RISK_MANAGEMENT,
                    spreading(promiseBroken, "Ask who else has heard, and offer to speak to each of them yourself."));
        }
    }

    @Nested
    class AServiceOfOursThatFailedIsOwnedPlainly {

        private final Invariant owned = Invariants.SERVICE_FAILURE_OF_OURS_OWNED;
        private final Incident promiseBroken = Incident.builder().mistake(Mistake.BROKEN_PROMISE).faultOwner(FaultOwner.COMPANY)
                .severity(Severity.HIGH).relationship(Relationship.STRONG).detectedBy(DetectedBy.CUSTOMER)
                .customerMood(CustomerMood.UPSET).patientImpact(true).build();

        private RecoveryPlan regretting(Incident incident, String line) {
            return HandPlan.of(incident, WITHIN_AN_HOUR).say(THANK_FOR_RAISING)
                    .step(Stage.FIRST_CONTACT, EXPRESS_REGRET, WITHIN_AN_HOUR, line).say(TAKE_OWNERSHIP, FIX).build();
        }

        @Test
        void sympathyWithoutFaultForOurOwnBrokenPromiseIsCaught() {
            assertThat(problem(owned, regretting(promiseBroken, "Express sympathy, and nothing about fault: “I'm so sorry.”")))
                    .isEqualTo("EXPRESS_REGRET says \"nothing about fault\"");
            holds(owned, regretting(promiseBroken, "Own it plainly, for us: “We let you down.”"));
        }

        @Test
        void tellingWhatHappenedWithoutFaultIsCaughtToo() {
            RecoveryPlan told = HandPlan.of(promiseBroken, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, EXPRESS_REGRET)
                    .step(Stage.FIRST_CONTACT, DISCLOSE_WHAT_WE_KNOW, WITHIN_AN_HOUR, "Say what we know. Say nothing about fault.")
                    .say(TAKE_OWNERSHIP, FIX).build();
            assertThat(problem(owned, told)).isEqualTo("DISCLOSE_WHAT_WE_KNOW says \"nothing about fault\"");
        }

        @Test
        void sympathyWithoutFaultForARequestOurPeopleLeftUnansweredIsCaught() {
            Incident unanswered = promiseBroken.toBuilder().mistake(Mistake.UNANSWERED_REQUEST).build();
            assertThat(problem(owned, regretting(unanswered, "Express sympathy, and nothing about fault: “I'm so sorry.”")))
                    .isEqualTo("EXPRESS_REGRET says \"nothing about fault\"");
            holds(owned, regretting(unanswered, "Own it plainly, for us: “You asked us, and we did not answer you.”"));
        }

        @Test
        void aPartnersFailureOrADeviceMayKeepSympathyWithoutFault() {
            String sympathy = "Express sympathy, and nothing about fault: “I'm so sorry.”";
            holds(owned, regretting(promiseBroken.toBuilder().faultOwner(FaultOwner.THIRD_PARTY).build(), sympathy));
            holds(owned, regretting(DEVICE_FAILED, sympathy));
        }
    }

    @Nested
    class AWrittenReplyCarriesTheFix {

        private final Invariant carries = Invariants.WRITTEN_REPLY_CARRIES_THE_FIX;
        private final Incident wrongRoom = Incident.builder().mistake(Mistake.INCORRECT_INFORMATION).faultOwner(FaultOwner.REP)
                .severity(Severity.LOW).relationship(Relationship.STRONG).detectedBy(DetectedBy.CUSTOMER)
                .customerMood(CustomerMood.CALM).build();

        @Test
        void aCorrectionLeftToALaterStepIsCaught() {
            RecoveryPlan later = HandPlan.of(wrongRoom, WITHIN_A_BUSINESS_DAY).say(THANK_FOR_RAISING, APOLOGIZE, TAKE_OWNERSHIP)
                    .step(Stage.FOLLOW_THROUGH, FIX, TODAY, "Send the correct information in writing.").build();
            assertThat(problem(carries, later)).isEqualTo("FIX is step 4 (FOLLOW_THROUGH), not in the written reply");
            holds(carries, HandPlan.of(wrongRoom, WITHIN_A_BUSINESS_DAY).say(THANK_FOR_RAISING, APOLOGIZE, TAKE_OWNERSHIP)
                    .step(Stage.FIRST_CONTACT, FIX, WITHIN_A_BUSINESS_DAY, "Put the correct information in this message.").build());
        }

        @Test
        void aTalkToComeInAWrittenReplyIsCaught() {
            Incident quote = wrongRoom.toBuilder().mistake(Mistake.UNANSWERED_REQUEST).build();
            RecoveryPlan talk = HandPlan.of(quote, WITHIN_A_BUSINESS_DAY).say(THANK_FOR_RAISING, APOLOGIZE)
                    .step(Stage.FIRST_CONTACT, FIX, WITHIN_A_BUSINESS_DAY, "Have the full answer ready when you speak to them.").build();
            assertThat(problem(carries, talk)).isEqualTo("FIX says \"when you speak to them\" in a written reply");
        }

        @Test
        void anUpsetCustomerIsCalledAndMayHearTheCorrectionLater() {
            holds(carries, HandPlan.of(wrongRoom.toBuilder().customerMood(CustomerMood.UPSET).build(), WITHIN_AN_HOUR)
                    .say(THANK_FOR_RAISING, APOLOGIZE, TAKE_OWNERSHIP)
                    .step(Stage.FOLLOW_THROUGH, FIX, TODAY, "Send the correct information in writing.").build());
        }
    }

    @Nested
    class ARepeatIsOwnedWithoutAPledge {

        private final Invariant noPledge = Invariants.REPEAT_OWNED_WITHOUT_A_PLEDGE;

        private RecoveryPlan owning(Incident incident, String line) {
            return HandPlan.of(incident, WITHIN_AN_HOUR).say(THANK_FOR_RAISING)
                    .step(Stage.FIRST_CONTACT, TAKE_OWNERSHIP, WITHIN_AN_HOUR, line).say(FIX).build();
        }

        @Test
        void aPledgeOnASecondLateDeliveryIsCaught() {
            Incident again = DEVICE_FAILED.toBuilder().mistake(Mistake.LATE_DELIVERY).priorOccurrences(1).build();
            assertThat(problem(noPledge, owning(again, "“Putting this right for you is mine to see through, and I'll stay on it.”")))
                    .isEqualTo("TAKE_OWNERSHIP says \"mine to see through\"");
            holds(noPledge, owning(again, "“Here is what is being done, who is doing it, and by when.”"));
        }

        @Test
        void aFirstTimeMayHaveTheRepsWord() {
            holds(noPledge, owning(DEVICE_FAILED, "“Putting this right for you is mine to see through, and I'll stay on it.”"));
        }
    }

    @Nested
    class TheCustomersSlipIsClosedInOneCall {

        private final Incident rebooked = Incident.builder().mistake(Mistake.MISSED_APPOINTMENT).faultOwner(FaultOwner.CUSTOMER)
                .severity(Severity.MEDIUM).relationship(Relationship.NEW).detectedBy(DetectedBy.CUSTOMER)
                .customerMood(CustomerMood.UPSET).build();

        private HandPlan explained(String explanation) {
            return HandPlan.of(rebooked, TODAY).say(THANK_FOR_RAISING, TAKE_OWNERSHIP, FIX)
                    .step(Stage.FOLLOW_THROUGH, EXPLAIN_CAUSE, WITHIN_A_WEEK, explanation);
        }

        @Test
        void theSameWalkThroughTwiceIsCaught() {
            RecoveryPlan twice = explained("Walk them through what happened as a problem you solved together.")
                    .step(Stage.FOLLOW_THROUGH, DOUBLE_CHECK_PLAN, WITHIN_A_WEEK,
                            "Once it is sorted, walk them through what happened as something you solved together, and offer a check.")
                    .build();
            assertThat(problem(Invariants.WALKED_THROUGH_ONCE, twice))
                    .isEqualTo("EXPLAIN_CAUSE (step 4) and DOUBLE_CHECK_PLAN (step 5) both walk them through what happened");
            holds(Invariants.WALKED_THROUGH_ONCE, explained("Call once: walk them through what happened, and offer a check.").build());
        }

        @Test
        void aCheckInOfItsOwnAfterTheClosingCallIsCaught() {
            RecoveryPlan checkIn = explained("Call once: walk them through what happened, and offer a check.")
                    .step(Stage.FOLLOW_THROUGH, FOLLOW_UP, AFTER_A_WEEK, "Check in: is everything right now?").build();
            assertThat(problem(Invariants.CUSTOMERS_SLIP_CLOSED_IN_ONE_CALL, checkIn))
                    .isEqualTo("FOLLOW_UP (step 5) is a contact of its own beside EXPLAIN_CAUSE (step 4)");
            holds(Invariants.CUSTOMERS_SLIP_CLOSED_IN_ONE_CALL, explained("Call once: walk them through what happened.").build());
        }

        @Test
        void aDefectComplaintIsInvestigatedAndMayHaveACheckIn() {
            Incident defect = rebooked.toBuilder().mistake(Mistake.DEFECTIVE_PRODUCT).build();
            RecoveryPlan checkIn = HandPlan.of(defect, TODAY).say(THANK_FOR_RAISING, TAKE_OWNERSHIP, FIX)
                    .step(Stage.FOLLOW_THROUGH, EXPLAIN_CAUSE, WITHIN_A_WEEK, "Share the findings.")
                    .step(Stage.FOLLOW_THROUGH, FOLLOW_UP, AFTER_A_WEEK, "Check in: is everything right now?").build();
            holds(Invariants.CUSTOMERS_SLIP_CLOSED_IN_ONE_CALL, checkIn);
        }

        @Test
        void ourOwnSlipMayHaveACheckInBesideTheExplanation() {
            RecoveryPlan ours = HandPlan.of(REPS_SLIP, TODAY).say(THANK_FOR_RAISING, TAKE_OWNERSHIP, FIX)
                    .step(Stage.FOLLOW_THROUGH, EXPLAIN_CAUSE, WITHIN_A_WEEK, "Explain what went wrong.")
                    .step(Stage.FOLLOW_THROUGH, FOLLOW_UP, AFTER_A_WEEK, "Check in: is everything right now?").build();
            holds(Invariants.CUSTOMERS_SLIP_CLOSED_IN_ONE_CALL, ours);
        }
    }

    @Nested
    class WhoElseKnowsOfAnOfferOrADisclosureGoesToCompliance {

        private final Invariant named = Invariants.OFFER_OR_DISCLOSURE_KNOWN_TO_COMPLIANCE;
        private final Incident invitation = REPS_SLIP.toBuilder().mistake(Mistake.OTHER).otherKind(OtherKind.INDUCEMENT)
                .severity(Severity.HIGH).spreadBeyondContact(true).build();

        private RecoveryPlan spreading(Incident incident, String line) {
            return HandPlan.of(incident, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, TAKE_OWNERSHIP)
                    .step(Stage.FOLLOW_THROUGH, CHECK_SPREAD, TODAY, line).build();
        }

        @Test
        void theRepSpeakingToThemHimselfIsCaught() {
            assertThat(problem(named, spreading(invitation, "Ask who else has heard about it, and offer to speak to each of them yourself.")))
                    .isEqualTo("CHECK_SPREAD says \"speak to each of them yourself\"");
            Incident disclosure = invitation.toBuilder().otherKind(OtherKind.DISCLOSURE).build();
            assertThat(problem(named, spreading(disclosure, "Ask who else has heard about it.")))
                    .isEqualTo("CHECK_SPREAD asks who else knows, and does not name them to compliance or risk management");
        }

        @Test
        void theNamesGivenToComplianceHoldAndOtherMistakesMaySpeakToThemYourself() {
            holds(named, spreading(invitation, "Ask who else knows of it and give the names to compliance."));
            String alone = "Ask who else has heard about it, and offer to speak to each of them yourself.";
            holds(named, spreading(invitation.toBuilder().otherKind(OtherKind.ACCESS_OR_CONDUCT).build(), alone));
            holds(named, spreading(REPS_SLIP.toBuilder().spreadBeyondContact(true).build(), alone));
        }
    }

    @Nested
    class ACustomersOwnWrongOrderIsReplacedWhileInTouch {

        private final Invariant reordered = Invariants.CUSTOMERS_OWN_WRONG_ORDER_REPLACED_WHILE_IN_TOUCH;
        private final Incident theirOrder = REPS_SLIP.toBuilder().faultOwner(FaultOwner.CUSTOMER).build();

        @Test
        void aReorderDaysLaterIsCaught() {
            RecoveryPlan later = HandPlan.of(theirOrder, TODAY).say(THANK_FOR_RAISING, TAKE_OWNERSHIP)
                    .then(FIX, WITHIN_THREE_DAYS).build();

            assertThat(problem(reordered, later)).isEqualTo("FIX is step 3 (FOLLOW_THROUGH, WITHIN_THREE_DAYS), not in the first contact");
        }

        @Test
        void aReorderInTheFirstContactHoldsAndOthersFaultsAreNotHeldToIt() {
            holds(reordered, HandPlan.of(theirOrder, TODAY).say(THANK_FOR_RAISING, TAKE_OWNERSHIP, FIX).build());
            holds(reordered, HandPlan.of(REPS_SLIP, TODAY).say(THANK_FOR_RAISING, TAKE_OWNERSHIP).then(FIX, WITHIN_THREE_DAYS).build());
        }
    }

    @Nested
    class APartnersDamageIsSaidAsSuch {

        private final Invariant said = Invariants.PARTNERS_DAMAGE_SAID_AS_SUCH;
        private final Incident crushed = Incident.builder().mistake(Mistake.DEFECTIVE_PRODUCT).faultOwner(FaultOwner.THIRD_PARTY)
                .severity(Severity.MEDIUM).relationship(Relationship.NEW).detectedBy(DetectedBy.CUSTOMER).customerMood(CustomerMood.CALM)
                .deviceKind(DeviceKind.EQUIPMENT).build();

        private RecoveryPlan regretting(Incident incident, String line) {
            return HandPlan.of(incident, TODAY).say(THANK_FOR_RAISING).step(Stage.FIRST_CONTACT, EXPRESS_REGRET, TODAY, line)
                    .say(TAKE_OWNERSHIP).build();
        }

        @Test
        void aFailureInUseIsCaught() {
            assertThat(problem(said, regretting(crushed, "I'm sorry about the unit letting you down in use.")))
                    .isEqualTo("EXPRESS_REGRET says \"letting you down in use\"");
        }

        @Test
        void reachingThemUnfitHoldsAndAnInstalledSystemMayHaveFailedInUse() {
            holds(said, regretting(crushed, "I'm sorry about the unit reaching you unfit for use."));
            holds(said, regretting(crushed.toBuilder().deviceKind(DeviceKind.INSTALLED_SYSTEM).build(),
                    "I'm sorry about the system letting you down in use."));
        }
    }

    @Nested
    class AForgottenItemIsSentAsWhatWasLeftOut {

        private final Invariant part = Invariants.FORGOTTEN_PART_SENT_NOT_THE_PRODUCT;
        /** Kits shipped without their inserters, caught by our warehouse. */
        private final Incident leftOut = Incident.builder()
                .mistake(Mistake.FORGOTTEN_ITEM).faultOwner(FaultOwner.COMPANY).severity(Severity.MEDIUM)
                .relationship(Relationship.ESTABLISHED).detectedBy(DetectedBy.COMPANY).customerMood(CustomerMood.CALM).build();

        private RecoveryPlan sending(String arranged) {
            return HandPlan.of(leftOut, TODAY).step(Stage.BEFORE_CONTACT, ARRANGE_FIX, IMMEDIATELY, arranged)
                    .say(REACH_OUT_FIRST, TAKE_OWNERSHIP, FIX).build();
        }

        @Test
        void sendingWhatWasLeftOutHolds() {
            holds(part, sending("Get what was left out on its way now, with a delivery time you have confirmed."));
        }

        @Test
        void sendingTheProductItselfIsCaught() {
            assertThat(problem(part, sending("Get the insulin pump starter kits on its way now, with a delivery time you have confirmed.")))
                    .isEqualTo("ARRANGE_FIX sends or promises the product, not what was left out of it");
        }

        @Test
        void anotherMistakeMaySendTheProduct() {
            Incident late = leftOut.toBuilder().mistake(Mistake.LATE_DELIVERY).build();
            holds(part, HandPlan.of(late, TODAY).step(Stage.BEFORE_CONTACT, ARRANGE_FIX, IMMEDIATELY, "Get the kits on its way now.")
                    .say(REACH_OUT_FIRST, TAKE_OWNERSHIP, FIX).build());
        }
    }

    @Nested
    class TheAccessoriesKeptWithAUnitFitAnyUnit {

        private final Invariant anyUnit = Invariants.ACCESSORIES_OF_NO_ONE_KIND;
        private final Incident pump = DEVICE_FAILED.toBuilder().deviceKind(DeviceKind.EQUIPMENT).build();

        @Test
        void accessoriesAndDisposablesUsedWithItHold() {
            holds(anyUnit, holding(pump, "Ask them to set the pump aside as it is, with its event log and the accessories and disposables used with it."));
        }

        @Test
        void oneKindsListIsCaught() {
            assertThat(problem(anyUnit, holding(pump,
                    "Ask them to set the pump aside as it is, with its event log and the accessories used with it (cords, pads, handpieces, administration sets).")))
                    .isEqualTo("QUARANTINE_PRODUCT says \"cords\"");
        }
    }

    @Nested
    class ALapseOfTheRepsOwnAccessEndsBeforeTheCall {

        private final Invariant ended = Invariants.LAPSED_ACCESS_ENDED_BEFORE_THE_CALL;
        /** The rep covered cases with lapsed credentials; the credentialing system told the OR. */
        private final Incident lapsed = Incident.builder()
                .mistake(Mistake.OTHER).otherKind(OtherKind.ACCESS_OR_CONDUCT).faultOwner(FaultOwner.REP).severity(Severity.MEDIUM)
                .relationship(Relationship.DEVELOPING).detectedBy(DetectedBy.THIRD_PARTY).customerMood(CustomerMood.UPSET).build();

        @Test
        void offTheCasesBeforeTheCallHolds() {
            holds(ended, HandPlan.of(lapsed, TODAY)
                    .step(Stage.BEFORE_CONTACT, ARRANGE_FIX, IMMEDIATELY, "Now, before you call: stay out of their clinical areas until you are current.")
                    .say(REACH_OUT_FIRST, APOLOGIZE, TAKE_OWNERSHIP)
                    .step(Stage.FIRST_CONTACT, FIX, TODAY, "Tell them that you stay out of their clinical areas until you are current.").build());
        }

        @Test
        void offTheCasesOnlyAfterTheCallIsCaught() {
            assertThat(problem(ended, HandPlan.of(lapsed, TODAY).say(REACH_OUT_FIRST, APOLOGIZE, TAKE_OWNERSHIP)
                    .step(Stage.FOLLOW_THROUGH, FIX, TODAY, "Today: stay out of their clinical areas until you are current.").build()))
                    .isEqualTo("FIX (step 4, FOLLOW_THROUGH) keeps the rep out of their clinical areas, and no step before the call does");
        }

        @Test
        void aSmallLapseTheRepCaughtMayBePutRightAfterTheMessage() {
            Incident caught = lapsed.toBuilder().severity(Severity.LOW).detectedBy(DetectedBy.REP).customerMood(CustomerMood.CALM).build();
            holds(ended, HandPlan.of(caught, TODAY).say(REACH_OUT_FIRST, APOLOGIZE, TAKE_OWNERSHIP)
                    .step(Stage.FOLLOW_THROUGH, FIX, TODAY, "Today: stay out of their clinical areas until you are current.").build());
        }
    }

    @Nested
    class OnlyAMistakeOfNoSaidKindTakesTheSafetyNoticePath {

        private final Invariant notice = Invariants.SAFETY_NOTICE_ONLY_WHEN_THE_KIND_IS_NOT_SAID;
        /** Our own mistake that fits no pattern, near a patient: the path is chosen by what kind it was. */
        private final Incident ours = Incident.builder()
                .mistake(Mistake.OTHER).faultOwner(FaultOwner.COMPANY).severity(Severity.HIGH)
                .relationship(Relationship.ESTABLISHED).detectedBy(DetectedBy.CUSTOMER).customerMood(CustomerMood.UPSET).patientImpact(true).build();
        private final String missedNotice = "If a safety notice, recall or field action went astray, have it ready now.";

        @Test
        void aFailureOfNoSaidKindMayBeAMissedSafetyNotice() {
            holds(notice, HandPlan.of(ours, WITHIN_AN_HOUR).step(Stage.BEFORE_CONTACT, ARRANGE_FIX, IMMEDIATELY, missedNotice)
                    .say(THANK_FOR_RAISING, FIX).build());
        }

        @Test
        void aDisclosureOfOursIsNotHandledAsAMissedSafetyNotice() {
            Incident disclosure = ours.toBuilder().otherKind(OtherKind.DISCLOSURE).build();
            assertThat(problem(notice, HandPlan.of(disclosure, WITHIN_AN_HOUR).step(Stage.BEFORE_CONTACT, ARRANGE_FIX, IMMEDIATELY, missedNotice)
                    .say(THANK_FOR_RAISING, FIX).build()))
                    .isEqualTo("ARRANGE_FIX says \"safety notice\"");
        }

        @Test
        void aPartnersBreachOfTheAccountsRulesDoesNotBringInTheFieldActionCoordinator() {
            Incident conduct = ours.toBuilder().faultOwner(FaultOwner.THIRD_PARTY).otherKind(OtherKind.ACCESS_OR_CONDUCT).build();
            assertThat(problem(notice, HandPlan.of(conduct, WITHIN_AN_HOUR)
                    .step(Stage.BEFORE_CONTACT, NOTIFY_RISK_MANAGEMENT, IMMEDIATELY, "Bring in the field action coordinator at once.")
                    .say(THANK_FOR_RAISING, FIX).build()))
                    .isEqualTo("NOTIFY_RISK_MANAGEMENT says \"field action coordinator\"");
        }
    }

    @Nested
    class AFixIsSaidDoneOnlyOnceSomethingSetItMoving {

        private final Invariant done = Invariants.FIX_SAID_DONE_ONLY_WHEN_SET_MOVING_FIRST;
        /** The rep missed an in-service, caught it and writes first: nothing is rebooked until the educator picks a time. */
        private final Incident missed = Incident.builder()
                .mistake(Mistake.MISSED_APPOINTMENT).faultOwner(FaultOwner.REP).severity(Severity.LOW)
                .relationship(Relationship.DEVELOPING).detectedBy(DetectedBy.REP).customerMood(CustomerMood.CALM).build();

        @Test
        void aFixStillToBeAgreedIsNotSaidToBeInHand() {
            assertThat(problem(done, HandPlan.of(missed, TODAY).say(REACH_OUT_FIRST, APOLOGIZE)
                    .step(Stage.FIRST_CONTACT, TAKE_OWNERSHIP, TODAY, "“It's already in hand, and I'll let you know when it's all done.”")
                    .say(FIX).build()))
                    .isEqualTo("TAKE_OWNERSHIP says \"already in hand\", and no step before the first conversation set the fix moving");
        }

        @Test
        void aFixSetMovingBeforeTheCallMayBeSaidDone() {
            holds(done, HandPlan.of(missed, TODAY).step(Stage.BEFORE_CONTACT, ARRANGE_FIX, IMMEDIATELY, "Correct it now.")
                    .say(REACH_OUT_FIRST, APOLOGIZE)
                    .step(Stage.FIRST_CONTACT, TAKE_OWNERSHIP, TODAY, "“I've put it right already.”").say(FIX).build());
        }

        @Test
        void aFixLedIntoWithoutClaimingItDoneHolds() {
            holds(done, HandPlan.of(missed, TODAY).say(REACH_OUT_FIRST, APOLOGIZE)
                    .step(Stage.FIRST_CONTACT, TAKE_OWNERSHIP, TODAY, "“Here's how I'll put it right, and I'll confirm once it's done.”")
                    .say(FIX).build());
        }
    }

    @Nested
    class TheRepsPromiseToPutItRightIsGivenOnce {

        private final Invariant once = Invariants.PROMISE_TO_PUT_IT_RIGHT_GIVEN_ONCE;

        @Test
        void anApologyWithTheRepsWordFollowedByAnotherPledgeIsCaught() {
            assertThat(problem(once, HandPlan.of(REPS_SLIP, TODAY)
                    .step(Stage.FIRST_CONTACT, APOLOGIZE, TODAY, "“I'm sorry. You have my word that I will put it right.”")
                    .step(Stage.FIRST_CONTACT, TAKE_OWNERSHIP, TODAY, "“I'm dealing with this myself, starting now.”")
                    .say(FIX).build()))
                    .isEqualTo("APOLOGIZE (step 1) and TAKE_OWNERSHIP (step 2) both promise to put it right");
        }

        @Test
        void anApologyWithTheRepsWordFollowedByWhatHappensNextHolds() {
            holds(once, HandPlan.of(REPS_SLIP, TODAY)
                    .step(Stage.FIRST_CONTACT, APOLOGIZE, TODAY, "“I'm sorry. You have my word that I will put it right.”")
                    .step(Stage.FIRST_CONTACT, TAKE_OWNERSHIP, TODAY, "“So here is what I'm doing first, and when.”")
                    .say(FIX).build());
        }
    }

    @Nested
    class ASmallSlipTheRepCaughtIsCheckedByTheRepAlone {

        private final Invariant alone = Invariants.SMALL_SLIP_CHECKED_BY_THE_REP_ALONE;
        /** The rep missed a night-shift in-service, caught it and writes to a calm educator. */
        private final Incident missed = Incident.builder()
                .mistake(Mistake.MISSED_APPOINTMENT).faultOwner(FaultOwner.REP).severity(Severity.LOW)
                .relationship(Relationship.DEVELOPING).detectedBy(DetectedBy.REP).customerMood(CustomerMood.CALM).build();
        private final String reviewed = "Keep every booking in one calendar; ask your sales manager to look at it with you.";

        @Test
        void aManagersReviewOfTheSmallSlipsCheckIsCaught() {
            assertThat(problem(alone, HandPlan.of(missed, TODAY).say(REACH_OUT_FIRST, APOLOGIZE, FIX)
                    .step(Stage.FOLLOW_THROUGH, DOUBLE_CHECK_PLAN, WITHIN_A_WEEK, reviewed).build()))
                    .isEqualTo("DOUBLE_CHECK_PLAN says \"ask your sales manager to look at it with you\"");
        }

        @Test
        void theRepsOwnCheckHolds() {
            holds(alone, HandPlan.of(missed, TODAY).say(REACH_OUT_FIRST, APOLOGIZE, FIX)
                    .step(Stage.FOLLOW_THROUGH, DOUBLE_CHECK_PLAN, WITHIN_A_WEEK, "Keep every booking in one calendar.").build());
        }

        @Test
        void aMediumSlipMayHaveTheManagerLookAtTheCheck() {
            holds(alone, HandPlan.of(missed.toBuilder().severity(Severity.MEDIUM).build(), TODAY).say(REACH_OUT_FIRST, APOLOGIZE, FIX)
                    .step(Stage.FOLLOW_THROUGH, DOUBLE_CHECK_PLAN, WITHIN_A_WEEK, reviewed).build());
        }
    }

    @Nested
    class TheHoldOnAFailedImplantsLotFollowsTheThanks {

        @Test
        void anImplantThatFailedInAPatientHasItsLotHeldAfterTheThanks() {
            Incident implant = DEVICE_FAILED.toBuilder().deviceKind(DeviceKind.IMPLANT).build();
            holds(Invariants.HOLD_FIRST, HandPlan.of(implant, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, TAKE_OWNERSHIP, QUARANTINE_PRODUCT, FIX).build());
        }

        @Test
        void aPartnersSpoiledImplantShipmentIsStillHeldFirst() {
            Incident spoiled = DEVICE_FAILED.toBuilder().deviceKind(DeviceKind.IMPLANT).faultOwner(FaultOwner.THIRD_PARTY).build();
            assertThat(problem(Invariants.HOLD_FIRST, HandPlan.of(spoiled, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, TAKE_OWNERSHIP, QUARANTINE_PRODUCT, FIX).build()))
                    .isEqualTo("QUARANTINE_PRODUCT is step 3, after THANK_FOR_RAISING");
        }
    }

    @Nested
    class EquipmentIsNamedInWordsForAnyAccount {

        private final Invariant anyAccount = Invariants.EQUIPMENT_IN_WORDS_FOR_ANY_ACCOUNT;
        private final Incident laser = DEVICE_FAILED.toBuilder().deviceKind(DeviceKind.EQUIPMENT).build();

        @Test
        void whoeverServicesItHolds() {
            holds(anyAccount, holding(laser, "Ask them to set the laser aside, tagged out of use for whoever services it (biomedical engineering, in a hospital)."));
        }

        @Test
        void theirBiomedicalEngineersAreCaught() {
            assertThat(problem(anyAccount, holding(laser, "Ask them to set the laser aside, tagged for their biomedical engineers.")))
                    .isEqualTo("QUARANTINE_PRODUCT says \"their biomedical engineers\"");
        }

        @Test
        void anotherKindOfProductIsNotHeldToIt() {
            holds(anyAccount, holding(DEVICE_FAILED, "Ask them to set it aside, tagged for their biomedical engineers."));
        }
    }

    @Nested
    class InstrumentsArePromisedForWhenTheyAreReady {

        private final Invariant ready = Invariants.INSTRUMENTS_PROMISED_READY_NOT_ARRIVED;
        /** The rep forgot the revision tray a patient's case waits on. */
        private final Incident tray = REPS_SLIP.toBuilder().mistake(Mistake.FORGOTTEN_ITEM).severity(Severity.HIGH).patientImpact(true)
                .deviceKind(DeviceKind.INSTRUMENT_SET).build();

        private RecoveryPlan fixing(Incident incident, String line) {
            return HandPlan.of(incident, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, TAKE_OWNERSHIP)
                    .step(Stage.FIRST_CONTACT, FIX, WITHIN_AN_HOUR, line).build();
        }

        @Test
        void aTimeAgreedWithSterileProcessingHolds() {
            holds(ready, fixing(tray, "Give them the time the instruments will be ready for the case, as you have agreed it with their sterile processing."));
        }

        @Test
        void anArrivalTimeIsCaught() {
            assertThat(problem(ready, fixing(tray, "Give them a time you have confirmed for the right item to be there.")))
                    .isEqualTo("FIX (step 3) gives no time agreed with sterile processing");
        }

        @Test
        void aLeftOutInstrumentWithNoPatientWaitingIsHeldToItToo() {
            Incident bender = tray.toBuilder().patientImpact(false).build();
            assertThat(problem(ready, fixing(bender, "Say when what was left out will be with them.")))
                    .isEqualTo("FIX (step 3) gives no time agreed with sterile processing");
        }

        @Test
        void aLateSetWithNoPatientWaitingIsNotHeldToIt() {
            holds(ready, fixing(tray.toBuilder().mistake(Mistake.LATE_DELIVERY).patientImpact(false).build(), "Give them the arrival time."));
        }

        @Test
        void anImplantComesSterileAndIsNotHeldToIt() {
            holds(ready, fixing(tray.toBuilder().deviceKind(DeviceKind.IMPLANT).build(), "Give them a time you have confirmed for the right item to be there."));
        }
    }

    @Nested
    class NoVisitIsAskedForWithinTheHour {

        private final Invariant noVisit = Invariants.NO_VISIT_WITHIN_THE_HOUR;

        @Test
        void aCallWithinTheHourHolds() {
            holds(noVisit, HandPlan.of(DEVICE_FAILED, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, FIX).build());
        }

        @Test
        void aMeetingWithinFourHoursHolds() {
            holds(noVisit, HandPlan.of(REPS_SLIP, WITHIN_FOUR_HOURS).by(Channel.IN_PERSON).say(THANK_FOR_RAISING, FIX).build());
        }

        @Test
        void aMeetingWithinTheHourIsCaught() {
            assertThat(problem(noVisit, HandPlan.of(DEVICE_FAILED, WITHIN_AN_HOUR).by(Channel.IN_PERSON).say(THANK_FOR_RAISING, FIX).build()))
                    .isEqualTo("the first contact is in person, WITHIN_AN_HOUR");
        }
    }

    @Nested
    class AnAngryCustomerIsMetInPerson {

        private final Invariant met = Invariants.ANGRY_CUSTOMER_MET_IN_PERSON;
        private final Incident angry = REPS_SLIP.toBuilder().customerMood(CustomerMood.ANGRY).build();

        @Test
        void aMeetingAtFirstContactHolds() {
            holds(met, HandPlan.of(angry, WITHIN_FOUR_HOURS).by(Channel.IN_PERSON).say(THANK_FOR_RAISING, FIX).build());
        }

        @Test
        void aCallFollowedByAMeetingTheSameDayHolds() {
            holds(met, HandPlan.of(DEVICE_FAILED, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, FIX).then(MEET_IN_PERSON, TODAY).build());
        }

        @Test
        void aCallAloneIsCaught() {
            assertThat(problem(met, HandPlan.of(DEVICE_FAILED, WITHIN_AN_HOUR).say(THANK_FOR_RAISING, FIX).build()))
                    .isEqualTo("first contact by PHONE, and no MEET_IN_PERSON step");
        }

        @Test
        void aCustomerWhoIsNotAngryNeedNotBeMet() {
            holds(met, HandPlan.of(REPS_SLIP, WITHIN_FOUR_HOURS).say(THANK_FOR_RAISING, FIX).build());
        }
    }

    @Nested
    class NothingIsOfferedForADisclosureOrAnOffer {

        private final Invariant nothing = Invariants.NOTHING_OFFERED_FOR_A_DISCLOSURE_OR_AN_OFFER;
        private final Incident disclosure = REPS_SLIP.toBuilder().mistake(Mistake.OTHER).otherKind(OtherKind.DISCLOSURE)
                .faultOwner(FaultOwner.COMPANY).severity(Severity.HIGH).detectedBy(DetectedBy.COMPANY).build();

        @Test
        void aCreditNoteForADisclosureIsCaught() {
            assertThat(problem(nothing, HandPlan.of(disclosure, WITHIN_FOUR_HOURS).say(REACH_OUT_FIRST, FIX)
                    .then(OFFER_REMEDY, WITHIN_A_BUSINESS_DAY).build()))
                    .isEqualTo("OFFER_REMEDY is step 3");
        }

        @Test
        void aRemedyTheSalesManagerApprovesForAnOfferIsCaught() {
            Incident invitation = disclosure.toBuilder().otherKind(OtherKind.INDUCEMENT).faultOwner(FaultOwner.REP)
                    .severity(Severity.MEDIUM).build();
            assertThat(problem(nothing, HandPlan.of(invitation, TODAY).say(THANK_FOR_RAISING, FIX)
                    .step(Stage.FOLLOW_THROUGH, ESCALATE_TO_LEADERSHIP, TODAY,
                            "Brief a leader, and agree the remedy with your sales manager before you offer it.").build()))
                    .isEqualTo("ESCALATE_TO_LEADERSHIP says \"agree the remedy\"");
        }

        @Test
        void aSmallDisclosureWeCaughtDoesNotCountItsTakeDownAgainstItsProportion() {
            Incident disclosureWeCaught = SMALL_SLIP.toBuilder().mistake(Mistake.OTHER).otherKind(OtherKind.DISCLOSURE).build();
            HandPlan takenDown = smallSlip(disclosureWeCaught).before(NOTIFY_COMPLIANCE, IMMEDIATELY).before(ARRANGE_FIX, IMMEDIATELY)
                    .then(DOUBLE_CHECK_PLAN, WITHIN_A_WEEK);

            holds(Invariants.SMALL_SLIP_IN_PROPORTION, takenDown.build());
            Incident sameSlipOfNoKind = disclosureWeCaught.toBuilder().otherKind(OtherKind.NOT_SAID).build();
            assertThat(problem(Invariants.SMALL_SLIP_IN_PROPORTION, smallSlip(sameSlipOfNoKind).before(NOTIFY_COMPLIANCE, IMMEDIATELY)
                    .before(ARRANGE_FIX, IMMEDIATELY).then(DOUBLE_CHECK_PLAN, WITHIN_A_WEEK).build()))
                    .isEqualTo("7 steps, more than 6 besides the complaint and compliance paths");
        }

        @Test
        void aDisclosureLeftToLegalAndAnotherMistakesCreditNoteHold() {
            holds(nothing, HandPlan.of(disclosure, WITHIN_FOUR_HOURS).say(REACH_OUT_FIRST, FIX)
                    .then(ESCALATE_TO_LEADERSHIP, TODAY).build());
            holds(nothing, HandPlan.of(disclosure.toBuilder().otherKind(OtherKind.ACCESS_OR_CONDUCT).build(), WITHIN_FOUR_HOURS)
                    .say(REACH_OUT_FIRST, FIX).then(OFFER_REMEDY, WITHIN_A_BUSINESS_DAY).build());
        }
    }

    @Nested
    class TheCustomersOwnBillingSlipLeavesOurInvoiceAsItIs {

        private final Invariant leaves = Invariants.CUSTOMERS_BILLING_SLIP_LEAVES_OUR_INVOICE;
        private final Incident theirSlip = REPS_SLIP.toBuilder().mistake(Mistake.BILLING_ERROR).faultOwner(FaultOwner.CUSTOMER)
                .priorOccurrences(3).build();

        private RecoveryPlan arranged(Incident incident, String wording) {
            return HandPlan.of(incident, TODAY).step(Stage.BEFORE_CONTACT, ARRANGE_FIX, IMMEDIATELY, wording)
                    .say(THANK_FOR_RAISING, TAKE_OWNERSHIP, FIX).build();
        }

        @Test
        void ourInvoiceCorrectedForTheirSlipIsCaught() {
            assertThat(problem(leaves, arranged(theirSlip,
                    "Have billing cancel or correct the invoice now, and reverse any charge or fee it caused.")))
                    .isEqualTo("ARRANGE_FIX says \"cancel or correct the invoice\"");
        }

        @Test
        void theContractPriceConfirmedHoldsAndOurOwnErrorMayBeCorrected() {
            holds(leaves, arranged(theirSlip, "Have billing confirm the contract price that applies to what was invoiced."));
            String corrected = "Have billing cancel or correct the invoice now, and reverse any charge or fee it caused.";
            holds(leaves, arranged(theirSlip.toBuilder().faultOwner(FaultOwner.COMPANY).build(), corrected));
            holds(leaves, arranged(theirSlip.toBuilder().deviceKind(DeviceKind.IMPLANT).build(), corrected));
        }
    }
}
