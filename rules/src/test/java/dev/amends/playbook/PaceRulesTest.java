package dev.amends.playbook;

import dev.amends.model.Action;
import dev.amends.model.Channel;
import dev.amends.model.CustomerMood;
import dev.amends.model.DetectedBy;
import dev.amends.model.FaultOwner;
import dev.amends.model.Mistake;
import dev.amends.api.RecoveryPlan;
import dev.amends.model.Severity;
import dev.amends.model.Stage;
import dev.amends.model.Timing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.amends.playbook.DefaultPlaybook.assertThatPlan;
import static dev.amends.playbook.DefaultPlaybook.explain;
import static dev.amends.playbook.DefaultPlaybook.incident;
import static dev.amends.playbook.DefaultPlaybook.plan;
import static dev.amends.playbook.DefaultPlaybook.actions;
import static dev.amends.playbook.DefaultPlaybook.stage;
import static org.assertj.core.api.Assertions.assertThat;

/** How soon the customer hears from the rep, how soon it is put right, and how (pace.drl). */
class PaceRulesTest {

    /** A mistake of no particular kind by the company, raised by a calm customer: its fix takes the plan's resolution window. */
    private static dev.amends.model.Incident.Builder companyMistake() {
        return incident().mistake(Mistake.OTHER).faultOwner(FaultOwner.COMPANY);
    }

    @ParameterizedTest(name = "{0}: respond {1}, fix {2}, by {3}")
    @CsvSource(delimiter = '|', textBlock = """
            CRITICAL | WITHIN_AN_HOUR        | TODAY                 | PHONE | Critical incidents: call within the hour, fix today
            HIGH     | WITHIN_FOUR_HOURS     | WITHIN_A_BUSINESS_DAY | PHONE | High-severity incidents: call within four hours, fix within a business day
            MEDIUM   | TODAY                 | WITHIN_THREE_DAYS     | PHONE | Medium-severity incidents: call today, fix within three days
            LOW      | WITHIN_A_BUSINESS_DAY | WITHIN_A_WEEK         | EMAIL | Low-severity incidents: respond within a business day, fix within a week
            """)
    void severitySetsThePaceAndTheChannelForACalmCustomerWhoRaisedIt(Severity severity, Timing respond, Timing fix,
                                                                    Channel channel, String rule) {
        RecoveryPlan plan = plan(companyMistake().severity(severity));

        assertThatPlan(plan).respondsWithin(respond).usesChannel(channel).step(Action.FIX).hasTiming(fix);
        assertThat(explain(companyMistake().severity(severity)).firing(rule)).as("the pace comes from \"%s\"", rule).isPresent();
    }

    @Test
    void aPatientWhoMayBeAffectedMeansACallWithinTheHourWhateverTheSeverity() {
        assertThatPlan(plan(companyMistake().severity(Severity.LOW).patientImpact(true)))
                .respondsWithin(Timing.WITHIN_AN_HOUR).usesChannel(Channel.PHONE);
    }

    @Test
    void anAngryCustomerIsMetInPersonWithinFourHours() {
        assertThatPlan(plan(companyMistake().severity(Severity.LOW).customerMood(CustomerMood.ANGRY)))
                .respondsWithin(Timing.WITHIN_FOUR_HOURS).usesChannel(Channel.IN_PERSON);
    }

    @Test
    void anUpsetCustomerIsCalledRatherThanWrittenTo() {
        assertThatPlan(plan(companyMistake().severity(Severity.LOW).customerMood(CustomerMood.UPSET)))
                .respondsWithin(Timing.WITHIN_A_BUSINESS_DAY).usesChannel(Channel.PHONE);
    }

    @ParameterizedTest(name = "caught by {0}")
    @CsvSource({"REP", "COMPANY", "THIRD_PARTY"})
    void whenWeKnowFirstTheCustomerHearsFromUsTheSameDayEvenIfItIsMinor(DetectedBy detectedBy) {
        RecoveryPlan plan = plan(companyMistake().severity(Severity.LOW).detectedBy(detectedBy));

        assertThatPlan(plan).respondsWithin(Timing.TODAY).step(Action.REACH_OUT_FIRST).hasTiming(Timing.TODAY);
    }

    @Test
    void aPublicComplaintIsAnsweredWithinHoursByPhone() {
        assertThatPlan(plan(companyMistake().severity(Severity.LOW).publicComplaint(true)))
                .respondsWithin(Timing.WITHIN_FOUR_HOURS).usesChannel(Channel.PHONE);
    }

    @Test
    void theMostUrgentWindowAndTheMostPersonalChannelWin() {
        assertThatPlan(plan(companyMistake().severity(Severity.MEDIUM).customerMood(CustomerMood.ANGRY).publicComplaint(true)))
                .respondsWithin(Timing.WITHIN_FOUR_HOURS).usesChannel(Channel.IN_PERSON);
    }

    @ParameterizedTest(name = "{0}, patientImpact {1}")
    @CsvSource({"HIGH, true", "CRITICAL, false"})
    void anAngryCustomerWhoseCaseMayReachAPatientIsCalledWithinTheHourAndOfferedAVisitTheSameDayBeforeTheCallEnds(Severity severity,
                                                                                                                  boolean patientImpact) {
        RecoveryPlan plan = plan(companyMistake().severity(severity).patientImpact(patientImpact).customerMood(CustomerMood.ANGRY));

        assertThatPlan(plan).respondsWithin(Timing.WITHIN_AN_HOUR).usesChannel(Channel.PHONE)
                .step(Action.MEET_IN_PERSON)
                .wasAddedBy("Call an angry customer within the hour when a patient may be affected, and meet them the same day")
                .wordingContains("in person today").wordingContains("agree the time before you hang up");
        assertThat(stage(plan, Action.MEET_IN_PERSON)).isEqualTo(Stage.FIRST_CONTACT);
        assertThat(actions(plan, Stage.FIRST_CONTACT)).last().isEqualTo(Action.MEET_IN_PERSON);
    }

    @Test
    void anAngryCustomerMetInPersonAtFirstContactIsNotAskedForASecondMeeting() {
        assertThatPlan(plan(companyMistake().severity(Severity.HIGH).customerMood(CustomerMood.ANGRY)))
                .usesChannel(Channel.IN_PERSON).doesNotHaveSteps(Action.MEET_IN_PERSON);
    }

    /** Review 17 (n1): a disclosure or an offer is never first told in writing, however small. */
    @org.junit.jupiter.api.Nested
    class ReviewSeventeen {

        @ParameterizedTest(name = "{0}, said aloud: {1}")
        @CsvSource({"DISCLOSURE, true", "DISCLOSURE, false", "INDUCEMENT, false"})
        void aLowSeverityDisclosureOrOfferIsACall(dev.amends.model.OtherKind kind, boolean saidAloud) {
            RecoveryPlan plan = plan(incident().mistake(Mistake.OTHER).otherKind(kind).saidAloud(saidAloud)
                    .severity(Severity.LOW).customerMood(CustomerMood.CALM).faultOwner(FaultOwner.REP));

            assertThatPlan(plan).usesChannel(Channel.PHONE);
        }
    }
}
