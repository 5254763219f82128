package dev.amends.api;

import dev.amends.model.*;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static dev.amends.api.Drl.HEADER;
import static dev.amends.api.Drl.advisor;
import static org.assertj.core.api.Assertions.assertThat;

class DeterminismTest {

    /** Rules written so that each could fire in any order; {@code %d} is each rule's salience. */
    private static final List<String> RULES = List.of(
            """
            rule "own" salience %d
            when Incident() then plan.step(Action.TAKE_OWNERSHIP, "Own it, {contact}."); end
            """,
            """
            rule "thank" salience %d
            when Incident() then plan.step(Action.THANK_FOR_RAISING, "Thank you.").priority(5); end
            """,
            """
            rule "thank warmly" salience %d
            when Incident() then plan.step(Action.THANK_FOR_RAISING, "Thank you warmly.").priority(5); end
            """,
            """
            rule "fix" salience %d
            when Incident() then plan.step(Action.FIX, "Fix it.").within(Timing.BY_RESOLUTION_DEADLINE); end
            """,
            """
            rule "refund" salience %d
            when Incident(severity != Severity.LOW) then plan.step(Action.OFFER_REMEDY, "Refund it."); end
            """,
            """
            rule "fix again" salience %d
            when Incident() then plan.step(Action.FIX, "Fix it.").within(Timing.TODAY).by(Owner.SERVICE_TEAM); end
            """,
            """
            rule "follow up" salience %d
            when Incident() then plan.step(Action.FOLLOW_UP, "Call again.").within(Timing.AFTER_A_WEEK); end
            """,
            """
            rule "report" salience %d
            when Incident() then plan.step(Action.ROUTE_COMPLAINT, "Report it.").within(Timing.IMMEDIATELY); end
            """,
            """
            rule "no refund for the customer's fault" salience %d
            when Incident(faultOwner == FaultOwner.CUSTOMER) then plan.drop(Action.OFFER_REMEDY, "not ours"); end
            """,
            """
            rule "avoid b" salience %d
            when Incident() then plan.avoid(Avoid.MAKE_EXCUSES, "b"); plan.avoid(Avoid.JOKE_ABOUT_IT, "b"); end
            """,
            """
            rule "avoid a" salience %d
            when Incident() then plan.avoid(Avoid.MAKE_EXCUSES, "a"); end
            """,
            """
            rule "pace" salience %d
            when Incident() then plan.respondWithin(Timing.TODAY); plan.contactBy(Channel.PHONE); end
            """,
            """
            rule "faster" salience %d
            when Incident(severity == Severity.HIGH) then plan.respondWithin(Timing.WITHIN_AN_HOUR); plan.contactBy(Channel.EMAIL); end
            """);

    private static final List<Incident> INCIDENTS = List.of(
            Incidents.wrongProduct().build(),
            Incidents.wrongProduct().severity(dev.amends.model.Severity.HIGH).contact("Dr. Ng").build(),
            Incidents.wrongProduct().faultOwner(dev.amends.model.FaultOwner.CUSTOMER).build());

    private static String playbook(List<String> rules, List<Integer> saliences) {
        StringBuilder drl = new StringBuilder();
        for (int i = 0; i < rules.size(); i++) {
            drl.append(rules.get(i).formatted(saliences.get(i)));
        }
        return drl.toString();
    }

    private static List<RecoveryPlan> plans(RecoveryAdvisor advisor) {
        return INCIDENTS.stream().map(advisor::recommend).toList();
    }

    @Test
    void advisorsBuiltSeparatelyGiveEqualPlans() {
        String drl = playbook(RULES, Collections.nCopies(RULES.size(), 0));
        List<RecoveryPlan> first = plans(advisor(drl));

        // a fresh advisor evaluates the rules again (a second call to the same one would be answered by its cache)
        for (int i = 0; i < 4; i++) {
            assertThat(plans(advisor(drl))).as("advisor %d", i).isEqualTo(first);
        }
    }

    @Test
    void salienceNeverChangesThePlan() {
        List<Integer> none = Collections.nCopies(RULES.size(), 0);
        List<Integer> rising = IntStream.range(0, RULES.size()).map(i -> i * 10).boxed().toList();
        List<Integer> falling = IntStream.range(0, RULES.size()).map(i -> -i * 10).boxed().toList();
        List<RecoveryPlan> expected = plans(advisor(playbook(RULES, none)));

        assertThat(plans(advisor(playbook(RULES, rising)))).as("rising salience").isEqualTo(expected);
        assertThat(plans(advisor(playbook(RULES, falling)))).as("falling salience").isEqualTo(expected);
        Random random = new Random(42);
        for (int round = 0; round < 5; round++) {
            List<Integer> shuffled = new ArrayList<>(rising);
            Collections.shuffle(shuffled, random);
            assertThat(plans(advisor(playbook(RULES, shuffled)))).as("salience %s", shuffled).isEqualTo(expected);
        }
    }

