package dev.amends.testing.space;

import dev.amends.api.RecoveryAdvisor;
import dev.amends.compile.RuleReading;
import dev.amends.model.Action;
import dev.amends.model.CustomerMood;
import dev.amends.model.DetectedBy;
import dev.amends.model.DeviceKind;
import dev.amends.model.FaultOwner;
import dev.amends.model.Mistake;
import dev.amends.model.OtherKind;
import dev.amends.model.Severity;
import dev.amends.testing.SmallPlaybook;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check and the diff evaluate each class of combinations the rules cannot tell apart once, and
 * report what evaluating every combination on its own reports: the same counts, the same examples.
 */
class ClassesTest {

    /** Rules on several facts, with alternatives, lists, a fact bound and read, and a wording per case. */
    private static final String RULES = """
            rule "Thank the angry"
            when Incident( customerMood == CustomerMood.ANGRY )
            then plan.step(Action.THANK_FOR_RAISING, "Thank you for telling me.").within(Timing.AT_FIRST_CONTACT).because("angry"); end
            rule "Remedy what we did"
            when Incident( faultOwner in (FaultOwner.COMPANY, FaultOwner.REP) || severity == Severity.CRITICAL )
            then plan.step(Action.OFFER_REMEDY, "Offer a remedy.").because("ours"); end
            rule "Escalate a serious repeat"
            when Incident( severity in (Severity.HIGH, Severity.CRITICAL), priorOccurrences >= 1 )
            then plan.step(Action.ESCALATE_TO_LEADERSHIP, "Tell leadership.").because("repeat"); end
            rule "Patients first"
            when $i : Incident( patientImpact )
            then plan.step(Action.NOTIFY_RISK_MANAGEMENT, "Tell risk management about " + $i.mistake() + ".")
                     .within(Timing.IMMEDIATELY).because("patient"); end
            """;

    /** Small enough to evaluate every combination: 3 mistakes, 3 fault owners, 2 detectors, nothing said aloud (none of them reads it). */
    private static final InputSpace SPACE = InputSpace.builtIn()
            .restrictedTo("mistake", List.of(Mistake.WRONG_PRODUCT, Mistake.DEFECTIVE_PRODUCT, Mistake.BILLING_ERROR))
            .restrictedTo("faultOwner", List.of(FaultOwner.REP, FaultOwner.COMPANY, FaultOwner.CUSTOMER))
            .restrictedTo("detectedBy", List.of(DetectedBy.REP, DetectedBy.CUSTOMER))
            .restrictedTo("saidAloud", List.of(false))
            .restrictedTo("deviceKind", List.of(DeviceKind.NOT_SAID, DeviceKind.IMPLANT, DeviceKind.EQUIPMENT));

    private static final Invariant CALM_REMEDY = Invariant.of("a calm customer is offered nothing on a low incident",
            (i, p) -> i.customerMood() != CustomerMood.CALM || i.severity() != Severity.LOW || !p.has(Action.OFFER_REMEDY));

    private static WholeSpaceCheck check(RecoveryAdvisor advisor) {
        return WholeSpaceCheck.of(advisor).over(SPACE)
                .invariant(CALM_REMEDY.reading("customerMood", "severity"))
                .invariant(Invariant.of("no escalation of a customer's own slip",
                        (i, p) -> i.faultOwner() != FaultOwner.CUSTOMER || !p.has(Action.ESCALATE_TO_LEADERSHIP)));
    }

    @Test
    void theCheckReportsWhatEvaluatingEveryCombinationReports() {
        RecoveryAdvisor advisor = SmallPlaybook.advisor(RULES);

        CheckReport classes = check(advisor).run();
        CheckReport every = check(advisor).runOnEveryCombination();

        assertThat(classes.classes()).as("fewer evaluations").isLessThan(SPACE.combinations() / 10);
        assertThat(classes.invariants()).filteredOn(r -> r.violations() > 0).hasSizeGreaterThanOrEqualTo(3);
        assertThat(classes).usingRecursiveComparison().ignoringFields("elapsed", "classes").isEqualTo(every);
        assertThat(every.classes()).isEqualTo(SPACE.combinations());
    }

