package dev.amends.api;

import dev.amends.model.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;

import static dev.amends.api.Drl.HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Whatever a rule does, the request ends: in time, with a plan or with a failure naming the rule, and the advisor stays usable. */
@Timeout(60)
class BoundedEvaluationTest {

    private static final Incident INCIDENT = Incidents.wrongProduct().build();
    private static final Incident CRITICAL = Incidents.wrongProduct().severity(Severity.CRITICAL).build();

    /** A consequence that ignores interruption and halting and returns only after {@code SPIN_MILLIS}, to spare the test machine. */
    private static final long SPIN_MILLIS = 4000;
    private static final String SPIN = """
            long end = System.nanoTime() + %d * 1000000L;
            long turns = 0;
            while (System.nanoTime() < end) { turns++; }
            """.formatted(SPIN_MILLIS);

    private static RecoveryAdvisor advisor(Duration limit, String rules) {
        return RecoveryAdvisor.builder().rules("test.drl", HEADER + rules).evaluationTimeLimit(limit).build();
    }

    private static RuleEvaluationException failure(Runnable request) {
        RuleEvaluationException e = catchThrowableOfType(RuleEvaluationException.class, request::run);
        assertThat(e).as("the request throws RuleEvaluationException").isNotNull();
        return e;
    }

    @Test
    void aConsequenceThatDoesNotReturnFailsTheRequestAtTheTimeLimitNamingTheRule() {
        RecoveryAdvisor advisor = advisor(Duration.ofMillis(1000), """
                rule "fix" when Incident() then plan.step(Action.FIX, "Fix it."); end
                rule "look up forever"
                when Incident(severity == Severity.CRITICAL)
                then
                """ + SPIN + """
                end
                """);
        advisor.recommend(INCIDENT);   // the engine loaded and warm, so that the limit is spent in the rule on a busy machine
        long start = System.nanoTime();

        RuleEvaluationException e = failure(() -> advisor.recommend(CRITICAL));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("answered before the rule ended")
                .isLessThan(Duration.ofMillis(SPIN_MILLIS));
        assertThat(e.rule()).isEqualTo("look up forever");
        assertThat(e.getMessage()).startsWith("rule \"look up forever\" (test.drl:5)").contains("time limit of 1000 ms");
        assertThat(advisor.recommend(INCIDENT).actions()).as("the advisor still answers").containsExactly(Action.FIX);
    }

    @Test
    void explainIsBoundedToo() {
        RecoveryAdvisor advisor = advisor(Duration.ofMillis(200), """
                rule "look up forever"
                when Incident()
                then
                """ + SPIN + """
                end
                """);

        assertThat(failure(() -> advisor.explain(INCIDENT)).rule()).isEqualTo("look up forever");
    }

    @Test
    void aConditionThatDoesNotReturnFailsTheRequest() {
        RecoveryAdvisor advisor = advisor(Duration.ofMillis(200), """
                function boolean slowCheck() {
                    long end = System.nanoTime() + %d * 1000000L;
                    while (System.nanoTime() < end) { }
                    return true;
                }
                rule "slow condition" when Incident(slowCheck()) then plan.step(Action.FIX, "Fix it."); end
                """.formatted(SPIN_MILLIS));
        long start = System.nanoTime();

        RuleEvaluationException e = failure(() -> advisor.recommend(INCIDENT));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(SPIN_MILLIS));
        assertThat(e.getMessage()).contains("time limit of 200 ms");
    }

    @Test
    void aStackOverflowInAConsequenceNamesTheRule() {
        RecoveryAdvisor advisor = advisor(RecoveryAdvisor.DEFAULT_EVALUATION_TIME_LIMIT, """
                function int deeper(int n) { return deeper(n + 1) + 1; }
                rule "recurse" when Incident() then deeper(0); end
                """);

        RuleEvaluationException e = failure(() -> advisor.recommend(INCIDENT));

        assertThat(e.rule()).isEqualTo("recurse");
        assertThat(e.getMessage()).contains("StackOverflowError");
        assertThat(e.getCause()).isInstanceOf(StackOverflowError.class);
    }

    @Test
    void anOutOfMemoryErrorInAConsequenceNamesTheRule() {
        RecoveryAdvisor advisor = advisor(RecoveryAdvisor.DEFAULT_EVALUATION_TIME_LIMIT, """
                rule "hoard" when Incident() then long[] all = new long[Integer.MAX_VALUE - 8]; end
                """);

        RuleEvaluationException e = failure(() -> advisor.recommend(INCIDENT));

        assertThat(e.rule()).isEqualTo("hoard");
        assertThat(e.getCause()).isInstanceOf(OutOfMemoryError.class);
    }

    /** Validation refuses drools.halt() in a rule's text; a helper class of the application's can still halt. */
    @Test
    void aRuleThatHaltsTheEngineFailsTheRequestNamingIt() {
        RecoveryAdvisor advisor = advisor(RecoveryAdvisor.DEFAULT_EVALUATION_TIME_LIMIT, """
                import dev.amends.api.HostileHelpers;
                rule "stop everything" salience 10 when Incident() then HostileHelpers.stopTheEngine(kcontext); end
                rule "fix" when Incident() then plan.step(Action.FIX, "Fix it."); end
                """);

        RuleEvaluationException e = failure(() -> advisor.recommend(INCIDENT));

        assertThat(e.rule()).isEqualTo("stop everything");
        assertThat(e.getMessage()).contains("halted the engine");
    }

    /** Validation refuses deleting the incident in a rule's text; a helper class of the application's can still do it. */
    @Test
    void aRuleThatDeletesTheIncidentFailsTheRequestNamingIt() {
        RecoveryAdvisor advisor = advisor(RecoveryAdvisor.DEFAULT_EVALUATION_TIME_LIMIT, """
                import dev.amends.api.HostileHelpers;
                rule "forget it" salience 10 when $incident : Incident() then HostileHelpers.forget(kcontext, $incident); end
                rule "fix" when Incident() then plan.step(Action.FIX, "Fix it."); end
                """);

        RuleEvaluationException e = failure(() -> advisor.recommend(INCIDENT));

        assertThat(e.rule()).isEqualTo("forget it");
        assertThat(e.getMessage()).contains("deleted the incident");
    }

    @Test
    void anEvaluationTimeLimitOutsideOneMillisecondToOneHourIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RecoveryAdvisor.builder().evaluationTimeLimit(Duration.ZERO))
                .withMessageContaining("evaluationTimeLimit").withMessageContaining("1 ms");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RecoveryAdvisor.builder().evaluationTimeLimit(Duration.ofHours(2)))
                .withMessageContaining("evaluationTimeLimit");
    }
}
