package dev.amends.api;

import dev.amends.model.Action;
import dev.amends.model.Incident;
import dev.amends.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.amends.api.Drl.HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Requests reuse Drools sessions (a pool that resets a session when it is given back): nothing of one
 * request reaches the next, whether it ended with a plan or with a failing rule, and a rule of nothing
 * but a {@code not} pattern fires again as in a new session (deleting the facts of a request instead of
 * the reset leaves that rule's match as fired, and was refused for it). Pins the reset that Drools'
 * session pool does, so that a Drools upgrade that changed it fails here.
 */
class SessionReuseTest {

    /** Each request inserts a fact of its own; a fact left from an earlier request would show as a second one. */
    private static final String COUNTS_WHAT_IT_SEES = """
            declare Seen
                severity : Severity
            end
            rule "remember the incident" salience 10
            when Incident( $severity : severity )
            then insert(new Seen($severity));
            end
            rule "one incident seen"
            when Number( intValue == 1 ) from accumulate( Seen(), count(1) )
            then plan.step(Action.FIX, "Fix it.");
            end
            rule "more than one incident seen"
            when Number( intValue > 1 ) from accumulate( Seen(), count(1) )
            then plan.step(Action.ESCALATE_TO_LEADERSHIP, "Something of another request is still here.");
            end
            """;

    private static RecoveryAdvisor advisor(String more) {
        return RecoveryAdvisor.builder().rules("test.drl", HEADER + COUNTS_WHAT_IT_SEES + more).build();
    }

    private static Incident withSeverity(Severity severity) {
        return Incidents.wrongProduct().severity(severity).build();
    }

    @Test
    void aRequestSeesNoFactOfTheRequestsBeforeIt() {
        RecoveryAdvisor advisor = advisor("");

        for (Severity severity : Severity.values()) {
            assertThat(advisor.recommend(withSeverity(severity)).actions()).as(severity.name()).containsExactly(Action.FIX);
        }
    }

    @Test
    void aRequestAfterARuleThrewStartsClean() {
        RecoveryAdvisor advisor = advisor("""
                rule "fails on a critical incident"
                when Incident( severity == Severity.CRITICAL )
                then throw new IllegalStateException("no plan for this one");
                end
                """);

        assertThatThrownBy(() -> advisor.recommend(withSeverity(Severity.CRITICAL))).isInstanceOf(RuleEvaluationException.class);

        assertThat(advisor.recommend(withSeverity(Severity.LOW)).actions()).containsExactly(Action.FIX);
    }

    @Test
    void aRequestAfterAnExplainStartsClean() {
        RecoveryAdvisor advisor = advisor("");

        advisor.explain(withSeverity(Severity.HIGH));

        assertThat(advisor.explain(withSeverity(Severity.MEDIUM)).firings()).extracting(Explanation.Firing::rule)
                .extracting(PlaybookRule::name).containsExactlyInAnyOrder("remember the incident", "one incident seen");
    }

    @Test
    void aRuleOfNothingButANotPatternStillFiresOnTheNextRequest() {
        RecoveryAdvisor advisor = advisor("""
                declare Escalated
                end
                rule "nothing escalated yet" salience -10
                when not Escalated()
                then plan.step(Action.SEE_CUSTOMER_VIEW, "Think first.");
                end
                rule "escalate a critical one"
                when Incident( severity == Severity.CRITICAL )
                then insert(new Escalated());
                     plan.step(Action.ESCALATE_TO_LEADERSHIP, "Tell leadership.");
                end
                """);

        assertThat(advisor.recommend(withSeverity(Severity.CRITICAL)).actions()).doesNotContain(Action.SEE_CUSTOMER_VIEW);
        for (Severity severity : List.of(Severity.LOW, Severity.MEDIUM, Severity.HIGH)) {
            assertThat(advisor.recommend(withSeverity(severity)).actions()).as(severity.name())
                    .containsExactlyInAnyOrder(Action.FIX, Action.SEE_CUSTOMER_VIEW);
        }
    }
}