    @Test
    void aReadingThatMergesWhatTheRulesTellApartIsCaught() {
        RecoveryAdvisor advisor = SmallPlaybook.advisor(RULES);
        RuleReading withoutTheRepeatRule = RuleReading.of(SmallPlaybook.advisor(RULES.substring(0, RULES.indexOf("rule \"Escalate"))
                + RULES.substring(RULES.indexOf("rule \"Patients"))));

        CheckReport merged = WholeSpaceCheck.of(Planner.of(advisor), withoutTheRepeatRule).over(SPACE).run();
        CheckReport every = WholeSpaceCheck.of(advisor).over(SPACE).runOnEveryCombination();

        assertThat(merged).usingRecursiveComparison().ignoringFields("elapsed", "classes").isNotEqualTo(every);
        assertThat(merged.distinctPlans()).isLessThan(every.distinctPlans());
    }

    @Test
    void theDiffReportsWhatComparingEveryCombinationReports() {
        RecoveryAdvisor before = SmallPlaybook.advisor(RULES);
        RecoveryAdvisor after = SmallPlaybook.advisor(RULES.replace("Severity.CRITICAL )", "Severity.HIGH )")
                .replace("priorOccurrences >= 1", "priorOccurrences >= 2"));
        RuleReading both = RuleReading.of(before).and(RuleReading.of(after));

        DiffReport classes = PlaybookDiff.compare(Planner.of(before), Planner.of(after), both, SPACE);
        DiffReport every = PlaybookDiff.compareEveryCombination(Planner.of(before), Planner.of(after), SPACE);

        assertThat(classes.changed()).isPositive();
        assertThat(classes.kinds()).containsKeys(ChangeKind.STEP_ADDED, ChangeKind.STEP_REMOVED);
        assertThat(classes).usingRecursiveComparison().ignoringFields("elapsed", "classes").isEqualTo(every);
        assertThat(classes.classes()).isLessThan(SPACE.combinations() / 10);
    }

    @Test
    void anOrganisationsOwnFactsAreClassesOfTheirOwn() {
        String vocabulary = """
                facts:
                  tier:
                    values: [STRATEGIC, KEY, STANDARD]
                    default: STANDARD
                  region:
                    values: [EU, US, APAC]
                    default: EU
                """;
        RecoveryAdvisor advisor = RecoveryAdvisor.builder().rules("small.drl", SmallPlaybook.RULES).vocabulary(vocabulary)
                .rules("extra.drl", SmallPlaybook.HEADER + RULES + """
                        rule "Strategic accounts hear from leadership"
                        when Facts( tier == Tier.STRATEGIC )
                        then plan.step(Action.ESCALATE_TO_LEADERSHIP, "Tell leadership.").because("strategic"); end
                        """).build();
        InputSpace base = SPACE.restrictedTo("severity", List.of(Severity.LOW, Severity.CRITICAL))
                .restrictedTo("deviceKind", List.of(DeviceKind.NOT_SAID));
        InputSpace space = base
                .with(new InputSpace.Dimension("tier", InputSpace.FACTS, List.of("STRATEGIC", "KEY", "STANDARD")))
                .with(new InputSpace.Dimension("region", InputSpace.FACTS, List.of("EU", "US", "APAC")));
        Invariant customersSlip = Invariant.of("no escalation of a customer's own slip",
                (i, p) -> i.faultOwner() != FaultOwner.CUSTOMER || !p.has(Action.ESCALATE_TO_LEADERSHIP)).reading("faultOwner");

        CheckReport classes = WholeSpaceCheck.of(advisor).over(space).invariant(customersSlip).run();
        CheckReport every = WholeSpaceCheck.of(advisor).over(space).invariant(customersSlip).runOnEveryCombination();

        assertThat(space.combinations()).isEqualTo(9L * base.combinations());
        assertThat(classes).usingRecursiveComparison().ignoringFields("elapsed", "classes").isEqualTo(every);
        assertThat(classes.invariants()).filteredOn(r -> r.name().equals(customersSlip.name()))
                .singleElement().satisfies(r -> assertThat(r.violations()).isPositive());
        long withoutFacts = WholeSpaceCheck.of(SmallPlaybook.advisor(RULES))
                .over(base).run().classes();
        assertThat(classes.classes()).as("the tier doubles the classes; the region, which no rule reads, adds none")
                .isEqualTo(2 * withoutFacts);
    }

