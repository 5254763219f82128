package dev.amends.playbook;

import dev.amends.model.Action;
import dev.amends.model.Channel;
import dev.amends.model.CustomerMood;
import dev.amends.model.RecoveryPlan;
import dev.amends.model.Severity;
import dev.amends.model.Timing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.amends.playbook.DefaultPlaybook.incident;
import static dev.amends.playbook.DefaultPlaybook.plan;
import static dev.amends.playbook.DefaultPlaybook.step;
import static org.assertj.core.api.Assertions.assertThat;

class PaceRulesTest {

    @ParameterizedTest(name = "{0}: respond {1}, fix {2}, by {3}")
    @CsvSource({
            "CRITICAL, WITHIN_AN_HOUR,        TODAY,                 PHONE",
            "HIGH,     WITHIN_FOUR_HOURS,     WITHIN_A_BUSINESS_DAY, PHONE",
            "MEDIUM,   TODAY,                 WITHIN_THREE_DAYS,     PHONE",
            "LOW,      WITHIN_A_BUSINESS_DAY, WITHIN_A_WEEK,         EMAIL"})
    void severitySetsThePaceAndTheChannelForACalmCustomer(Severity severity, Timing respond, Timing fix, Channel channel) {
        RecoveryPlan plan = plan(incident().severity(severity).customerMood(CustomerMood.CALM));

        assertThat(plan.respondWithin()).as("first contact").isEqualTo(respond);
        assertThat(step(plan, Action.TAKE_OWNERSHIP).timing()).as("first-contact steps").isEqualTo(respond);
        assertThat(step(plan, Action.FIX).timing()).as("fix").isEqualTo(fix);
        assertThat(plan.channel()).isEqualTo(channel);
    }

    @Test
    void theResponseTightensAsSeverityRises() {
        Timing previous = null;
        for (Severity severity : Severity.values()) {
            Timing respond = plan(incident().severity(severity)).respondWithin();
            if (previous != null) {
                assertThat(respond).as("%s responds at least as fast as the severity below", severity)
                        .isLessThan(previous);
            }
            previous = respond;
        }
    }

    @Test
    void aPossiblePatientImpactMeansACallWithinTheHourWhateverTheSeverity() {
        RecoveryPlan plan = plan(incident().severity(Severity.LOW).patientImpact(true));

        assertThat(plan.respondWithin()).isEqualTo(Timing.WITHIN_AN_HOUR);
        assertThat(plan.channel()).isEqualTo(Channel.PHONE);
    }

    @Test
    void anUpsetCustomerIsCalledRatherThanEmailed() {
        assertThat(plan(incident().severity(Severity.LOW).customerMood(CustomerMood.UPSET)).channel())
                .isEqualTo(Channel.PHONE);
    }

    @Test
    void aPublicComplaintIsAnsweredWithinHours() {
        RecoveryPlan plan = plan(incident().severity(Severity.LOW).publicComplaint(true));

        assertThat(plan.respondWithin()).isEqualTo(Timing.WITHIN_FOUR_HOURS);
        assertThat(plan.channel()).isEqualTo(Channel.PHONE);
    }
}
