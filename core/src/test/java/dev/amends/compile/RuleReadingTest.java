package dev.amends.compile;

import dev.amends.api.RecoveryAdvisor;
import dev.amends.model.*;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RuleReadingTest {

    private static final String HEADER = """
            package test;
            import dev.amends.model.*;
            global dev.amends.dsl.PlanDraft plan;
            """;

    private static final List<String> FIELDS = List.of("mistake", "severity", "relationship", "patientImpact", "priorOccurrences");
    private static final List<List<?>> VALUES = List.of(List.of(Mistake.values()), List.of(Severity.values()),
            List.of(Relationship.values()), List.of(false, true), List.of(0, 1, 2));

    private static RuleReading.FactReading incident(String rules) {
        return RuleReading.of(List.of(new RuleFile("test.drl", HEADER + rules))).fact("Incident", FIELDS, VALUES);
    }

    private static int[] at(Mistake mistake, Severity severity, Relationship relationship, boolean patientImpact, int prior) {
        return new int[]{mistake.ordinal(), severity.ordinal(), relationship.ordinal(), patientImpact ? 1 : 0, prior};
    }

    @Test
    void valuesNoConditionTellsApartAreAlike() {
        RuleReading.FactReading reading = incident("""
                rule "New accounts"
                when
                    Incident( relationship == Relationship.NEW )
                then
                    plan.impact("x");
                end
                """);

        assertThat(reading.alike(2)).containsExactly(List.of(0), List.of(1, 2, 3));
        assertThat(reading.alike(0)).as("a fact no rule reads is one group").hasSize(1);
        assertThat(reading.splitBecause(2)).isEmpty();
    }

    @Test
    void everyAtomicComparisonDividesItsField() {
        RuleReading.FactReading reading = incident("""
                rule "Several"
                when
                    Incident( severity in (Severity.HIGH, Severity.CRITICAL), mistake not in (Mistake.OTHER, Mistake.LATE_DELIVERY),
                              priorOccurrences >= 1, !patientImpact )
                then
                    plan.impact("x");
                end
                """);

        assertThat(reading.alike(1)).containsExactly(List.of(0, 1), List.of(2, 3));
        assertThat(reading.alike(0)).hasSize(2).anySatisfy(g -> assertThat(g).containsExactly(
                Mistake.LATE_DELIVERY.ordinal(), Mistake.OTHER.ordinal()));
        assertThat(reading.alike(4)).containsExactly(List.of(0), List.of(1, 2));
        assertThat(reading.alike(3)).containsExactly(List.of(0), List.of(1));
    }

    @Test
    void combinationsEveryPatternAnswersAlikeHaveOneKey() {
        RuleReading.FactReading reading = incident("""
                rule "Either"
                when
                    Incident( mistake == Mistake.WRONG_PRODUCT || severity == Severity.HIGH )
                then
                    plan.impact("x");
                end
                """);

        assertThat(reading.key(at(Mistake.WRONG_PRODUCT, Severity.LOW, Relationship.NEW, false, 0)))
                .isEqualTo(reading.key(at(Mistake.OTHER, Severity.HIGH, Relationship.NEW, false, 0)))
                .isNotEqualTo(reading.key(at(Mistake.OTHER, Severity.LOW, Relationship.NEW, false, 0)));
    }

    @Test
    void aFieldBoundAndUsedInTheConsequenceIsReadWhole() {
        RuleReading.FactReading reading = incident("""
                rule "Uses severity"
                when
                    Incident( $s : severity, relationship == Relationship.NEW )
                then
                    plan.impact("severity " + $s);
                end
                """);

        assertThat(reading.alike(1)).hasSize(4);
        assertThat(reading.splitBecause(1)).singleElement().asString().contains("Uses severity", "$s", "consequence");
        assertThat(reading.alike(2)).as("the rest is still read from its tests").hasSize(2);
        assertThat(reading.key(at(Mistake.OTHER, Severity.LOW, Relationship.NEW, false, 0)))
                .isNotEqualTo(reading.key(at(Mistake.OTHER, Severity.MEDIUM, Relationship.NEW, false, 0)));
    }

    @Test
    void aFactBoundAndReadInTheConsequenceIsReadWholeWhereItIsRead() {
        RuleReading.FactReading reading = incident("""
                rule "Reads the mood"
                when
                    $i : Incident( relationship == Relationship.NEW )
                then
                    plan.impact("relationship " + $i.relationship() + $i.getSeverity());
                end
                """);

        assertThat(reading.alike(1)).hasSize(4);
        assertThat(reading.alike(2)).hasSize(4);
        assertThat(reading.alike(0)).hasSize(1);
    }

    @Test
    void whatTheReadingDoesNotUnderstandSplitsWhatItMayRead() {
        RuleReading.FactReading call = incident("""
                rule "A call"
                when
                    Incident( mistake.name() == "OTHER" )
                then
                    plan.impact("x");
                end
                """);
        RuleReading.FactReading self = incident("""
                rule "This"
                when
                    Incident( this != null )
                then
                    plan.impact("x");
                end
                """);
        RuleReading.FactReading session = incident("""
                rule "Session"
                when
                    Incident( relationship == Relationship.NEW )
                then
                    drools.getKieRuntime().getObjects();
                end
                """);

        assertThat(call.alike(0)).hasSize(Mistake.values().length);
        assertThat(call.alike(1)).hasSize(1);
        assertThat(self.alike(1)).hasSize(4);
        assertThat(self.splitBecause(4)).isNotEmpty();
        assertThat(session.alike(0)).hasSize(Mistake.values().length);
        assertThat(session.splitBecause(0)).singleElement().asString().contains("drools");
    }

    @Test
    void aVariableUsedInAnEvalOrASalienceIsARead() {
        RuleReading.FactReading eval = incident("""
                rule "Eval"
                when
                    $i : Incident()
                    eval( $i.getPriorOccurrences() > 1 )
                then
                    plan.impact("x");
                end
                """);
        RuleReading.FactReading salience = incident("""
                rule "Salience"
                    salience $p
                when
                    Incident( $p : priorOccurrences )
                then
                    plan.impact("x");
                end
                """);

        assertThat(eval.alike(4)).hasSize(3);
        assertThat(salience.alike(4)).hasSize(3);
        assertThat(salience.alike(1)).hasSize(1);
    }

    @Test
    void aComparisonWithAValueTheFieldDoesNotTakeSplitsIt() {
        RuleReading.FactReading reading = incident("""
                rule "Constant"
                when
                    Incident( priorOccurrences > Limits.MANY )
                then
                    plan.impact("x");
                end
                """);

        assertThat(reading.alike(4)).hasSize(3);
        assertThat(reading.splitBecause(4)).singleElement().asString().contains("Constant");
    }

    @Test
    void aConstantNamedAfterNoListedValueSplitsTheFact() {
        RuleReading reading = RuleReading.of(List.of(new RuleFile("test.drl", HEADER + """
                rule "Top accounts"
                when
                    Facts( accountTier == Tiers.TOP )
                then
                    plan.impact("x");
                end
                """)));

        assertThat(reading.fact("Facts", List.of("accountTier"), List.of(List.of("STRATEGIC", "KEY", "STANDARD"))).alike(0))
                .hasSize(3);
    }

    @Test
    void anOrganisationsOwnFactsAreReadByTheirType() {
        RuleReading reading = RuleReading.of(List.of(new RuleFile("test.drl", HEADER + """
                rule "Strategic accounts"
                when
                    Facts( accountTier == "STRATEGIC" || accountTier == AccountTier.KEY, refersPatients, unitsAffected >= 10 )
                then
                    plan.impact("x");
                end
                """)));
        RuleReading.FactReading facts = reading.fact("Facts", List.of("accountTier", "refersPatients", "unitsAffected", "region"),
                List.of(List.of("STRATEGIC", "KEY", "STANDARD"), List.of(false, true), List.of(1, 10, 100), List.of("EU", "US")));

        assertThat(facts.alike(0)).containsExactly(List.of(0, 1), List.of(2));
        assertThat(facts.alike(1)).containsExactly(List.of(0), List.of(1));
        assertThat(facts.alike(2)).containsExactly(List.of(0), List.of(1, 2));
        assertThat(facts.alike(3)).as("no rule reads the region").containsExactly(List.of(0, 1));
        assertThat(reading.fact("Incident", FIELDS, VALUES).alike(0)).hasSize(1);
    }

    @Test
    void twoPlaybooksTellApartWhatEitherDoes() {
        RuleReading one = RuleReading.of(List.of(new RuleFile("a.drl", HEADER + """
                rule "New"
                when
                    Incident( relationship == Relationship.NEW )
                then
                    plan.impact("x");
                end
                """)));
        RuleReading other = RuleReading.of(List.of(new RuleFile("b.drl", HEADER + """
                rule "Strong"
                when
                    Incident( relationship == Relationship.STRONG )
                then
                    plan.impact("x");
                end
                """)));

        assertThat(one.and(other).fact("Incident", FIELDS, VALUES).alike(2)).containsExactly(List.of(0), List.of(1, 2), List.of(3));
    }

    @Test
    void theRulesAnAdvisorServesAreRead() {
        RecoveryAdvisor advisor = RecoveryAdvisor.builder().rules("one.drl", HEADER + """
                rule "Angry"
                when
                    Incident( customerMood == CustomerMood.ANGRY )
                then
                    plan.impact("x");
                end
                """).build();
        RuleReading.FactReading reading = RuleReading.of(advisor).fact("Incident", List.of("customerMood"),
                List.of(List.of(CustomerMood.values())));

        assertThat(reading.alike(0)).containsExactly(List.of(0, 1), List.of(2));
    }

    /** A rule that inserts a fact of its own for one mistake, and a rule that needs it and tests the severity. */
    private static final String INSERTED = """
            declare Urgent end
            rule "Wrong products are urgent"
            when
                Incident( mistake == Mistake.WRONG_PRODUCT )
            then
                insert(new Urgent());
            end
            rule "Urgent and severe"
            when
                Urgent()
                Incident( severity in (Severity.HIGH, Severity.CRITICAL) )
            then
                plan.impact("x");
            end
            """;

    @Test
    void aTestOfARuleThatNeedsAFactNoRuleCanInsertTellsNothingApart() {
        RuleReading.FactReading reading = incident(INSERTED);

        assertThat(reading.key(at(Mistake.OTHER, Severity.LOW, Relationship.NEW, false, 0)))
                .as("no Urgent fact for another mistake, so the severity does not count")
                .isEqualTo(reading.key(at(Mistake.OTHER, Severity.HIGH, Relationship.NEW, false, 0)));
        assertThat(reading.key(at(Mistake.WRONG_PRODUCT, Severity.LOW, Relationship.NEW, false, 0)))
                .isNotEqualTo(reading.key(at(Mistake.WRONG_PRODUCT, Severity.HIGH, Relationship.NEW, false, 0)));
    }

    @Test
    void aTestUnderNotCountsWhereverItsRuleCanFire() {
        RuleReading.FactReading reading = incident(INSERTED + """
                rule "Severe unless urgent"
                when
                    not Urgent()
                    Incident( severity == Severity.CRITICAL )
                then
                    plan.impact("x");
                end
                """);

        assertThat(reading.key(at(Mistake.OTHER, Severity.LOW, Relationship.NEW, false, 0)))
                .isNotEqualTo(reading.key(at(Mistake.OTHER, Severity.CRITICAL, Relationship.NEW, false, 0)));
    }

    @Test
    void anInsertWhoseTypeTheReadingCannotNameMayInsertAnyFact() {
        RuleReading.FactReading reading = incident(INSERTED + """
                rule "Anything may be urgent"
                when
                    Incident( relationship == Relationship.NEW )
                then
                    Object made = new Urgent();
                    insert(made);
                end
                """);

        assertThat(reading.key(at(Mistake.OTHER, Severity.LOW, Relationship.NEW, false, 0)))
                .isNotEqualTo(reading.key(at(Mistake.OTHER, Severity.HIGH, Relationship.NEW, false, 0)));
        assertThat(reading.key(at(Mistake.OTHER, Severity.LOW, Relationship.STRONG, false, 0)))
                .as("nothing is inserted for a strong relationship")
                .isEqualTo(reading.key(at(Mistake.OTHER, Severity.HIGH, Relationship.STRONG, false, 0)));
    }

    @Test
    void theRulesThatMayStillFireAreThoseWhoseOwnTestsHoldAndWhoseFactsMayExist() {
        RuleReading.FactReading reading = incident(INSERTED);

        assertThat(reading.alive(at(Mistake.WRONG_PRODUCT, Severity.HIGH, Relationship.NEW, false, 0))).isEqualTo(bits(0, 1));
        assertThat(reading.alive(at(Mistake.WRONG_PRODUCT, Severity.LOW, Relationship.NEW, false, 0))).isEqualTo(bits(0));
        assertThat(reading.alive(at(Mistake.OTHER, Severity.HIGH, Relationship.NEW, false, 0))).isEqualTo(bits());
    }

    private static java.util.BitSet bits(int... rules) {
        java.util.BitSet bits = new java.util.BitSet();
        for (int r : rules) {
            bits.set(r);
        }
        return bits;
    }

    private static final String FLAGGING = """
            declare Flagged end
            rule "Flag serious cases"
                salience 10
            when
                Incident( severity == Severity.HIGH )
            then
                insert(new Flagged());
            end
            """;

    private static final String UNFLAGGED = """
            rule "Reassure where nothing is flagged"
                salience 10
            when
                not Flagged()
            then
                plan.impact("x");
            end
            """;

    private static List<dev.amends.api.PlaybookProblem> orderDependences(RuleFile... files) {
        return RuleReading.of(List.of(files)).orderDependences();
    }

    @Test
    void aRuleNeedingAFactAbsentThatARuleOfTheSameSalienceInAnotherFileInsertsDependsOnTheLoadOrder() {
        var found = orderDependences(new RuleFile("a.drl", HEADER + FLAGGING), new RuleFile("b.drl", HEADER + UNFLAGGED));

        assertThat(found).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("b.drl");
            assertThat(problem.line()).as("the line of its rule keyword, after the header").isEqualTo(4);
            assertThat(problem.rule()).contains("Reassure where nothing is flagged");
            assertThat(problem.message()).startsWith("fires only where no Flagged exists, and rule \"Flag serious cases\" (a.drl:5)"
                    + " inserts Flagged at the same salience (10)").endsWith("give the rule that must fire first the higher salience");
        });
    }

    @Test
    void twoSuchRulesInOneFileWrittenInTheOrderTheyFireInAreNotReported() {
        assertThat(orderDependences(new RuleFile("a.drl", HEADER + FLAGGING + UNFLAGGED))).isEmpty();
    }

    @Test
    void twoSuchRulesInOneFileWrittenTheOtherWayRoundAreReported() {
        String reversed = HEADER + "declare Flagged end\n" + UNFLAGGED + FLAGGING.replace("declare Flagged end\n", "");

        assertThat(orderDependences(new RuleFile("a.drl", reversed))).singleElement()
                .satisfies(problem -> assertThat(problem.rule()).contains("Reassure where nothing is flagged"));
    }

    @Test
    void aHigherSalienceForTheInsertingRuleSettlesTheOrder() {
        RuleFile first = new RuleFile("a.drl", HEADER + FLAGGING.replace("salience 10", "salience 11"));

        assertThat(orderDependences(first, new RuleFile("b.drl", HEADER + UNFLAGGED))).isEmpty();
    }
}
