package dev.amends.testing.space;

import dev.amends.model.Action;
import dev.amends.model.CustomerMood;
import dev.amends.model.FaultOwner;
import dev.amends.model.Mistake;
import dev.amends.model.OtherKind;
import dev.amends.model.Relationship;
import dev.amends.testing.SmallPlaybook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One whole-space run of a small playbook that breaks some default invariants and one of ours, over
 * the built-in space less the facts none of those invariants reads, so that each count is a share
 * of the space that can be worked out by hand.
 */
class WholeSpaceCheckTest {

    private static final InputSpace SPACE = InputSpace.builtIn()
            .restrictedTo("relationship", List.of(Relationship.ESTABLISHED))
            .restrictedTo("priorOccurrences", List.of(0))
            .restrictedTo("spreadBeyondContact", List.of(false))
            .restrictedTo("publicComplaint", List.of(false))
            .restrictedTo("referralsLost", List.of(false));

    private static CheckReport report;
    private static Map<String, CheckReport.InvariantResult> byName;

    @BeforeAll
    static void checkTheWholeSpace() {
        report = WholeSpaceCheck.of(SmallPlaybook.advisor()).over(SPACE)
                .invariant(Invariant.of("the company's mistakes get a remedy",
                        (incident, plan) -> incident.faultOwner() != FaultOwner.COMPANY || plan.has(Action.OFFER_REMEDY)))
                .invariant(Invariant.of("broken by every incident", (incident, plan) -> false))
                .invariant(Invariant.of("broken by every plan", (incident, plan) -> false).reading())
                .run();
        byName = report.invariants().stream()
                .collect(Collectors.toMap(CheckReport.InvariantResult::name, Function.identity()));
    }

    @Test
    void everyCombinationIsEvaluated() {
        assertThat(report.combinations()).isEqualTo(SPACE.combinations());
        assertThat(byName.get("broken by every incident").violations()).as("an invariant that reads the incident")
                .isEqualTo(SPACE.combinations());
        assertThat(byName.get("broken by every plan").violations()).as("an invariant that reads only the plan")
                .isEqualTo(SPACE.combinations());
        assertThat(report.elapsed()).isPositive();
    }

    @Test
    void invariantsThatHoldEverywhereReportNoViolation() {
        assertThat(byName.get("ownership comes before the fix").violations()).isZero();
        assertThat(byName.get("no two steps with the same action").violations()).isZero();
        assertThat(byName.get("steps follow the clock").violations()).isZero();
        assertThat(byName.get("nothing is told to the customer before it exists").violations()).isZero();
        assertThat(byName.get("no unfilled placeholder").violations()).isZero();
    }

    @Test
    void aBrokenInvariantIsCountedWithCounterexamples() {
        CheckReport.InvariantResult angry = byName.get("an angry customer is thanked first");

        assertThat(angry.violations()).isEqualTo(SPACE.combinations() / 3);
        assertThat(angry.examples()).hasSize(WholeSpaceCheck.EXAMPLES_PER_INVARIANT)
                .allSatisfy(e -> assertThat(e.incident().customerMood()).isEqualTo(CustomerMood.ANGRY))
                .allSatisfy(e -> assertThat(e.problem()).isEqualTo(e.incident().faultOwner() == FaultOwner.REP
                        ? "the first words are APOLOGIZE" : "the first words are TAKE_OWNERSHIP"));
        assertThat(byName.get("risk management hears of possible patient harm before the customer is spoken to").violations())
                .isEqualTo(SPACE.combinations() / 2);
        int mistakes = SPACE.dimensions().stream().filter(d -> d.name().equals("mistake")).findFirst().orElseThrow()
                .values().size();   // the 10 other mistakes, and OTHER with each of its 4 kinds
        long perMistakeAndFault = SPACE.combinations() / (mistakes * FaultOwner.values().length);
        assertThat(mistakes).isEqualTo(Mistake.values().length - 1 + OtherKind.values().length);
        assertThat(byName.get("a product complaint exactly where a device is alleged deficient").violations())
                .as("a defective product whoever is at fault, a wrong one unless the customer or the rep chose it; "
                        + "reported by anyone but our own people (three detectors of four), and a partner's wrong item "
                        + "not when the rep caught it (two of four); our own wrong information the customer or a third party "
                        + "reported (two of four) where a patient may be affected (patientImpact, or else CRITICAL: five of eight)")
                .isEqualTo(perMistakeAndFault * (5 * 3 + 2 * 3 + 1 * 2) / 4 + perMistakeAndFault * 2 / 4 * 5 / 8);
        assertThat(report.passed()).isFalse();
    }

    @Test
    void counterexamplesStartWithTheFirstAndDifferInMoreThanTheirLastFacts() {
        var examples = byName.get("an angry customer is thanked first").examples();

        assertThat(examples.get(0).incident()).as("the first angry combination")
                .isEqualTo(LongStream.range(0, SPACE.combinations()).mapToObj(SPACE::incident)
                        .filter(i -> i.customerMood() == CustomerMood.ANGRY).findFirst().orElseThrow());
        assertThat(examples).as("spread over the space, not its first corner")
                .extracting(e -> e.incident().mistake()).doesNotHaveDuplicates();
        assertThat(examples).extracting(e -> e.incident().faultOwner()).doesNotHaveDuplicates();
    }

    @Test
    void aUsersOwnInvariantIsChecked() {
        assertThat(byName.get("the company's mistakes get a remedy").violations()).isEqualTo(SPACE.combinations() / 5);
    }

    @Test
    void theDistributionOfPlansIsReported() {
        assertThat(report.distinctPlans()).as("with and without the apology").isEqualTo(2);
        assertThat(report.shortest().steps()).isEqualTo(3);
        assertThat(report.shortest().incident().faultOwner()).isNotEqualTo(FaultOwner.REP);
        assertThat(report.longest().steps()).isEqualTo(4);
        assertThat(report.longest().incident()).isEqualTo(SPACE.incident(0));
    }

    @Test
    void aUsersOwnInvariantIsReportedWithThePlansSteps() {
        assertThat(byName.get("the company's mistakes get a remedy").examples())
                .allSatisfy(e -> assertThat(e.problem()).startsWith("the plan is TAKE_OWNERSHIP, "));
    }
}