    /**
     * Rules that insert facts of their own and rules that need them, present or absent, and a rule on
     * the organisation's own facts that only applies to one kind of mistake.
     */
    private static final String INSERTED = """
            declare PatientCase end
            declare Loud end
            rule "A visit to a new account without a patient case, as soon as a patient case is looked for"
            salience 10
            when not PatientCase()
                 Incident( relationship == Relationship.NEW )
            then plan.step(Action.FOLLOW_UP, "Visit them.").because("new"); end
            rule "A patient case"
            salience 10
            when Incident( patientImpact, mistake == Mistake.DEFECTIVE_PRODUCT )
            then insert(new PatientCase()); end
            rule "Loud when a patient case is angry"
            when PatientCase()
                 Incident( customerMood == CustomerMood.ANGRY )
            then insert(new Loud()); end
            rule "Risk management for a patient case, sooner when it is severe"
            when PatientCase()
                 Incident( severity in (Severity.HIGH, Severity.CRITICAL) )
            then plan.step(Action.NOTIFY_RISK_MANAGEMENT, "Tell risk management now.").within(Timing.IMMEDIATELY).because("patient"); end
            rule "Leadership when it is loud and a repeat"
            when Loud()
                 Incident( priorOccurrences >= 1 )
            then plan.step(Action.ESCALATE_TO_LEADERSHIP, "Tell leadership.").because("loud"); end
            rule "A remedy only without a patient case"
            when not PatientCase()
                 Incident( faultOwner == FaultOwner.COMPANY )
            then plan.step(Action.OFFER_REMEDY, "Offer a remedy.").because("ours"); end
            rule "Strategic accounts hear from leadership about a wrong bill"
            when Incident( mistake == Mistake.BILLING_ERROR )
                 Facts( tier == Tier.STRATEGIC )
            then plan.step(Action.ESCALATE_TO_LEADERSHIP, "Tell leadership about the bill.").because("strategic"); end
            """;

    /** {@link #INSERTED}, with a vocabulary that declares an account tier. */
    private static RecoveryAdvisor insertedWithATier() {
        String vocabulary = """
                facts:
                  tier:
                    values: [STRATEGIC, KEY, STANDARD]
                    default: STANDARD
                """;
        return RecoveryAdvisor.builder().rules("small.drl", SmallPlaybook.RULES).vocabulary(vocabulary)
                .rules("extra.drl", SmallPlaybook.HEADER + INSERTED).build();
    }

    @Test
    void factsTheRulesInsertAndTheOrganisationsOwnFactsSplitOnlyWhereTheirRulesCanFire() {
        RecoveryAdvisor advisor = insertedWithATier();
        InputSpace space = SPACE.restrictedTo("deviceKind", List.of(DeviceKind.NOT_SAID))
                .with(new InputSpace.Dimension("tier", InputSpace.FACTS, List.of("STRATEGIC", "KEY", "STANDARD")));
        Invariant noLeadershipForCalm = Invariant.of("leadership only hears of an angry customer",
                (i, p) -> i.customerMood() == CustomerMood.ANGRY || !p.has(Action.ESCALATE_TO_LEADERSHIP));

        CheckReport classes = WholeSpaceCheck.of(advisor).over(space).invariant(noLeadershipForCalm).run();
        CheckReport every = WholeSpaceCheck.of(advisor).over(space).invariant(noLeadershipForCalm).runOnEveryCombination();

        assertThat(classes).usingRecursiveComparison().ignoringFields("elapsed", "classes").isEqualTo(every);
        assertThat(classes.invariants()).filteredOn(r -> r.name().equals(noLeadershipForCalm.name()))
                .singleElement().satisfies(r -> assertThat(r.violations()).isPositive());
        assertThat(classes.classes()).as("the tier splits only wrong bills; severity, mood and repeats only patient cases; "
                        + "the company's fault only where there is no patient case")
                .isEqualTo(WHERE_THE_RULES_CAN_FIRE);
    }

