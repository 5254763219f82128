package dev.amends.api;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What an analyst gets wrong in a vocabulary file, and in rules using what it declares, is named where it is written. */
class DeclaredVocabularyValidationTest {

    private static List<PlaybookProblem> problems(String vocabulary, String rules) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() ->
                RecoveryAdvisor.builder().vocabulary(vocabulary).rules("acme.drl", Drl.HEADER + rules).build());
        assertThat(thrown).isInstanceOf(PlaybookCompilationException.class);
        return ((PlaybookCompilationException) thrown).problems();
    }

    private static final String FIX = """
            rule "Fix" when Incident() then plan.step(Action.FIX, "Fix it."); end
            """;

    @Test
    void aMisspelledValueOfADeclaredFactIsNamedWithTheNearestValue() {
        List<PlaybookProblem> problems = problems(DeclaredVocabularyTest.VOCABULARY, """
                rule "Strategic"
                when
                    Facts( accountTier == AccountTier.STRATEGC )
                then
                    plan.step(Action.FIX, "Fix it.");
                end
                """);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("acme.drl");
            assertThat(p.line()).isEqualTo(Drl.FIRST_LINE + 2);
            assertThat(p.column()).isEqualTo(39);
            assertThat(p.rule()).contains("Strategic");
            assertThat(p.message()).isEqualTo("unknown value of accountTier AccountTier.STRATEGC; did you mean STRATEGIC?");
        });
    }

    @Test
    void aMisspelledDeclaredFactIsNamedWithTheNearestFact() {
        List<PlaybookProblem> problems = problems(DeclaredVocabularyTest.VOCABULARY, """
                rule "Referring" when Facts( refersPatient ) then plan.step(Action.FIX, "Fix it."); end
                """);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(Drl.FIRST_LINE);
            assertThat(p.column()).isEqualTo(30);
            assertThat(p.message()).isEqualTo("no fact \"refersPatient\" is declared; did you mean refersPatients?");
        });
    }

    @Test
    void comparingAFactOfListedValuesWithTextIsReportedBecauseItNeverMatches() {
        List<PlaybookProblem> problems = problems(DeclaredVocabularyTest.VOCABULARY, """
                rule "Key" when Facts( accountTier == "KEY" ) then plan.step(Action.FIX, "Fix it."); end
                """);

        assertThat(problems).singleElement().extracting(PlaybookProblem::message).isEqualTo(
                "this condition can never match: accountTier holds a value of AccountTier, which text never equals; write AccountTier.KEY");
    }

    @Test
    void aWholeNumberTestedInsideABandIsReportedWithItsBands() {
        List<PlaybookProblem> problems = problems(DeclaredVocabularyTest.VOCABULARY, """
                rule "Many" when Facts( unitsAffected >= 7 ) then plan.step(Action.FIX, "Fix it."); end
                """);

        assertThat(problems).singleElement().extracting(PlaybookProblem::message).isEqualTo(
                "unitsAffected >= 7 tells apart numbers of one band; a rule may test unitsAffected only where its bands "
                        + "(0, 1 to 9, 10 to 49, 50 or more) meet, such as unitsAffected >= 1, or declare another band edge in vocabulary.yaml");
    }

    @Test
    void comparisonsAtBandEdgesAreAccepted() {
        RecoveryAdvisor advisor = RecoveryAdvisor.builder().vocabulary(DeclaredVocabularyTest.VOCABULARY).rules("acme.drl", Drl.HEADER + """
                rule "Edges" when Facts( unitsAffected >= 10, unitsAffected < 50, unitsAffected > 0, unitsAffected <= 9 || unitsAffected == 0 )
                then plan.step(Action.FIX, "Fix it."); end
                """).build();

        assertThat(advisor.rules()).hasSize(1);
    }

    @Test
    void aMisspelledDeclaredActionOwnerOrAvoidItemIsNamedWithTheNearestName() {
        List<PlaybookProblem> problems = problems(DeclaredVocabularyTest.VOCABULARY, """
                rule "Loaner"
                when
                    Incident()
                then
                    plan.step("SEND_LONER_KIT", "Send one.").by("CLINICAL_SPECIALST");
                    plan.avoid("DISCUSS_PRICE", "No.");
                end
                """);

        assertThat(problems).extracting(PlaybookProblem::message).containsExactly(
                "unknown action \"SEND_LONER_KIT\"; did you mean SEND_LOANER_KIT? (declare your own in vocabulary.yaml)",
                "unknown owner \"CLINICAL_SPECIALST\"; did you mean CLINICAL_SPECIALIST? (declare your own in vocabulary.yaml)",
                "unknown thing to avoid \"DISCUSS_PRICE\"; did you mean DISCUSS_PRICING? (declare your own in vocabulary.yaml)");
        assertThat(problems).extracting(PlaybookProblem::line).containsOnly(Drl.FIRST_LINE + 4, Drl.FIRST_LINE + 5);
    }

    @Test
    void factsInAPlaybookThatDeclaresNoneAreReported() {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> Drl.advisor("""
                rule "Strategic" when Facts() then plan.step(Action.FIX, "Fix it."); end
                """));

        assertThat(((PlaybookCompilationException) thrown).problems()).singleElement().extracting(PlaybookProblem::message)
                .asString().startsWith("Facts holds the facts a folder declares in its vocabulary.yaml, and this playbook declares none");
    }

    @Test
    void anUnknownKeyInTheVocabularyIsNamedWithItsLineAndColumn() {
        List<PlaybookProblem> problems = problems("""
                facts:
                  accountTier:
                    value: [STRATEGIC, KEY]
                """, FIX);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("vocabulary.yaml");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(5);
            assertThat(p.message()).isEqualTo("unknown key \"value\" in fact accountTier; did you mean values?");
        });
    }

    @Test
    void aDeclaredActionNeedsAKnownPhase() {
        List<PlaybookProblem> problems = problems("""
                actions:
                  SEND_LOANER_KIT:
                    title: Send a loaner kit
                    phase: REMDY
                """, FIX);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).isEqualTo("unknown phase REMDY; did you mean REMEDY?");
        });
    }

    @Test
    void aDeclaredNameMayNotTakeABuiltInOne() {
        List<PlaybookProblem> problems = problems("""
                actions:
                  FIX:
                    title: Fix it our way
                    phase: REMEDY
                owners:
                  SALES_MANAGER: Our sales manager
                facts:
                  severity:
                    type: yes/no
                """, FIX);

        assertThat(problems).extracting(PlaybookProblem::message).containsExactlyInAnyOrder(
                "FIX is already a built-in action; use it as it is, or give yours another name",
                "SALES_MANAGER is already a built-in owner; use it as it is, or give yours another name",
                "severity is already a fact of every incident; give the declared fact another name");
    }

    @Test
    void aFaultyDeclarationIsReportedOnceAndNotAgainWhereRulesUseIt() {
        List<PlaybookProblem> problems = problems("""
                facts:
                  productKind:
                    values: [IMPLANT]
                  accountTier:
                    values: [STRATEGIC, KEY]
                actions:
                  SEND_LOANER_SET:
                    title: Send a loaner set
                    phase: REMDY
                """, """
                rule "Loaner"
                when
                    Facts( productKind == ProductKind.IMPLANT, accountTier == AccountTier.KEY )
                then
                    plan.step("SEND_LOANER_SET", "Send one.");
                end
                """);

        assertThat(problems).extracting(PlaybookProblem::file).containsOnly("vocabulary.yaml");
        assertThat(problems).extracting(PlaybookProblem::message).containsExactly(
                "fact productKind's values need at least two names: a fact with one value tells nothing apart (a yes/no fact is written type: yes/no)",
                "unknown phase REMDY; did you mean REMEDY?");
    }

    @Test
    void aWholeNumberNeedsIncreasingBands() {
        List<PlaybookProblem> problems = problems("""
                facts:
                  unitsAffected:
                    type: whole number
                    bands: [10, 5]
                """, FIX);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.column()).isEqualTo(17);
            assertThat(p.message()).startsWith("the bands of unitsAffected must each be greater than the one before");
        });
    }

    @Test
    void aFactWithNeitherValuesNorTypeSaysWhatItNeeds() {
        assertThat(problems("""
                facts:
                  accountTier:
                    about: How much the account is worth.
                """, FIX)).singleElement().extracting(PlaybookProblem::message).asString()
                .startsWith("fact accountTier needs its values (values: [A, B, C]) or a type");
    }

    @Test
    void invalidYamlIsReportedWhereTheParserStopped() {
        List<PlaybookProblem> problems = problems("""
                facts:
                  accountTier: [STRATEGIC
                """, FIX);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("vocabulary.yaml");
            assertThat(p.line()).isGreaterThan(0);
            assertThat(p.message()).startsWith("is not valid YAML: ");
        });
    }

    @Test
    void anEmptyVocabularyIsAProblemLikeAnEmptyRuleFile() {
        assertThat(problems("# nothing yet\n", FIX)).singleElement().extracting(PlaybookProblem::message).asString()
                .startsWith("declares nothing");
    }

    @Test
    void aNameDeclaredTwiceIsReportedWithBothPlaces() {
        assertThatThrownBy(() -> RecoveryAdvisor.builder().vocabulary("""
                owners:
                  CLINICAL_SPECIALIST: The clinical specialist
                """).vocabulary("""
                owners:
                  CLINICAL_SPECIALIST: Another one
                """).rules("a.drl", Drl.HEADER + FIX).build())
                .isInstanceOf(PlaybookCompilationException.class)
                .hasMessageContaining("CLINICAL_SPECIALIST is declared twice, here and at vocabulary.yaml:2");
    }
}
