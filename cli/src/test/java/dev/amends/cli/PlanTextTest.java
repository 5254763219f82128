package dev.amends.cli;

import dev.amends.model.Action;
import dev.amends.model.Channel;
import dev.amends.model.Owner;
import dev.amends.api.RecoveryPlan;
import dev.amends.model.Stage;
import dev.amends.model.Timing;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.amends.cli.Plans.step;
import static org.assertj.core.api.Assertions.assertThat;

/** The text a rep reads: the next hour on top, then the plan in the shape of the recovery, short. */
class PlanTextTest {

    /** A call due tomorrow, by email, with no in-house step before it. */
    private static RecoveryPlan laterByEmailWithoutPreparation() {
        return Plans.plan(Timing.WITHIN_A_BUSINESS_DAY, Channel.EMAIL,
                step(1, Stage.FIRST_CONTACT, Action.TAKE_OWNERSHIP, Timing.WITHIN_A_BUSINESS_DAY, Owner.REP,
                        "\"The invoice was wrong, and correcting it is on me.\""),
                step(2, Stage.FIRST_CONTACT, Action.FIX, Timing.WITHIN_A_BUSINESS_DAY, Owner.SERVICE_TEAM,
                        "Send the corrected invoice with the email."),
                step(3, Stage.FOLLOW_THROUGH, Action.FOLLOW_UP, Timing.WITHIN_A_WEEK, Owner.REP,
                        "Check that the corrected invoice was paid."));
    }

    private static List<String> lines(RecoveryPlan plan) {
        return PlanText.render(plan).lines().toList();
    }

    @Test
    void rendersTheNextHourOnTopThenEachStageUnderItsTitle() {
        assertThat(PlanText.render(Plans.recovery())).isEqualTo("""
                Wrong product (Kestrel tibial insert, size 4) for Dr. Amara Osei, St. Brendan's
                  Hospital [INC-7]
                Critical, the company's error, customer angry, patient affected, established
                relationship.

                In the next hour
                  - Route the complaint (step 1): you, immediately.
                  - Tell quality and risk management (step 2): risk management and legal, within
                    the hour.
                  - Call Dr. Amara Osei within the hour: the first conversation, steps 3-4.

                Before you speak to the customer
                  1. Route the complaint                                        You, immediately
                     Report the wrong insert to complaint handling now, with the lot number.
                  2. Tell quality and risk management
                     Risk management and legal, within the hour.
                     Tell risk management that a patient's surgery was delayed.

                The first conversation: call Dr. Amara Osei within the hour
                  3. Thank them for raising it
                     "Thank you for telling me this directly, Dr. Osei."
                  4. Express regret
                     "I'm sorry this happened to you and your patient."

                Then
                  5. Fix it                                              The service team, today
                     Ship the right insert on the first courier.
                  6. Explain what happened                    You, when the investigation closes
                     Tell Dr. Osei what the investigation found.

                Avoid: guessing at the cause.
                """);
    }

    @Test
    void aCallDueWithinTheHourIsInTheNextHourEvenWithNothingAfterIt() {
        assertThat(lines(Plans.plan())).containsSubsequence(
                "In the next hour",
                "  - Route the complaint (step 1): the complaint unit, immediately.",
                "  - Call Dr. Amara Osei within the hour: the first conversation, step 2.",
                "",
                "Before you speak to the customer");
    }

    @Test
    void whenTheFirstContactIsNotDueWithinTheHourOneLineSaysWhenAndHow() {
        RecoveryPlan plan = Plans.plan(Timing.TODAY, Channel.IN_PERSON,
                step(1, Stage.BEFORE_CONTACT, Action.SEE_CUSTOMER_VIEW, Timing.IMMEDIATELY, Owner.REP, "Think."),
                step(2, Stage.BEFORE_CONTACT, Action.ESCALATE_TO_LEADERSHIP, Timing.WITHIN_FOUR_HOURS, Owner.SALES_MANAGER, "Tell."),
                step(3, Stage.FIRST_CONTACT, Action.APOLOGIZE, Timing.TODAY, Owner.REP, "\"I'm sorry.\""));

        assertThat(lines(plan)).containsSubsequence(
                "In the next hour",
                "  - See it from the customer's side (step 1): you, immediately.",
                "  Later: meet Dr. Amara Osei in person today: the first conversation, step 3.",
                "",
                "Before you speak to the customer");
    }