    /**
     * The classes of {@link #INSERTED} over {@link #SPACE} (one device kind: no rule reads it, and every
     * combination is evaluated one by one beside) with a tier, 288 if every test split the whole
     * space: a new account or not (2) everywhere, since the rule on it is as early as the one that finds a
     * patient case; then, for a patient case, the rep's fault or not (2: the remedy for the company's fault
     * comes later than the patient case, so it never fires there) times severe or not (2) times angry or
     * not, and when angry a repeat or not (3); otherwise the fault owner (rep, company, other: 3) times a
     * wrong bill (strategic or not: 2) or anything else (1).
     */
    private static final long WHERE_THE_RULES_CAN_FIRE = 2 * (2 * 2 * 3 + 3 * (2 + 1));

    /** Rules on the mistake, on what an OTHER mistake was, and on both; one reads the mistake whole, in its wording. */
    private static final String KINDS = """
            rule "Compliance for anything other"
            when Incident( mistake == Mistake.OTHER )
            then plan.step(Action.ESCALATE_TO_LEADERSHIP, "Tell compliance.").because("other"); end
            rule "No remedy after an offer of something of value"
            when Incident( otherKind != OtherKind.INDUCEMENT, faultOwner == FaultOwner.COMPANY )
            then plan.step(Action.OFFER_REMEDY, "Offer a remedy.").because("ours"); end
            rule "Credentials after a lapse of access, sooner when angry"
            when Incident( mistake == Mistake.OTHER && otherKind == OtherKind.ACCESS_OR_CONDUCT, customerMood == CustomerMood.ANGRY )
            then plan.step(Action.FIX, "Show them your credentials today.").within(Timing.IMMEDIATELY).because("access"); end
            rule "A wrong bill is corrected"
            when Incident( mistake == Mistake.BILLING_ERROR )
            then plan.step(Action.FIX, "Correct the bill.").because("bill"); end
            rule "Ask who else heard, naming the mistake"
            when $i : Incident( spreadBeyondContact )
            then plan.step(Action.CHECK_SPREAD, "Ask who else heard of the " + $i.mistake() + ".").because("spread"); end
            """;

    /** A wrong bill and each kind of OTHER mistake, carried by the mistake's one dimension: 5 values. */
    private static final InputSpace KIND_SPACE = InputSpace.builtIn()
            .restrictedTo("mistake", List.of(Mistake.BILLING_ERROR, Mistake.OTHER))
            .restrictedTo("faultOwner", List.of(FaultOwner.REP, FaultOwner.COMPANY, FaultOwner.CUSTOMER))
            .restrictedTo("detectedBy", List.of(DetectedBy.REP, DetectedBy.CUSTOMER))
            .restrictedTo("saidAloud", List.of(false))
            .restrictedTo("severity", List.of(Severity.LOW, Severity.HIGH))
            .restrictedTo("deviceKind", List.of(DeviceKind.NOT_SAID));

    private static WholeSpaceCheck kindCheck(Planner planner, RuleReading reading) {
        return WholeSpaceCheck.of(planner, reading).over(KIND_SPACE)
                .invariant(Invariant.of("leadership only hears of an OTHER mistake that was an inducement",
                        (i, p) -> i.otherKind() == OtherKind.INDUCEMENT || !p.has(Action.ESCALATE_TO_LEADERSHIP)).reading("otherKind"))
                .invariant(Invariant.of("a remedy only for a wrong bill",
                        (i, p) -> i.mistake() == Mistake.BILLING_ERROR || !p.has(Action.OFFER_REMEDY)).reading("mistake"));
    }

