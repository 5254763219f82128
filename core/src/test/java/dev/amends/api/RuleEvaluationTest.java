package dev.amends.api;

import dev.amends.model.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;

import static dev.amends.api.Drl.FIRST_LINE;
import static dev.amends.api.Drl.HEADER;
import static dev.amends.api.Drl.advisor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RuleEvaluationTest {

    private static final Incident INCIDENT = Incidents.wrongProduct().build();

    private static RuleEvaluationException failure(RecoveryAdvisor advisor, Incident incident) {
        RuleEvaluationException e = catchThrowableOfType(RuleEvaluationException.class, () -> advisor.recommend(incident));
        assertThat(e).as("recommend() throws RuleEvaluationException").isNotNull();
        return e;
    }

    private static RecoveryAdvisor limited(int firingLimit, String rules) {
        return RecoveryAdvisor.builder().rules("loop.drl", HEADER + rules).firingLimit(firingLimit).build();
    }

    @Test
    void aConsequenceThatThrowsNamesTheRuleWhereItIsAndWhatItThrew() {
        RecoveryAdvisor advisor = advisor("""
                rule "fix"
                when Incident() then plan.step(Action.FIX, "Fix it."); end

                rule "look up the order"
                when
                    Incident()
                then
                    throw new IllegalStateException("order service unavailable");
                end
                """);

        RuleEvaluationException e = failure(advisor, INCIDENT);

        assertThat(e.rule()).isEqualTo("look up the order");
        assertThat(e.getMessage())
                .startsWith("rule \"look up the order\" (test.drl:" + (FIRST_LINE + 3) + ")")
                .contains("IllegalStateException", "order service unavailable");
        assertThat(e.getCause()).isInstanceOf(IllegalStateException.class).hasMessage("order service unavailable");
    }

    @Test
    void aConsequenceThatThrowsWithoutAMessageIsStillDescribed() {
        RecoveryAdvisor advisor = advisor("""
                rule "quiet" when Incident() then throw new UnsupportedOperationException(); end
                """);

        assertThat(failure(advisor, INCIDENT).getMessage()).contains("UnsupportedOperationException");
    }

    @Test
    void theAdvisorKeepsWorkingAfterARuleFailed() {
        RecoveryAdvisor advisor = advisor("""
                rule "fix" when Incident() then plan.step(Action.FIX, "Fix it."); end
                rule "fragile"
                when
                    Incident(severity == Severity.CRITICAL)
                then
                    throw new IllegalStateException("boom");
                end
                """);

        assertThat(failure(advisor, Incidents.wrongProduct().severity(Severity.CRITICAL).build()).rule()).isEqualTo("fragile");
        assertThat(advisor.recommend(INCIDENT).actions()).containsExactly(Action.FIX);
        assertThat(failure(advisor, Incidents.wrongProduct().severity(Severity.CRITICAL).build()).rule()).isEqualTo("fragile");
        assertThat(advisor.recommend(INCIDENT).actions()).containsExactly(Action.FIX);
    }

    @Test
    void aConditionThatThrowsNamesTheRule() {
        RecoveryAdvisor advisor = advisor("""
                rule "parse the severity"
                when
                    Incident(mistake == Mistake.OTHER || Integer.parseInt(severity.name()) > 0)
                then
                    plan.step(Action.FIX, "Fix it.");
                end
                """);

        RuleEvaluationException e = failure(advisor, INCIDENT.toBuilder().mistake(Mistake.WRONG_PRODUCT).build());

        assertThat(e.rule()).isEqualTo("parse the severity");
        assertThat(e.getMessage()).contains("test.drl:" + FIRST_LINE, "NumberFormatException", INCIDENT.severity().name());
        assertThat(advisor.recommend(INCIDENT.toBuilder().mistake(Mistake.OTHER).build()).actions()).containsExactly(Action.FIX);
    }

    @Test
    void aRuleAskingForARelativeResponseTimeIsNamed() {
        RecoveryAdvisor advisor = advisor("""
                rule "respond at first contact"
                when
                    Incident()
                then
                    plan.respondWithin(Timing.AT_FIRST_CONTACT);
                end
                """);

        RuleEvaluationException e = failure(advisor, INCIDENT);

        assertThat(e.rule()).isEqualTo("respond at first contact");
        assertThat(e.getMessage()).contains("AT_FIRST_CONTACT", "concrete timing");
        assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRuleAskingForARelativeResolutionTimeIsNamed() {
        RecoveryAdvisor advisor = advisor("""
                rule "resolve by the deadline" when Incident() then plan.resolveWithin(Timing.BY_RESOLUTION_DEADLINE); end
                """);

        assertThat(failure(advisor, INCIDENT).rule()).isEqualTo("resolve by the deadline");
    }

    @Test
    void aRulePassingNullToThePlanIsNamed() {
        RecoveryAdvisor advisor = advisor("""
                rule "no words" when Incident() then plan.step(Action.FIX, null); end
                """);

        RuleEvaluationException e = failure(advisor, INCIDENT);

        assertThat(e.rule()).isEqualTo("no words");
        assertThat(e.getMessage()).contains("wording");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aRuleThatUpdatesWhatItMatchesIsStoppedAtTheFiringLimit() {
        RecoveryAdvisor advisor = limited(50, """
                rule "fix" when Incident() then plan.step(Action.FIX, "Fix it."); insert(new Note()); end
                rule "touch what it matches"
                    no-loop false
                when
                    $n : Note()
                then
                    update($n);
                end
                declare Note end
                """);

        RuleEvaluationException e = failure(advisor, INCIDENT);

        assertThat(e.rule()).isEqualTo("touch what it matches");
        assertThat(e.getMessage()).contains("loop.drl:" + (FIRST_LINE + 1), "50", "firing limit");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void theRuleThatUpdatesIsNamedRatherThanARuleThatInsertsAFactEachTimeItMatchesAgain() {
        RecoveryAdvisor advisor = limited(100, """
                declare LeadershipInvolved end
                declare Seen end
                rule "See the incident" when Incident() then insert(new Seen()); end
                rule "Always involve leadership"
                    salience 100
                when
                    Seen()
                then
                    insert(new LeadershipInvolved());
                    insert(new LeadershipInvolved());
                end
                rule "touch what it matches"
                when
                    $s : Seen()
                then
                    update($s);
                end
                """);

        assertThat(failure(advisor, INCIDENT).rule())
                .as("each update makes the other rule insert two facts again: more changes, but not the cause")
                .isEqualTo("touch what it matches");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aRuleThatModifiesWhatItMatchesIsStoppedAtTheFiringLimit() {
        RecoveryAdvisor advisor = limited(100, """
                declare Counter
                    n : int
                end
                rule "start" when Incident() then insert(new Counter(0)); end
                rule "count forever"
                when
                    $c : Counter(n >= 0)
                then
                    modify($c) { setN($c.getN() + 1) }
                end
                """);

        assertThat(failure(advisor, INCIDENT).rule()).isEqualTo("count forever");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aRuleThatKeepsInsertingWhatItMatchesIsStoppedAtTheFiringLimit() {
        RecoveryAdvisor advisor = limited(100, """
                declare Copy end
                rule "start" when Incident() then insert(new Copy()); end
                rule "copy what it matches"
                when
                    Copy()
                then
                    insert(new Copy());
                end
                """);

        assertThat(failure(advisor, INCIDENT).rule()).isEqualTo("copy what it matches");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void twoRulesFeedingEachOtherAreStoppedAndOneOfThemIsNamed() {
        RecoveryAdvisor advisor = limited(100, """
                declare Ping n : int end
                declare Pong n : int end
                rule "start" when Incident() then insert(new Ping(0)); end
                rule "ping" when Ping($n : n) then insert(new Pong($n + 1)); end
                rule "pong" when Pong($n : n) then insert(new Ping($n + 1)); end
                """);

        assertThat(failure(advisor, INCIDENT).rule()).isIn("ping", "pong");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aRunawayRuleDoesNotStopTheNextPlan() {
        RecoveryAdvisor advisor = limited(100, """
                rule "fix" when Incident() then plan.step(Action.FIX, "Fix it."); end
                declare Critical end
                rule "mark critical" when Incident(severity == Severity.CRITICAL) then insert(new Critical()); end
                rule "loop when critical"
                when
                    $c : Critical()
                then
                    update($c);
                end
                """);

        assertThat(failure(advisor, INCIDENT.toBuilder().severity(Severity.CRITICAL).build()).rule())
                .isEqualTo("loop when critical");
        assertThat(advisor.recommend(INCIDENT).actions()).containsExactly(Action.FIX);
    }

    @Test
    void aPlanThatNeedsExactlyTheFiringLimitIsNotARunaway() {
        RecoveryAdvisor advisor = limited(3, """
                rule "a" when Incident() then plan.step(Action.TAKE_OWNERSHIP, "Own it."); end
                rule "b" when Incident() then plan.step(Action.FIX, "Fix it."); end
                rule "c" when Incident() then plan.step(Action.FOLLOW_UP, "Call again."); end
                """);

        assertThat(advisor.recommend(INCIDENT).steps()).hasSize(3);
    }

    @Test
    void aPlanThatNeedsOneFiringMoreThanTheLimitIsStopped() {
        RecoveryAdvisor advisor = limited(2, """
                rule "a" when Incident() then plan.step(Action.TAKE_OWNERSHIP, "Own it."); end
                rule "b" when Incident() then plan.step(Action.FIX, "Fix it."); end
                rule "c" when Incident() then plan.step(Action.FOLLOW_UP, "Call again."); end
                """);

        assertThat(failure(advisor, INCIDENT).getMessage()).contains("2");
    }

    @Test
    void theDefaultFiringLimitAllowsALongButFinitePlan() {
        RecoveryAdvisor advisor = advisor("""
                declare Counter n : int end
                rule "start" when Incident() then insert(new Counter(0)); end
                rule "count to 5000"
                when
                    $c : Counter(n < 5000)
                then
                    modify($c) { setN($c.getN() + 1) }
                end
                """);

        assertThat(advisor.recommend(INCIDENT).steps()).isEmpty();
    }

    @Test
    void recommendRejectsANullIncident() {
        assertThatNullPointerException().isThrownBy(() -> advisor("rule \"fix\" when Incident() then plan.step(Action.FIX, \"Fix it.\"); end").recommend(null)).withMessageContaining("incident");
    }

    @Test
    void aConditionThatWritesToThePlanIsNamed() {
        RecoveryAdvisor advisor = advisor("""
                rule "fix" when Incident() then plan.step(Action.FIX, "Fix it."); end
                rule "sneaky"
                when
                    Incident()
                    eval(plan.step(Action.FOLLOW_UP, "Call.") != null)
                then
                end
                """);

        RuleEvaluationException e = failure(advisor, INCIDENT);

        assertThat(e.rule()).isEqualTo("sneaky");
        assertThat(e.getMessage()).contains("consequence");
    }

    @Test
    void anEvalThatThrowsNamesTheRuleWhateverItsName() {
        RecoveryAdvisor advisor = advisor("""
                rule "fix" when Incident() then plan.step(Action.FIX, "Fix it."); end
                rule "Rule 2: the customer's (repeat) check"
                when
                    $i : Incident()
                    eval(Integer.parseInt($i.account().orElse("none")) > 0)
                then
                end
                """);

        RuleEvaluationException e = failure(advisor, INCIDENT);

        assertThat(e.rule()).isEqualTo("Rule 2: the customer's (repeat) check");
        assertThat(e.getMessage()).contains("test.drl:" + (FIRST_LINE + 1), "NumberFormatException");
    }
}
