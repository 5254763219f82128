package dev.amends.api;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class VocabularyValidationTest {

    private static List<PlaybookProblem> problems(String rules) {
        return catchThrowableOfType(PlaybookCompilationException.class,
                () -> RecoveryAdvisor.builder().rules("v.drl", Drl.HEADER + rules).build()).problems();
    }

    @Test
    void aMisspelledActionIsReportedOnceWithASuggestionAtItsColumn() {
        String line = "then plan.step(Action.APOLOGISE, \"Sorry.\"); end";

        List<PlaybookProblem> problems = problems("rule \"r\" when Incident()\n" + line + "\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(Drl.FIRST_LINE + 1);
            assertThat(p.column()).isEqualTo(line.indexOf("APOLOGISE") + 1);
            assertThat(p.rule()).contains("r");
            assertThat(p.message()).isEqualTo("unknown action Action.APOLOGISE; did you mean APOLOGIZE?");
        });
    }

    @Test
    void aMisspelledPhaseAvoidItemOrTimingIsReportedWithASuggestion() {
        List<PlaybookProblem> problems = problems("""
                rule "r" when Incident()
                then
                    plan.avoid(Avoid.JOKING_ABOUT_IT, "no");
                    plan.step(Action.FIX, "x").within(Timing.TODAYY);
                end
                """);

        assertThat(problems).extracting(PlaybookProblem::message).containsExactly(
                "unknown avoid item Avoid.JOKING_ABOUT_IT; did you mean JOKE_ABOUT_IT?",
                "unknown timing Timing.TODAYY; did you mean TODAY?");
    }

    @Test
    void aNameWithNothingCloseListsTheAllowedValues() {
        assertThat(problems("rule \"r\" when Incident(severity == Severity.DIRE) then end\n"))
                .singleElement().extracting(PlaybookProblem::message)
                .isEqualTo("unknown severity Severity.DIRE; allowed: LOW, MEDIUM, HIGH, CRITICAL");
    }

    @Test
    void aConditionOnANegativeCountCanNeverMatch() {
        String line = "when Incident( priorOccurrences < 0 )";

        List<PlaybookProblem> problems = problems("rule \"never\"\n" + line + "\nthen plan.step(Action.FIX, \"x\"); end\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(Drl.FIRST_LINE + 1);
            assertThat(p.column()).isEqualTo(line.indexOf("priorOccurrences") + 1);
            assertThat(p.message()).isEqualTo("priorOccurrences < 0 can never match: priorOccurrences is 0 or more");
        });
    }

    @Test
    void conditionsOnCountsThatCanHoldAreFine() {
        RecoveryAdvisor advisor = Drl.advisor("""
                rule "first time" when Incident( priorOccurrences < 1 ) then plan.step(Action.FIX, "x"); end
                rule "none" when Incident( priorOccurrences <= 0 ) then plan.step(Action.FOLLOW_UP, "y"); end
                """);

        assertThat(advisor.rules()).hasSize(2);
    }

    @Test
    void aConditionOnAValueThatDoesNotExistCanNeverMatch() {
        String line = "when Incident( severity == \"SEVERE\" )";

        List<PlaybookProblem> problems = problems("rule \"never\"\n" + line + "\nthen plan.step(Action.FIX, \"x\"); end\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(Drl.FIRST_LINE + 1);
            assertThat(p.column()).isEqualTo(line.indexOf("\"SEVERE\"") + 1);
            assertThat(p.message()).isEqualTo("this condition can never match: severity has no value \"SEVERE\"; "
                    + "allowed: LOW, MEDIUM, HIGH, CRITICAL");
        });
    }

    @Test
    void aListedValueThatDoesNotExistCanNeverMatch() {
        assertThat(problems("rule \"r\" when Incident( customerMood in (\"CALM\", \"ANGY\") ) then end\n"))
                .singleElement().extracting(PlaybookProblem::message)
                .isEqualTo("this condition can never match: customerMood has no value \"ANGY\"; did you mean ANGRY?");
    }

    @Test
    void aMisspelledFactIsReportedOnceWithASuggestionAtItsColumn() {
        String line = "when Incident( severty == Severity.LOW, patientImpact == true )";

        List<PlaybookProblem> problems = problems("rule \"r\"\n" + line + "\nthen plan.step(Action.FIX, \"x\"); end\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(Drl.FIRST_LINE + 1);
            assertThat(p.column()).isEqualTo(line.indexOf("severty") + 1);
            assertThat(p.message()).isEqualTo("an incident has no fact \"severty\"; did you mean severity?");
        });
    }

    @Test
    void valuesThatExistAndNamesInCommentsOrWordingAreFine() {
        RecoveryAdvisor advisor = RecoveryAdvisor.builder().rules("v.drl", Drl.HEADER + """
                // Action.APOLOGISE in a comment is not checked
                rule "r" when Incident( severity == "HIGH", customerMood in ("CALM", "ANGRY"), repeat == false,
                                        priorOccurrences >= 0, this != null )
                then plan.step(Action.FIX, "Say Action.WHATEVER if you like."); end
                """).build();

        assertThat(advisor.rules()).hasSize(1);
    }
}