    @Test
    void theMistakeAndWhatAnOtherMistakeWasAreToldApartFromTheirOneDimension() {
        RecoveryAdvisor advisor = SmallPlaybook.advisor(KINDS);

        CheckReport classes = kindCheck(Planner.of(advisor), RuleReading.of(advisor)).run();
        CheckReport every = kindCheck(Planner.of(advisor), RuleReading.of(advisor)).runOnEveryCombination();

        assertThat(KIND_SPACE.dimensions().get(10).values()).hasSize(5);
        assertThat(classes).usingRecursiveComparison().ignoringFields("elapsed", "classes").isEqualTo(every);
        assertThat(classes.invariants()).filteredOn(r -> r.name().startsWith("leadership only") || r.name().startsWith("a remedy only"))
                .hasSize(2).allSatisfy(r -> assertThat(r.violations()).isPositive());
        assertThat(classes.classes()).as("by fault owner (the rep's: an apology; the company's: a remedy; the customer's): a wrong "
                + "bill (3), an OTHER mistake (3; an inducement, offered no remedy, is the customer's class whoever's fault), and "
                + "an angry customer after a lapse of access (3); each spread or not (2: the wording names the mistake, "
                + "which is OTHER whatever its kind)").isEqualTo(18);
    }

    @Test
    void aReadingThatMergesTheKindsOfOtherMistakeIsCaught() {
        RecoveryAdvisor advisor = SmallPlaybook.advisor(KINDS);
        RuleReading withoutTheAccessRule = RuleReading.of(SmallPlaybook.advisor(KINDS.substring(0, KINDS.indexOf("rule \"Credentials"))
                + KINDS.substring(KINDS.indexOf("rule \"A wrong bill"))));

        CheckReport merged = kindCheck(Planner.of(advisor), withoutTheAccessRule).run();
        CheckReport every = kindCheck(Planner.of(advisor), RuleReading.of(advisor)).runOnEveryCombination();

        assertThat(merged.distinctPlans()).isLessThan(every.distinctPlans());
    }

    /**
     * The check's loop weighs each group's parts without their cells ({@code Classes.weigh}) and keeps,
     * for the counterexamples, the part's number: {@code split} must give the same parts, with the same
     * values and weights, in the same order, for every group of every fact type and any facts read.
     */
    @Test
    void weighingAGroupGivesTheSplitsPartsInTheSplitsOrder() {
        RecoveryAdvisor advisor = insertedWithATier();
        InputSpace space = SPACE.restrictedTo("deviceKind", List.of(DeviceKind.NOT_SAID, DeviceKind.IMPLANT))
                .with(new InputSpace.Dimension("tier", InputSpace.FACTS, List.of("STRATEGIC", "KEY", "STANDARD")))
                .with(new InputSpace.Dimension("region", InputSpace.FACTS, List.of("EU", "US", "APAC")));
        Classes classes = new Classes(space, RuleReading.of(advisor));
        int dims = space.dimensions().size();
        List<java.util.Set<Integer>> reads = new java.util.ArrayList<>();
        reads.add(java.util.Set.of());
        reads.add(classes.allDims());
        for (int a = 0; a < dims; a++) {
            reads.add(java.util.Set.of(a));
            for (int b = a + 1; b < dims; b++) {
                reads.add(java.util.Set.of(a, b));
            }
        }
        int compared = 0;
        int ofSeveralCells = 0;
        for (int t = 0; t < classes.types.size(); t++) {
            for (int g = 0; g < classes.groupsOf.get(t).size(); g++) {
                for (java.util.Set<Integer> read : reads) {
                    List<Classes.Part> split = classes.split(t, g, read);
                    Classes.Weighed weighed = classes.weigh(t, classes.cells(t, g), classes.readHere(t, read));
                    assertThat(weighed.values()).as("type %d, group %d, reading %s", t, g, read)
                            .isDeepEqualTo(split.stream().map(Classes.Part::values).toArray(int[][]::new));
                    assertThat(weighed.weights()).as("type %d, group %d, reading %s", t, g, read)
                            .containsExactly(split.stream().mapToLong(Classes.Part::weight).toArray());
                    compared += split.size() > 1 ? 1 : 0;
                    ofSeveralCells += split.size() > 1 && classes.cells(t, g).length > 1 ? 1 : 0;
                }
            }
        }
        assertThat(classes.types).hasSize(2);
        assertThat(compared).as("groups split into several parts").isGreaterThan(100);
        assertThat(ofSeveralCells).as("groups of several cells split into several parts").isGreaterThan(10);
    }
}