    @Test
    void theOrderOfRulesAndFilesNeverChangesThePlan() {
        List<Integer> none = Collections.nCopies(RULES.size(), 0);
        List<RecoveryPlan> expected = plans(advisor(playbook(RULES, none)));
        Random random = new Random(7);
        for (int round = 0; round < 5; round++) {
            List<String> rules = new ArrayList<>(RULES);
            Collections.shuffle(rules, random);
            int split = 1 + random.nextInt(rules.size() - 1);
            RecoveryAdvisor advisor = RecoveryAdvisor.builder()
                    .rules("b.drl", HEADER + playbook(rules.subList(0, split), none))
                    .rules("a.drl", HEADER + playbook(rules.subList(split, rules.size()), none))
                    .build();

            assertThat(plans(advisor)).as("round %d", round).isEqualTo(expected);
        }
    }

    @Test
    void theExpectedPlanIsTheConversationInPhaseAndPriorityOrderThenTheRestAsItFallsDue() {
        RecoveryPlan plan = advisor(playbook(RULES, Collections.nCopies(RULES.size(), 0))).recommend(INCIDENTS.get(1));

        // the report is due at once, first contact within the hour; the fixes are due today and within a week,
        // the call a week after that
        assertThat(plan.steps()).extracting(Step::rule)
                .containsExactly("report", "thank", "thank warmly", "own", "refund", "fix again", "fix", "follow up");
        assertThat(plan.steps()).extracting(Step::stage).containsExactly(Stage.BEFORE_CONTACT, Stage.FIRST_CONTACT, Stage.FIRST_CONTACT,
                Stage.FIRST_CONTACT, Stage.FIRST_CONTACT, Stage.FOLLOW_THROUGH, Stage.FOLLOW_THROUGH, Stage.FOLLOW_THROUGH);
        assertThat(plan.avoid()).extracting(a -> a.what() + " by " + a.rule())
                .containsExactly("MAKE_EXCUSES by avoid a", "JOKE_ABOUT_IT by avoid b");
    }

    @Test
    void stepsTiedInsideAPhaseAreOrderedByRuleThenWording() {
        String rules = """
                rule "%s" salience %d
                when Incident() then plan.step(Action.FIX, "%s"); end
                """;
        RecoveryAdvisor upward = advisor(rules.formatted("b", 1, "two") + rules.formatted("a", 2, "one")
                + rules.formatted("b2", 3, "one"));
        RecoveryAdvisor downward = advisor(rules.formatted("b", 3, "two") + rules.formatted("a", 1, "one")
                + rules.formatted("b2", 2, "one"));

        assertThat(upward.recommend(INCIDENTS.get(0)).steps()).extracting(Step::rule).containsExactly("a", "b", "b2");
        assertThat(downward.recommend(INCIDENTS.get(0))).isEqualTo(upward.recommend(INCIDENTS.get(0)));
    }

    @Test
    void stepsOfOneRuleFiringTwiceAreOrderedWhateverTheFiringOrder() {
        String facts = """
                declare Note
                    text : String
                end
                rule "notes" when Incident() then insert(new Note("%s")); insert(new Note("%s")); end
                rule "say" when Note($t : text) then plan.step(Action.FOLLOW_UP, "Same words.").because($t); end
                rule "write" when Note($t : text) then plan.step(Action.FOLLOW_UP, $t); end
                """;

        RecoveryPlan ab = advisor(facts.formatted("a", "b")).recommend(INCIDENTS.get(0));
        RecoveryPlan ba = advisor(facts.formatted("b", "a")).recommend(INCIDENTS.get(0));

        assertThat(ab).isEqualTo(ba);
        assertThat(ab.steps()).extracting(s -> s.rule() + ":" + s.wording() + ":" + s.why())
                .containsExactly("say:Same words.:a", "say:Same words.:b", "write:a:", "write:b:");
    }

    @Test
    void anAvoidanceGivenTwiceByOneRuleKeepsTheSameReasonWhateverTheFiringOrder() {
        String facts = """
                declare Note
                    text : String
                end
                rule "notes" when Incident() then insert(new Note("%s")); insert(new Note("%s")); end
                rule "warn" when Note($t : text) then plan.avoid(Avoid.OVERPROMISE, $t); end
                """;

        RecoveryPlan ab = advisor(facts.formatted("a", "b")).recommend(INCIDENTS.get(0));
        RecoveryPlan ba = advisor(facts.formatted("b", "a")).recommend(INCIDENTS.get(0));

        assertThat(ab.avoid()).isEqualTo(ba.avoid());
        assertThat(ab.avoid()).singleElement().satisfies(a -> {
            assertThat(a.what()).isEqualTo(Avoid.OVERPROMISE);
            assertThat(a.why()).isEqualTo("a");
        });
    }

    @Test
    void aDropWinsWhetherItFiresBeforeOrAfterTheStep() {
        String rules = """
                rule "refund" salience %d when Incident() then plan.step(Action.OFFER_REMEDY, "Refund."); end
                rule "no refund" salience %d when Incident() then plan.drop(Action.OFFER_REMEDY, "no"); end
                rule "fix" when Incident() then plan.step(Action.FIX, "Fix."); end
                """;

        assertThat(advisor(rules.formatted(10, -10)).recommend(INCIDENTS.get(0)).actions()).containsExactly(Action.FIX);
        assertThat(advisor(rules.formatted(-10, 10)).recommend(INCIDENTS.get(0)).actions()).containsExactly(Action.FIX);
    }
}
