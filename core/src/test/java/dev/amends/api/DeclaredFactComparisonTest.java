package dev.amends.api;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A yes/no fact and a whole number are tested only in the forms whose meaning is plain: anything
 * else is reported with the form allowed, where Drools would accept it and match the wrong cases.
 */
class DeclaredFactComparisonTest {

    private static final String WHOLE_NUMBER_FORM = "unitsAffected is a whole number, which a rule tests only as unitsAffected "
            + "followed by <, <=, >, >=, == or != and a whole number at its bands' edges (0, 1 to 9, 10 to 49, 50 or more), "
            + "such as unitsAffected >= 1, so that every band stays whole";

    private static List<PlaybookProblem> problems(String constraint) {
        Throwable thrown = catchThrowable(() -> advisor(constraint));
        assertThat(thrown).as(constraint).isInstanceOf(PlaybookCompilationException.class);
        return ((PlaybookCompilationException) thrown).problems();
    }

    private static RecoveryAdvisor advisor(String constraint) {
        return RecoveryAdvisor.builder().vocabulary(DeclaredVocabularyTest.VOCABULARY).rules("acme.drl", Drl.HEADER
                + "rule \"Facts\" when $p : Incident() Facts( " + constraint + " ) then plan.step(Action.FIX, \"Fix it.\"); end\n").build();
    }

    @Test
    void aYesNoFactComparedWithTextIsReportedWithTheFormsAllowed() {
        assertThat(problems("refersPatients == \"yes\"")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(Drl.FIRST_LINE);
            assertThat(p.message()).isEqualTo("refersPatients is yes or no: write Facts( refersPatients ) or Facts( !refersPatients ), "
                    + "or compare it with true or false (refersPatients == true); Drools reads text such as \"yes\" as false, "
                    + "so the rule would match the opposite case");
        });
    }

    @Test
    void aYesNoFactComparedWithANumberIsReported() {
        assertThat(problems("refersPatients == 1")).singleElement().extracting(PlaybookProblem::message).asString()
                .startsWith("refersPatients is yes or no");
    }

    @Test
    void aYesNoFactByItselfNegatedOrComparedWithTrueOrFalseIsAccepted() {
        assertThat(advisor("refersPatients").rules()).hasSize(1);
        assertThat(advisor("!refersPatients").rules()).hasSize(1);
        assertThat(advisor("refersPatients == false").rules()).hasSize(1);
        assertThat(advisor("this.refersPatients != true").rules()).hasSize(1);
    }

    @Test
    void aWholeNumberInsideArithmeticIsReported() {
        assertThat(problems("unitsAffected * 2 >= 10")).singleElement().extracting(PlaybookProblem::message).isEqualTo(WHOLE_NUMBER_FORM);
    }

    @Test
    void aWholeNumberComparedWithAnotherExpressionIsReported() {
        assertThat(problems("unitsAffected >= $p.priorOccurrences + 3")).singleElement().extracting(PlaybookProblem::message)
                .isEqualTo(WHOLE_NUMBER_FORM);
    }

    @Test
    void aWholeNumberComparedWithADecimalOrTextIsReported() {
        assertThat(problems("unitsAffected >= 1.5")).singleElement().extracting(PlaybookProblem::message).isEqualTo(WHOLE_NUMBER_FORM);
        assertThat(problems("unitsAffected == \"12\"")).singleElement().extracting(PlaybookProblem::message).isEqualTo(WHOLE_NUMBER_FORM);
    }

    @Test
    void thisDotAFactIsTheFactItself() {
        assertThat(problems("this.unitsAffected >= 7")).singleElement().extracting(PlaybookProblem::message).asString()
                .startsWith("unitsAffected >= 7 tells apart numbers of one band");
        assertThat(advisor("this.unitsAffected >= 10").rules()).hasSize(1);
    }
}