    @Test
    void whenNothingIsDueWithinTheHourTheNextHourSaysSo() {
        assertThat(lines(laterByEmailWithoutPreparation())).containsSubsequence(
                "In the next hour",
                "  Nothing is due in the next hour.",
                "  Later: write to Dr. Amara Osei within one business day: the first",
                "    conversation, steps 1-2.");
    }

    @Test
    void aPlanWithNoStepsBeforeContactHasNoSuchSection() {
        List<String> lines = lines(laterByEmailWithoutPreparation());

        assertThat(lines).doesNotContain(Stage.BEFORE_CONTACT.title())
                .containsSubsequence(
                        "The first conversation: write to Dr. Amara Osei within one business day",
                        "  1. Take ownership",
                        "  2. Fix it                                                     The service team",
                        "",
                        "Then",
                        "  3. Follow up                                                You, within a week");
    }

    @Test
    void theStagesComeInTheOrderOfTheRecoveryUnderTheirTitles() {
        List<String> lines = lines(Plans.recovery());

        assertThat(lines).containsSubsequence("In the next hour", Stage.BEFORE_CONTACT.title(),
                Stage.FIRST_CONTACT.title() + ": call Dr. Amara Osei within the hour", Stage.FOLLOW_THROUGH.title());
    }

    @Test
    void eachStepKeepsItsNumberFromThePlan() {
        RecoveryPlan plan = Plans.recovery();

        assertThat(lines(plan).stream().filter(line -> line.matches(" {2}\\d+\\. .*")))
                .extracting(line -> Integer.parseInt(line.strip().split("\\.")[0]))
                .containsExactlyElementsOf(plan.steps().stream().map(s -> s.order()).toList());
    }

    @Test
    void byDefaultNoStepShowsWhyOrItsRule() {
        String text = PlanText.render(Plans.recovery());

        assertThat(text).doesNotContain("why:", "Reason ", "Rule ", "Only the investigation knows the cause.");
    }

    @Test
    void askedForWhyEachStepShowsItsReasonAndRuleAndEachAvoidanceItsReason() {
        List<String> lines = PlanText.render(Plans.recovery(), true).lines().toList();

        assertThat(lines).containsSubsequence(
                "  1. Route the complaint                                        You, immediately",
                "     Report the wrong insert to complaint handling now, with the lot number.",
                "     why: Reason 1. (rule \"Rule 1\")");
        assertThat(lines.stream().filter(line -> line.strip().startsWith("why: "))).hasSize(6);
        assertThat(lines).containsSubsequence("Avoid:", "  - Guessing at the cause: Only the investigation knows the cause.");
    }

    @Test
    void aConversationLineDoneBySomeoneElseNamesThem() {
        assertThat(lines(laterByEmailWithoutPreparation()))
                .contains("  2. Fix it                                                     The service team");
    }

    @Test
    void whoAndWhenThatDoNotFitBesideTheTitleGoBelowIt() {
        RecoveryPlan plan = Plans.plan(Timing.WITHIN_AN_HOUR, Channel.PHONE,
                step(1, Stage.FOLLOW_THROUGH, Action.REFER_TO_REGULATORY, Timing.WHEN_INVESTIGATION_CLOSES,
                        Owner.REGULATORY_AFFAIRS, "Ask whether the label must change."));

        assertThat(lines(plan)).containsSubsequence(
                "  1. Bring in regulatory affairs",
                "     Regulatory affairs, when the investigation closes.",
                "     Ask whether the label must change.");
    }

    @Test
    void aCustomerWithoutANameIsTheCustomer() {
        RecoveryPlan named = Plans.recovery();
        RecoveryPlan plan = new Plans.Plan(named.incident().toBuilder().contact(null).build(), named.steps(),
                named.avoid(), named.respondWithin(), named.channel());

        assertThat(lines(plan)).contains("The first conversation: call the customer within the hour");
    }

    @Test
    void noLineIsWiderThanEightyColumns() {
        assertThat(PlanText.render(Plans.recovery(), true).lines())
                .allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(80));
    }

    @Test
    void aPlanWithoutStepsSaysSo() {
        RecoveryPlan plan = Plans.plan();
        RecoveryPlan empty = new Plans.Plan(plan.incident(), List.of(), List.of(), plan.respondWithin(), plan.channel());

        assertThat(PlanText.render(empty)).endsWith("relationship.\n\nThe rules recommended no steps for this incident.\n")
                .doesNotContain("In the next hour", "Avoid");
    }
}
