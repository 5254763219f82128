package dev.amends.engine;

import dev.amends.model.Action;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Names reach a wording only through placeholders, so that a name is always printed as written. */
class NameUseValidationTest {

    private static List<PlaybookProblem> problems(String rules) {
        return catchThrowableOfType(PlaybookCompilationException.class,
                () -> RecoveryAdvisor.builder().rules("n.drl", Drl.HEADER + rules).build()).problems();
    }

    @Test
    void aConsequenceThatConcatenatesANameIsReportedAtTheNameWithThePlaceholderToUse() {
        String line = "    plan.step(Action.FIX, \"Call \" + $i.contact() + \" now.\");";

        List<PlaybookProblem> problems = problems("rule \"Concat\"\nwhen $i : Incident()\nthen\n" + line + "\nend\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(Drl.FIRST_LINE + 3);
            assertThat(p.column()).isEqualTo(line.indexOf("contact") + 1);
            assertThat(p.rule()).contains("Concat");
            assertThat(p.message()).isEqualTo("reads the incident's contact() in a consequence; "
                    + "write {contact} in the wording instead, so the name is filled in as written");
        });
    }

    @Test
    void aConditionThatBindsANameIsReported() {
        List<PlaybookProblem> problems = problems("""
                rule "Bound"
                when Incident( $p : product )
                then plan.step(Action.FIX, "Replace the " + $p);
                end
                """);

        assertThat(problems).singleElement().extracting(PlaybookProblem::message)
                .isEqualTo("binds the incident's product to $p; write {product} in the wording instead, so the name is filled in as written");
    }

    @Test
    void readingTheIdInAConsequenceIsReported() {
        assertThat(problems("rule \"r\" when $i : Incident() then plan.step(Action.FIX, \"Ref \" + $i.id()); end\n"))
                .singleElement().extracting(PlaybookProblem::message).asString().contains("id() in a consequence");
    }

    @Test
    void conditionsOnNamesAndOtherFactsInConsequencesAreFine() {
        RecoveryAdvisor advisor = Drl.advisor("""
                rule "Named contacts get a call"
                when $i : Incident( contact.isPresent(), $n : priorOccurrences )
                then plan.step(Action.FIX, "Call {contact}; this happened " + ($n + 1) + " times.");
                end
                """);

        assertThat(advisor.rules()).hasSize(1);
        assertThat(advisor.recommend(Incidents.wrongProduct().contact("{rep}").build()).actions()).containsExactly(Action.FIX);
    }
}
