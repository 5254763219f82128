package dev.amends.cli;

import dev.amends.model.RecoveryPlan;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The text a rep reads: headline, numbered steps with who and when, the wording, a quiet why, what to avoid. */
class PlanTextTest {

    private final String text = PlanText.render(Plans.plan());

    @Test
    void rendersThePlanForAPersonInAHurry() {
        assertThat(text).isEqualTo("""
                Wrong product (Kestrel tibial insert, size 4) for Dr. Amara Osei, St. Brendan's
                  Hospital [INC-7]
                Critical, the company's error, customer angry, patient affected, established
                relationship.
                Respond within the hour, by phone.

                 1. Route the complaint                                                  CONTAIN
                    The complaint unit, immediately.
                    Report the wrong insert to the complaint unit.
                    why: rule "Route patient issues"

                 2. Thank them for raising it                                        ACKNOWLEDGE
                    You, within the hour.
                    Thank you for bringing this to me straight away, Dr. Osei; I am on it now
                    and I will call you back within the hour with the replacement's arrival
                    time.
                    why: Anger calls for thanks before sorry. (rule "Thanks first to an angry
                         customer")

                Avoid:
                  - Blaming others: The warehouse is your company too.
                """);
    }

    @Test
    void noLineIsWiderThanEightyColumns() {
        assertThat(text.lines()).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(80));
    }

    @Test
    void aPlanWithoutStepsSaysSo() {
        RecoveryPlan plan = Plans.plan();
        RecoveryPlan empty = new RecoveryPlan(plan.incident(), List.of(), List.of(), plan.respondWithin(), plan.channel());

        assertThat(PlanText.render(empty)).endsWith("\nThe rules recommended no steps for this incident.\n")
                .doesNotContain("Avoid:");
    }
}
