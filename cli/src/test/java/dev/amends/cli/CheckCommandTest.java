package dev.amends.cli;

import dev.amends.model.Mistake;
import dev.amends.testing.space.InputSpace;
import dev.amends.testing.space.Invariants;
import dev.amends.testing.space.RevisionInvariants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code amends check}: every combination of facts, each invariant ok or violated with
 * counterexamples, and the distribution of plans. A check evaluates the whole input space, so
 * this class runs it only twice, on tiny playbooks, and each test reads one of those runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckCommandTest {

    /** How many invariants the check holds every plan to, and every plan revised by an event. */
    private static final int PLAN_INVARIANTS = Invariants.defaults().size();
    private static final int AFTER_EACH_EVENT = RevisionInvariants.defaults().size() + 1;   // and: revised after every event

    private static final String SEE_THEIR_SIDE = """
            rule "See their side"
            when Incident()
            then plan.step(Action.SEE_CUSTOMER_VIEW, "Think first.").within(Timing.IMMEDIATELY);
            end
            """;

    private static final String FIX_IT = """
            rule "Fix it"
            when Incident()
            then plan.step(Action.FIX, "Fix it, with cover for anything booked, a date for each patient waiting, what they asked for in writing today, and instruments for when sterile processing has them ready.");
            end
            """;

    private static final String TELL_THEM_FIRST = """
            rule "Tell them first"
            when Incident( detectedBy != DetectedBy.CUSTOMER )
            then plan.step(Action.REACH_OUT_FIRST, "Call them before they find out.");
            end
            """;

    private static final String THANK_THEM = """
            rule "Thank them"
            when Incident( detectedBy == DetectedBy.CUSTOMER || customerMood == CustomerMood.ANGRY )
            then plan.step(Action.THANK_FOR_RAISING, "Thank you for telling me.");
            end
            """;

    private static final String ROUTE_COMPLAINT = """
            rule "Route product complaints"
            when Incident( (mistake == Mistake.DEFECTIVE_PRODUCT && detectedBy != DetectedBy.COMPANY)
                           || (mistake == Mistake.WRONG_PRODUCT && detectedBy != DetectedBy.COMPANY
                               && faultOwner in (FaultOwner.COMPANY, FaultOwner.THIRD_PARTY, FaultOwner.UNKNOWN)
                               && !(faultOwner == FaultOwner.THIRD_PARTY && detectedBy == DetectedBy.REP))
                           || (mistake == Mistake.INCORRECT_INFORMATION && faultOwner == FaultOwner.COMPANY
                               && detectedBy in (DetectedBy.CUSTOMER, DetectedBy.THIRD_PARTY)
                               && (patientImpact || severity == Severity.CRITICAL)) )
            then plan.step(Action.ROUTE_COMPLAINT, "Log it with complaint handling.").within(Timing.IMMEDIATELY);
            end
            """;

    private static final String TELL_RISK_MANAGEMENT = """
            rule "Tell risk management"
            when Incident( patientImpact )
            then plan.step(Action.NOTIFY_RISK_MANAGEMENT, "Tell risk management.").within(Timing.IMMEDIATELY);
                 plan.avoid(Avoid.OFFER_COMPENSATION_ON_THE_SPOT, "Not on the spot.");
            end
            """;

    private static final String CHECK_EVERY_INVOICE = """
            rule "Check every invoice"
            when Incident( mistake == Mistake.BILLING_ERROR, faultOwner != FaultOwner.CUSTOMER,
                           detectedBy == DetectedBy.THIRD_PARTY || priorOccurrences >= 2
                           || (detectedBy == DetectedBy.CUSTOMER && spreadBeyondContact && severity != Severity.LOW
                               && faultOwner in (FaultOwner.COMPANY, FaultOwner.THIRD_PARTY)) )
            then plan.step(Action.ARRANGE_FIX, "Have billing check every invoice first.").within(Timing.IMMEDIATELY);
            end
            """;

    private static final String CHECK_THE_OTHER_CASES = """
            rule "Check the other cases of wrong advice said aloud"
            when Incident( mistake == Mistake.INCORRECT_INFORMATION, saidAloud, faultOwner in (FaultOwner.REP, FaultOwner.COMPANY),
                           patientImpact || severity == Severity.CRITICAL )
            then plan.step(Action.CHECK_SPREAD, "Have every other case that person covered since checked.");
            end
            """;

    /**
     * What the default playbook does for a serious wrong claim, a disputed charge, a partner's
     * substitute that reached a patient, a fault we found on a unit, a defect in the rep's own stock, patients waiting on an unanswered
     * request (scheduled, and the answer got from its owners), serious wrong advice said aloud, the rep's own broken promise and an
     * angry customer, in a line each.
     */
    private static final String CASES_REVIEWED = """
            rule "Tell compliance of a serious wrong claim"
            when Incident( mistake == Mistake.INCORRECT_INFORMATION, severity == Severity.HIGH, !patientImpact,
                           faultOwner in (FaultOwner.REP, FaultOwner.COMPANY) )
            then plan.step(Action.NOTIFY_COMPLIANCE, "Tell compliance.").within(Timing.IMMEDIATELY);
            end
            rule "Hold a disputed invoice"
            when Incident( mistake == Mistake.BILLING_ERROR, faultOwner == FaultOwner.UNKNOWN,
                           detectedBy != DetectedBy.THIRD_PARTY, priorOccurrences < 2 )
            then plan.step(Action.ARRANGE_FIX, "Put the invoice on hold.").within(Timing.IMMEDIATELY);
            end
            rule "Stop the partner's substitutes"
            when Incident( mistake == Mistake.WRONG_PRODUCT, faultOwner == FaultOwner.THIRD_PARTY,
                           detectedBy in (DetectedBy.CUSTOMER, DetectedBy.THIRD_PARTY), patientImpact || severity == Severity.CRITICAL )
            then plan.step(Action.DOUBLE_CHECK_PLAN, "Have the partner stop substituting.").within(Timing.IMMEDIATELY);
            end
            rule "Book the engineer before calling about a fault we found on a unit"
            when Incident( mistake == Mistake.DEFECTIVE_PRODUCT, detectedBy == DetectedBy.COMPANY, severity != Severity.LOW,
                           deviceKind in (DeviceKind.EQUIPMENT, DeviceKind.INSTALLED_SYSTEM) )
            then plan.step(Action.ARRANGE_FIX, "Have the engineer booked first.").within(Timing.IMMEDIATELY);
            end
            rule "Check your own stock after a defect of your own"
            when Incident( mistake == Mistake.DEFECTIVE_PRODUCT, faultOwner == FaultOwner.REP,
                           deviceKind not in (DeviceKind.EQUIPMENT, DeviceKind.INSTALLED_SYSTEM),
                           severity != Severity.LOW || detectedBy not in (DetectedBy.REP, DetectedBy.COMPANY) )
            then plan.step(Action.DOUBLE_CHECK_PLAN, "Check the rest of your stock today.").within(Timing.TODAY);
            end
            rule "Schedule each waiting patient and get their answer before the call"
            when Incident( mistake == Mistake.UNANSWERED_REQUEST, patientImpact || severity == Severity.CRITICAL )
            then plan.step(Action.ARRANGE_FIX, "Have each waiting patient scheduled, and get the answer from medical information, first.").within(Timing.IMMEDIATELY);
            end
            rule "Take whoever gave serious wrong advice aloud off case cover"
            when Incident( mistake == Mistake.INCORRECT_INFORMATION, saidAloud, faultOwner in (FaultOwner.REP, FaultOwner.COMPANY),
                           priorOccurrences == 0, severity in (Severity.HIGH, Severity.CRITICAL) )
            then plan.step(Action.INVOLVE_SALES_MANAGER, "Take them off case cover; name who covers their cases.").within(Timing.IMMEDIATELY);
            end
            rule "Do what you promised yourself before the call"
            when Incident( mistake == Mistake.BROKEN_PROMISE, faultOwner == FaultOwner.REP )
            then plan.step(Action.ARRANGE_FIX, "Do what you promised before you call.").within(Timing.IMMEDIATELY);
            end
            rule "Meet an angry customer in person"
            when Incident( customerMood == CustomerMood.ANGRY )
            then plan.contactBy(Channel.IN_PERSON);
            end
            """;

    /**
     * Routes no complaint, tells no one of patient harm, leaves a serious wrong claim, a disputed
     * charge, a partner's substitute, patients waiting on an unanswered request (neither scheduled nor
     * answered from its owners), whoever gave wrong advice aloud, a fault we found on a unit, a defect in
     * the rep's own stock and the rep's own broken promise to the fix alone, and meets no angry customer
     * in person: thirteen invariants break.
     */
    private Cli.Result flawed;

    /** Keeps every default invariant. */
    private Cli.Result sound;

    @BeforeAll
    void runTheChecks(@TempDir Path dir) {
        flawed = Cli.run("check", "--rules", flawed(dir).toString());
        sound = Cli.run("check", "--rules", Drl.playbook(dir, "sound", Drl.OWN_IT, SEE_THEIR_SIDE, FIX_IT, TELL_THEM_FIRST,
                THANK_THEM, CHECK_EVERY_INVOICE, CHECK_THE_OTHER_CASES, ROUTE_COMPLAINT, TELL_RISK_MANAGEMENT, CASES_REVIEWED).toString());
    }

    private static List<String> lines(Cli.Result result) {
        return result.out().lines().toList();
    }

    @Test
    void aViolatedInvariantExitsWithOne() {
        assertThat(flawed.exitCode()).isEqualTo(1);
        assertThat(flawed.err()).isEmpty();
        assertThat(lines(flawed)).last().isEqualTo("13 of " + PLAN_INVARIANTS + " invariants VIOLATED.");
    }

    @Test
    void aPlanThatTakesLongerThanAServiceAllowsDoesNotStopTheCheck(@TempDir Path dir) {
        Path rules = Drl.playbook(dir, "slow", Drl.OWN_IT, SEE_THEIR_SIDE, FIX_IT, TELL_THEM_FIRST, THANK_THEM, CHECK_EVERY_INVOICE,
                CHECK_THE_OTHER_CASES, ROUTE_COMPLAINT, TELL_RISK_MANAGEMENT, CASES_REVIEWED, """
                rule "A slow rule for one incident of the space"
                when Incident( mistake == Mistake.OTHER, severity == Severity.CRITICAL, faultOwner == FaultOwner.UNKNOWN,
                               customerMood == CustomerMood.CALM, detectedBy == DetectedBy.REP, relationship == Relationship.NEW,
                               priorOccurrences == 0, deviceKind == DeviceKind.NOT_SAID, !patientImpact, !spreadBeyondContact,
                               !publicComplaint, !referralsLost, !saidAloud )
                then long until = System.nanoTime() + 3_000_000_000L;
                     while (System.nanoTime() < until) { }
                     plan.step(Action.FOLLOW_UP, "Check back.").within(Timing.WITHIN_A_WEEK);
                end
                """);

        Cli.Result result = Cli.run("check", "--rules", rules.toString(), "--only", "mistake=OTHER", "--only", "severity=CRITICAL");

        assertThat(result.err()).doesNotContain("time limit");
        assertThat(result.exitCode()).as(result.err()).isZero();
    }

    @Test
    void onlyChecksTheCornerAskedForAndCountsItsCombinations(@TempDir Path dir) {
        Cli.Result result = Cli.run("check", "--rules", flawed(dir).toString(), "--only", "mistake=WRONG_PRODUCT,DEFECTIVE_PRODUCT");

        long corner = InputSpace.builtIn().restrictedTo("mistake", List.of(Mistake.WRONG_PRODUCT, Mistake.DEFECTIVE_PRODUCT)).combinations();
        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        assertThat(lines(result)).first().isEqualTo("Checking " + Amounts.number(corner) + " of the 7,741,440 combinations of incident facts "
                + "(only mistake=WRONG_PRODUCT,DEFECTIVE_PRODUCT)...");
        assertThat(lines(result)).as("the complaints missed for wrong products and defects, not those for wrong information (670,464 in all)")
                .contains("  VIOLATED (635,904 combinations)  a product complaint exactly where a device is alleged deficient")
                .anySatisfy(line -> assertThat(line).startsWith("Evaluated " + Amounts.number(corner) + " combinations as "));
    }

    @Test
    void anInvariantBrokenOnlyOutsideTheCornerIsOkThere(@TempDir Path dir) {
        Cli.Result result = Cli.run("check", "--rules", flawed(dir).toString(), "--only", "mistake=BILLING_ERROR");

        assertThat(lines(result)).contains("  ok        a product complaint exactly where a device is alleged deficient");
    }

    @Test
    void onlyAFactTheSpaceDoesNotHaveExitsWithTwoAndSaysWhichItMeant(@TempDir Path dir) {
        Cli.Result result = Cli.run("check", "--rules", flawed(dir).toString(), "--only", "severty=HIGH");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("amends: --only: no fact \"severty\" (did you mean severity?); the facts: ").contains("customerMood, ");
    }

    @Test
    void onlyAValueTheFactDoesNotTakeExitsWithTwoListingItsValues(@TempDir Path dir) {
        Cli.Result result = Cli.run("check", "--rules", flawed(dir).toString(), "--only", "severity=HIGH,SEVERE");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly(
                "amends: --only: severity takes no value \"SEVERE\" here; it takes LOW, MEDIUM, HIGH, CRITICAL");
    }

    @Test
    void onlyACornerWithNoCombinationExitsWithTwo(@TempDir Path dir) {
        Cli.Result result = Cli.run("check", "--rules", flawed(dir).toString(),
                "--only", "mistake=WRONG_PRODUCT", "--only", "otherKind=DISCLOSURE");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("amends: --only: no combination has mistake=WRONG_PRODUCT and otherKind=DISCLOSURE");
    }

    @Test
    void onlyWithoutAValueExitsWithTwoShowingTheForm(@TempDir Path dir) {
        Cli.Result result = Cli.run("check", "--rules", flawed(dir).toString(), "--only", "severity");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("amends: --only: \"severity\" is not FACT=VALUE[,VALUE...]");
    }

    @Test
    void onlyTheSameFactTwiceExitsWithTwo(@TempDir Path dir) {
        Cli.Result result = Cli.run("check", "--rules", flawed(dir).toString(), "--only", "severity=LOW", "--only", "severity=HIGH");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("amends: --only: severity is given twice; list its values once, comma-separated");
    }

    private static Path flawed(Path dir) {
        return Drl.playbook(dir, "flawed", Drl.OWN_IT, SEE_THEIR_SIDE, FIX_IT, TELL_THEM_FIRST, THANK_THEM,
                CHECK_EVERY_INVOICE, CHECK_THE_OTHER_CASES);
    }

    @Test
    void aPlaybookThatKeepsEveryInvariantExitsWithZero() {
        assertThat(sound.exitCode()).isZero();
        assertThat(sound.err()).isEmpty();
        assertThat(sound.out()).doesNotContain("VIOLATED");
        assertThat(lines(sound)).last().isEqualTo("No invariant violated (" + PLAN_INVARIANTS + " invariants checked).");
    }

    @Test
    void itSaysHowManyCombinationsItEvaluatedAndHowLongItTook() {
        assertThat(lines(flawed)).anySatisfy(line ->
                assertThat(line).matches("Evaluated 7,741,440 combinations as [\\d,]+ classes the rules tell apart in \\d+\\.\\d s\\."));
    }

    @Test
    void eachInvariantIsOkOrViolatedWithHowManyCombinationsBreakIt() {
        assertThat(lines(flawed)).contains(
                "  ok        every plan has a fix or a remedy",
                "  ok        an angry customer is thanked first",
                "  VIOLATED (670,464 combinations)  a product complaint exactly where a device is alleged deficient",
                "  VIOLATED (3,870,720 combinations)  risk management hears of possible patient harm before the customer is spoken to");
    }

    @Test
    void aViolatedInvariantShowsThreeCounterexamplesAndHowManyMore() {
        List<String> lines = lines(flawed);
        int at = lines.indexOf("  VIOLATED (670,464 combinations)  a product complaint exactly where a device is alleged deficient");

        assertThat(lines.subList(at + 1, at + 8)).satisfiesExactly(
                incident -> assertThat(incident).startsWith("      mistake=").containsPattern("mistake=(WRONG|DEFECTIVE)_PRODUCT"),
                problem -> assertThat(problem).startsWith("        problem: no ROUTE_COMPLAINT step for a "),
                incident -> assertThat(incident).startsWith("      mistake=").containsPattern("mistake=(WRONG|DEFECTIVE)_PRODUCT"),
                problem -> assertThat(problem).startsWith("        problem: no ROUTE_COMPLAINT step for a "),
                incident -> assertThat(incident).startsWith("      mistake=").containsPattern("mistake=(WRONG|DEFECTIVE)_PRODUCT"),
                problem -> assertThat(problem).startsWith("        problem: no ROUTE_COMPLAINT step for a "),
                more -> assertThat(more).isEqualTo("      (and 670,461 more)"));
    }

    @Test
    void theDistributionGivesDistinctPlansAndTheShortestAndLongestWithTheirIncidents() {
        assertThat(lines(flawed)).containsSubsequence(
                "Plans:",
                "  distinct plans: 9",
                "  shortest: 4 steps, first for mistake=WRONG_PRODUCT faultOwner=REP severity=LOW relationship=NEW "
                        + "detectedBy=REP customerMood=CALM priorOccurrences=0",
                "  longest: 6 steps, first for mistake=BILLING_ERROR faultOwner=REP severity=LOW relationship=NEW "
                        + "detectedBy=REP customerMood=ANGRY priorOccurrences=2");
    }

    @Test
    void aRuleThatThrowsStopsTheCheckWithOneNamingTheRule(@TempDir Path dir) {
        Path rules = Drl.playbook(dir, "throws", """
                rule "Parse the impossible"
                when Incident()
                then plan.step(Action.FIX, "Fix it.").priority(Integer.parseInt("soon"));
                end
                """);

        Cli.Result result = Cli.run("check", "--rules", rules.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("amends: rule \"Parse the impossible\" (" + rules.resolve("rules.drl") + ":4)")
                .contains("NumberFormatException");
    }

    @Test
    void rulesThatDoNotCompileExitWithOneBeforeAnyEvaluation(@TempDir Path dir) {
        Path rules = Drl.playbook(dir, "broken", "rule \"Half written\"\nwhen Incident(\nthen\nend\n");

        Cli.Result result = Cli.run("check", "--rules", rules.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).first().asString().startsWith("amends: the rules cannot be used; fix ");
    }

    @Test
    void aMissingRulesFolderExitsWithTwo(@TempDir Path dir) {
        Path missing = dir.resolve("missing");

        Cli.Result result = Cli.run("check", "--rules", missing.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("amends: --rules: no such folder: " + missing);
    }

    @Test
    void withEventsEveryPlanIsCheckedAgainAfterSingleEventsAndABrokenRevisionExitsWithOne(@TempDir Path dir) {
        Path rules = Drl.playbook(dir, "declined", Drl.OWN_IT, SEE_THEIR_SIDE, FIX_IT, TELL_THEM_FIRST, THANK_THEM, ROUTE_COMPLAINT,
                TELL_RISK_MANAGEMENT, CHECK_EVERY_INVOICE, CHECK_THE_OTHER_CASES, CASES_REVIEWED, """
                rule "Offer a credit"
                when Incident( mistake != Mistake.INCORRECT_INFORMATION || priorOccurrences > 0, otherKind not in (OtherKind.DISCLOSURE, OtherKind.INDUCEMENT) ) then plan.step(Action.OFFER_REMEDY, "Offer a credit.").within(Timing.WITHIN_A_BUSINESS_DAY); end
                rule "A declined credit is offered again"
                when StepDone( action == Action.OFFER_REMEDY, outcome == Outcome.DECLINED )
                then plan.step(Action.ESCALATE_TO_LEADERSHIP, "Offer a credit."); end
                """);

        Cli.Result result = Cli.run("check", "--every-event", "--rules", rules.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEmpty();
        assertThat(lines(result)).contains("No invariant violated (" + PLAN_INVARIANTS + " invariants checked).", "Invariants after each event:",
                "  ok        nothing done is recommended again", "        event: STEP_DONE OFFER_REMEDY DECLINED at 2025-03-04T09:00:00+01:00");
        assertThat(lines(result).stream().filter(line -> line.startsWith("  VIOLATED"))).containsExactly(
                "  VIOLATED (3,896 revisions)  a declined step is never offered again as it was");
        assertThat(lines(result)).last().isEqualTo("1 of " + AFTER_EACH_EVENT + " invariants VIOLATED after an event.");
    }
}
