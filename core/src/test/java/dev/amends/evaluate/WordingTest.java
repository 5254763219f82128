package dev.amends.evaluate;

import dev.amends.api.PlaybookCompilationException;
import dev.amends.api.PlaybookProblem;
import dev.amends.api.RecoveryAdvisor;
import dev.amends.api.RuleEvaluationException;
import dev.amends.api.Incidents;
import dev.amends.model.*;
import dev.amends.api.RecoveryPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static dev.amends.api.Drl.FIRST_LINE;
import static dev.amends.api.Drl.HEADER;
import static dev.amends.api.Drl.advisor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class WordingTest {

    private static final RecoveryAdvisor GREETER = advisor("""
            rule "greet"
            when
                Incident()
            then
                plan.step(Action.TAKE_OWNERSHIP, "{contact}, this is {rep}. The {product} sent to {account} was wrong.");
            end
            """);

    private static String greeting(Incident incident) {
        return GREETER.recommend(incident).step(Action.TAKE_OWNERSHIP).orElseThrow().wording();
    }

    private static PlaybookProblem onlyProblem(String rules) {
        PlaybookCompilationException e = catchThrowableOfType(PlaybookCompilationException.class,
                () -> RecoveryAdvisor.builder().rules("wording.drl", HEADER + rules).build());
        assertThat(e).as("build() rejects the playbook").isNotNull();
        assertThat(e.problems()).as("problems").hasSize(1);
        return e.problems().get(0);
    }

    @Test
    void fillsEveryPlaceholderFromTheIncident() {
        Incident incident = Incidents.wrongProduct()
                .contact("Dr. Okafor").rep("Sam").product("FlowSure catheter").account("St. Mary's").build();

        assertThat(greeting(incident))
                .isEqualTo("Dr. Okafor, this is Sam. The FlowSure catheter sent to St. Mary's was wrong.");
    }

    @Test
    void anItemIsTheProductWithoutItsLotSerialOrNotes() {
        RecoveryAdvisor advisor = advisor("""
                rule "hold" when Incident() then plan.step(Action.QUARANTINE_PRODUCT, "Keep the {item} out of use."); end
                """);
        java.util.function.Function<String, String> said = product -> advisor.recommend(Incidents.wrongProduct().product(product).build())
                .step(Action.QUARANTINE_PRODUCT).orElseThrow().wording();

        assertThat(said.apply("glucose strips, lot GS-5521 (falsely high readings)")).isEqualTo("Keep the glucose strips out of use.");
        assertThat(said.apply("3.5 mm screws (box labelled 4.5 mm)")).isEqualTo("Keep the 3.5 mm screws out of use.");
        assertThat(said.apply("shaver handpiece")).isEqualTo("Keep the shaver handpiece out of use.");
        assertThat(said.apply("(unlabelled)")).isEqualTo("Keep the product out of use.");
    }

    @Test
    void missingNamesGetTheirFallbacks() {
        assertThat(greeting(Incidents.wrongProduct().build()))
                .isEqualTo("your contact, this is your sales representative. The product sent to your practice was wrong.")
                .doesNotContain("{", "}");
    }

    @Test
    void blankNamesGetTheFallbacksToo() {
        assertThat(greeting(Incidents.wrongProduct().contact("  ").rep("").build()))
                .startsWith("your contact, this is your sales representative.");
    }

    private static String said(String wording, Incident incident) {
        return advisor("rule \"say\" when Incident() then plan.step(Action.TAKE_OWNERSHIP, \"" + wording + "\"); end\n")
                .recommend(incident).step(Action.TAKE_OWNERSHIP).orElseThrow().wording();
    }

    @Test
    void theSalutationIsTheOneTheIncidentGives() {
        Incident incident = Incidents.wrongProduct().contact("Linda Fraser").salutation("Linda").build();

        assertThat(said("Thank you, {salutation}.", incident)).isEqualTo("Thank you, Linda.");
    }

    @Test
    void aContactNamedWithATitleIsAddressedByTitleAndLastName() {
        assertThat(said("Thank you, {salutation}.", Incidents.wrongProduct().contact("Dr. Amara Osei").build()))
                .isEqualTo("Thank you, Dr. Osei.");
        assertThat(said("Thank you, {salutation}.", Incidents.wrongProduct().contact("MS Linda Fraser").build()))
                .as("the title is capitalised and given its full stop").isEqualTo("Thank you, Ms. Fraser.");
    }

    @Test
    void aGivenSalutationWinsOverTheTitledContactName() {
        Incident incident = Incidents.wrongProduct().contact("Dr. Amara Osei").salutation("Amara").build();

        assertThat(said("Thank you, {salutation}.", incident)).isEqualTo("Thank you, Amara.");
    }

    @Test
    void withNothingToAddressTheContactByTheSalutationIsLeftOutWithItsComma() {
        assertThat(said("Thank you, {salutation}.", Incidents.wrongProduct().build())).isEqualTo("Thank you.");
        assertThat(said("Thank you, {salutation}.", Incidents.wrongProduct().contact("Linda Fraser").build()))
                .as("a contact named without a title").isEqualTo("Thank you.");
    }

    @Test
    void theRoleIsTheContactsRoleOrAPlainFallback() {
        assertThat(said("As {role} you should hear it first.", Incidents.wrongProduct().contactRole("OR nurse manager").build()))
                .isEqualTo("As OR nurse manager you should hear it first.");
        assertThat(said("As {role} you should hear it first.", Incidents.wrongProduct().build()))
                .isEqualTo("As contact you should hear it first.");
    }

    @Test
    void theImpactIsWhatARuleSaidTheMistakeDid() {
        RecoveryAdvisor advisor = advisor("""
                rule "impact" when Incident() then plan.impact("the wrong size arriving before surgery"); end
                rule "sorry" when Incident() then plan.step(Action.EXPRESS_REGRET, "I'm sorry about {impact}."); end
                """);

        assertThat(advisor.recommend(Incidents.wrongProduct().build()).step(Action.EXPRESS_REGRET).orElseThrow().wording())
                .isEqualTo("I'm sorry about the wrong size arriving before surgery.");
    }

    @Test
    void whenTwoRulesDescribeTheImpactTheRuleWhoseNameSortsFirstWinsWhateverTheFiringOrder() {
        String rules = """
                rule "b impact" salience %d when Incident() then plan.impact("a late delivery"); end
                rule "a impact" salience %d when Incident() then plan.impact("a cancelled procedure"); end
                rule "sorry" when Incident() then plan.step(Action.EXPRESS_REGRET, "I'm sorry about {impact}."); end
                """;

        for (String drl : List.of(rules.formatted(10, -10), rules.formatted(-10, 10))) {
            assertThat(advisor(drl).recommend(Incidents.wrongProduct().build()).step(Action.EXPRESS_REGRET).orElseThrow().wording())
                    .isEqualTo("I'm sorry about a cancelled procedure.");
        }
    }

    @Test
    void withoutAnImpactTheWordingSaysWhatHappened() {
        assertThat(said("I'm sorry about {impact}.", Incidents.wrongProduct().build())).isEqualTo("I'm sorry about what happened.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{rep}", "@{System.exit(1)}", "${contact}", "{contact}", "$1 \\\\ $2", "{account}{product}", "#{1+1}"})
    void aNameIsPrintedExactlyAsWritten(String name) {
        Incident incident = Incidents.wrongProduct().contact(name).rep("Sam").account("Acme").product("stent").build();

        assertThat(greeting(incident)).isEqualTo(name + ", this is Sam. The stent sent to Acme was wrong.");
    }

    @Test
    void aPlaceholderUsedTwiceIsFilledTwice() {
        RecoveryAdvisor advisor = advisor("""
                rule "twice" when Incident() then plan.step(Action.FIX, "{contact}, {contact}!"); end
                """);

        assertThat(advisor.recommend(Incidents.wrongProduct().contact("Ana").build()).steps().get(0).wording())
                .isEqualTo("Ana, Ana!");
    }

    @Test
    void aPlaceholderBesideOtherBracesIsStillFilled() {
        assertThat(Wording.fill("{{contact}} {contact", Incidents.wrongProduct().contact("Ana").build()))
                .isEqualTo("{Ana} {contact");
    }

    @Test
    void bracesThatAreNotPlaceholdersAreLeftAlone() {
        assertThat(Wording.fill("{ contact } {} {1} {Contact-x", Incidents.wrongProduct().build()))
                .isEqualTo("{ contact } {} {1} {Contact-x");
    }

    @Test
    void theReasonsOfStepsAndAvoidancesAreFilledToo() {
        RecoveryAdvisor advisor = advisor("""
                rule "why"
                when
                    Incident()
                then
                    plan.step(Action.FIX, "Fix it.").because("{contact} is waiting for the {product}.");
                    plan.avoid(Avoid.MINIMIZE_IT, "{contact} lost a day.");
                end
                """);

        RecoveryPlan plan = advisor.recommend(Incidents.wrongProduct().contact("Dr. Ng").build());

        assertThat(plan.step(Action.FIX).orElseThrow().why()).isEqualTo("Dr. Ng is waiting for the product.");
        assertThat(plan.avoid()).singleElement().satisfies(a -> {
            assertThat(a.what()).isEqualTo(Avoid.MINIMIZE_IT);
            assertThat(a.why()).isEqualTo("Dr. Ng lost a day.");
        });
    }

    @Test
    void anUnknownPlaceholderIsACompilationProblemAtItsPlace() {
        PlaybookProblem problem = onlyProblem("""
                rule "greet the customer"
                when
                    Incident()
                then
                    plan.step(Action.FIX, "Dear {customer}, sorry.");
                end
                """);

        assertThat(problem.file()).isEqualTo("wording.drl");
        assertThat(problem.line()).as("line").isEqualTo(FIRST_LINE + 4);
        assertThat(problem.column()).as("column of the placeholder")
                .isEqualTo("    plan.step(Action.FIX, \"Dear {customer}, sorry.\");".indexOf("{customer}") + 1);
        assertThat(problem.rule()).contains("greet the customer");
        assertThat(problem.message()).contains("{customer}", "{contact}", "{rep}", "{account}", "{product}");
    }

    @Test
    void anUnknownPlaceholderInAOneLineRuleIsFound() {
        PlaybookProblem problem = onlyProblem("""
                rule "short" when Incident() then plan.step(Action.FIX, "Hi {customer}"); end
                """);

        assertThat(problem.line()).isEqualTo(FIRST_LINE);
        assertThat(problem.column()).isEqualTo(
                "rule \"short\" when Incident() then plan.step(Action.FIX, \"Hi {customer}\"); end".indexOf("{customer}") + 1);
        assertThat(problem.rule()).contains("short");
    }

    @Test
    void anUnknownPlaceholderOnTheThenLineIsFound() {
        PlaybookProblem problem = onlyProblem("""
                rule "then line"
                when Incident()
                then plan.step(Action.FIX, "Hi {customer}");
                end
                """);

        assertThat(problem.line()).isEqualTo(FIRST_LINE + 2);
        assertThat(problem.rule()).contains("then line");
    }

    @Test
    void anUnknownPlaceholderAfterEscapedQuotesIsLocatedExactly() {
        String line = "    plan.step(Action.FIX, \"Say \\\"thank you\\\", {customer}.\");";
        PlaybookProblem problem = onlyProblem("""
                rule "quotes"
                when
                    Incident()
                then
                %s
                end
                """.formatted(line));

        assertThat(problem.line()).isEqualTo(FIRST_LINE + 4);
        assertThat(problem.column()).isEqualTo(line.indexOf("{customer}") + 1);
    }

    @Test
    void anUnknownPlaceholderInAReasonIsFound() {
        PlaybookProblem problem = onlyProblem("""
                rule "reason"
                when
                    Incident()
                then
                    plan.step(Action.FIX, "Fix it.")
                        .because("{customer} waits");
                end
                """);

        assertThat(problem.line()).isEqualTo(FIRST_LINE + 5);
    }

    @Test
    void everyUnknownPlaceholderIsReported() {
        PlaybookCompilationException e = catchThrowableOfType(PlaybookCompilationException.class, () -> advisor("""
                rule "one" when Incident() then plan.step(Action.FIX, "{customer} and {client}"); end
                rule "two" when Incident() then plan.step(Action.FOLLOW_UP, "{doctor}"); end
                """));

        assertThat(e.problems()).extracting(PlaybookProblem::line).containsExactly(FIRST_LINE, FIRST_LINE, FIRST_LINE + 1);
        assertThat(e.problems()).extracting(p -> p.rule().orElseThrow()).containsExactly("one", "one", "two");
    }

    @Test
    void aPlaceholderOnlyInACommentIsNotAnError() {
        RecoveryAdvisor advisor = advisor("""
                // {customer} is not a placeholder here
                /* nor {customer} here,
                   "{customer}" nor here */
                rule "commented"
                when
                    Incident() // {customer}
                then
                    // plan.step(Action.FIX, "{customer}");
                    /* plan.step(Action.FIX, "{customer}");
                       plan.step(Action.FIX, "{customer}"); */
                    plan.step(Action.FIX, "Fix it for {contact}."); /* "{customer}" */ // "{customer}"
                end
                """);

        assertThat(advisor.recommend(Incidents.wrongProduct().contact("Ana").build()).steps())
                .singleElement().extracting(s -> s.wording()).isEqualTo("Fix it for Ana.");
    }

    @Test
    void aStringThatIsNotAWordingMayHoldBraces() {
        RecoveryAdvisor advisor = advisor("""
                rule "conditions"
                when
                    Incident(String.valueOf(mistake) != "{customer}")
                then
                    plan.step(Action.FIX, "Done.");
                end
                """);

        assertThat(advisor.recommend(Incidents.wrongProduct().build()).actions()).containsExactly(Action.FIX);
    }

    @Test
    void aCommentMarkerInsideAStringDoesNotHideAPlaceholder() {
        PlaybookProblem problem = onlyProblem("""
                rule "url" when Incident() then plan.step(Action.FIX, "See http://example.com /* {customer} */"); end
                """);

        assertThat(problem.message()).contains("{customer}");
    }

    @Test
    void anUnknownPlaceholderBuiltAtRunTimeNamesTheRule() {
        RecoveryAdvisor advisor = advisor("""
                rule "built"
                when
                    Incident()
                then
                    String name = "cust" + "omer";
                    plan.step(Action.FIX, "Hi {" + name + "}");
                end
                """);

        RuleEvaluationException e = catchThrowableOfType(RuleEvaluationException.class,
                () -> advisor.recommend(Incidents.wrongProduct().build()));

        assertThat(e).isNotNull();
        assertThat(e.rule()).isEqualTo("built");
        assertThat(e.getMessage()).contains("{customer}");
    }
}
