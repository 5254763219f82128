package dev.amends.testing.space;

import dev.amends.api.RecoveryAdvisor;
import dev.amends.model.Action;
import dev.amends.model.Channel;
import dev.amends.model.Owner;
import dev.amends.model.Stage;
import dev.amends.api.Step;
import dev.amends.model.Timing;
import dev.amends.model.FaultOwner;
import dev.amends.api.RecoveryPlan;
import dev.amends.model.Severity;
import dev.amends.testing.SmallPlaybook;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PlaybookDiffTest {

    private static final RecoveryAdvisor BEFORE = SmallPlaybook.advisor();

    private static Map<ChangeKind, List<String>> changes(String extraRules, FaultOwner faultOwner, Severity severity) {
        RecoveryAdvisor after = SmallPlaybook.advisor(extraRules);
        var incident = SmallPlaybook.incident().faultOwner(faultOwner).severity(severity).build();
        return names(PlaybookDiff.changes(BEFORE.recommend(incident), after.recommend(incident)));
    }

    /** The changes by kind, each by its name alone. */
    private static Map<ChangeKind, List<String>> names(Map<ChangeKind, List<DiffReport.Change>> changes) {
        Map<ChangeKind, List<String>> names = new EnumMap<>(ChangeKind.class);
        changes.forEach((kind, list) -> names.put(kind, list.stream().map(DiffReport.Change::change).toList()));
        return names;
    }

    @Test
    void theSamePlanHasNoChanges() {
        RecoveryPlan plan = BEFORE.recommend(SmallPlaybook.incident().build());

        assertThat(PlaybookDiff.changes(plan, plan)).isEmpty();
    }

    @Test
    void anAddedStepIsReported() {
        assertThat(changes("""
                rule "remedy" when Incident() then plan.step(Action.OFFER_REMEDY, "Credit."); end
                """, FaultOwner.REP, Severity.LOW)).containsOnly(Map.entry(ChangeKind.STEP_ADDED, List.of("+ OFFER_REMEDY")));
    }

    @Test
    void aDroppedStepIsReportedAsRemoved() {
        assertThat(changes("""
                rule "no apology" when Incident() then plan.drop(Action.APOLOGIZE, "test"); end
                """, FaultOwner.REP, Severity.LOW)).containsOnly(Map.entry(ChangeKind.STEP_REMOVED, List.of("- APOLOGIZE")));
    }

    private static RecoveryPlan plan(Step... steps) {
        return new HandPlan.Plan(SmallPlaybook.incident().build(), List.of(steps), List.of(), Timing.TODAY, Channel.PHONE);
    }

    private static Step step(int order, Action action, String wording) {
        return new HandPlan.HandStep(order, Stage.FIRST_CONTACT, action.phase(), action, wording, Timing.TODAY, Owner.REP, "rule", "why");
    }

    @Test
    void aReorderedStepIsReportedAsMoved() {
        RecoveryPlan before = plan(step(1, Action.THANK_FOR_RAISING, "a"), step(2, Action.TAKE_OWNERSHIP, "b"));
        RecoveryPlan after = plan(step(1, Action.TAKE_OWNERSHIP, "b"), step(2, Action.THANK_FOR_RAISING, "a"));

        assertThat(names(PlaybookDiff.changes(before, after))).containsOnly(Map.entry(ChangeKind.STEP_MOVED,
                List.of("TAKE_OWNERSHIP moved earlier", "THANK_FOR_RAISING moved later")));
    }

    @Test
    void aSecondStepForTheSameActionIsAnAdditionNotAMove() {
        RecoveryPlan before = plan(step(1, Action.FIX, "a"), step(2, Action.OFFER_REMEDY, "b"), step(3, Action.FOLLOW_UP, "c"));
        RecoveryPlan after = plan(step(1, Action.FIX, "a"), step(2, Action.OFFER_REMEDY, "b"),
                step(3, Action.OFFER_REMEDY, "b2"), step(4, Action.FOLLOW_UP, "c"));

        assertThat(names(PlaybookDiff.changes(before, after))).containsOnly(Map.entry(ChangeKind.STEP_ADDED, List.of("+ OFFER_REMEDY")));
        assertThat(names(PlaybookDiff.changes(after, before))).containsOnly(Map.entry(ChangeKind.STEP_REMOVED, List.of("- OFFER_REMEDY")));
    }

    @Test
    void newWordsAreReportedAsAWordingChange() {
        RecoveryPlan before = plan(step(1, Action.FIX, "Fix it."));
        RecoveryPlan after = plan(step(1, Action.FIX, "Fix it today."));

        assertThat(names(PlaybookDiff.changes(before, after))).containsOnly(Map.entry(ChangeKind.WORDING_CHANGED, List.of("FIX wording")));
    }

    @Test
    void aWordingChangeKeepsTheTextBeforeAndAfter() {
        RecoveryPlan before = plan(step(1, Action.FIX, "Fix it."));
        RecoveryPlan after = plan(step(1, Action.FIX, "Fix it today."));

        assertThat(PlaybookDiff.changes(before, after)).containsOnly(Map.entry(ChangeKind.WORDING_CHANGED,
                List.of(new DiffReport.Change("FIX wording", "Fix it.", "Fix it today."))));
    }

    @Test
    void aMoveKeepsTheStepsPlacesBeforeAndAfter() {
        RecoveryPlan before = plan(step(1, Action.THANK_FOR_RAISING, "a"), step(2, Action.TAKE_OWNERSHIP, "b"));
        RecoveryPlan after = plan(step(1, Action.TAKE_OWNERSHIP, "b"), step(2, Action.THANK_FOR_RAISING, "a"));

        assertThat(PlaybookDiff.changes(before, after).get(ChangeKind.STEP_MOVED)).containsExactly(
                new DiffReport.Change("TAKE_OWNERSHIP moved earlier", "step 2", "step 1"),
                new DiffReport.Change("THANK_FOR_RAISING moved later", "step 1", "step 2"));
    }

    @Test
    void anAddedStepIsNamedWithNothingBeforeOrAfter() {
        RecoveryPlan before = plan(step(1, Action.FIX, "a"));
        RecoveryPlan after = plan(step(1, Action.FIX, "a"), step(2, Action.FOLLOW_UP, "b"));

        assertThat(PlaybookDiff.changes(before, after).get(ChangeKind.STEP_ADDED))
                .containsExactly(new DiffReport.Change("+ FOLLOW_UP", "", ""));
    }

    @Test
    void newWindowsAreReportedAsPaceAndTimingChanges() {
        Map<ChangeKind, List<String>> changes = changes("""
                rule "pace" when Incident() then plan.respondWithin(Timing.WITHIN_AN_HOUR); plan.contactBy(Channel.PHONE); end
                """, FaultOwner.COMPANY, Severity.LOW);

        assertThat(changes.get(ChangeKind.PACE_CHANGED)).containsExactly(
                "respond WITHIN_A_BUSINESS_DAY -> WITHIN_AN_HOUR", "channel EMAIL -> PHONE");
        assertThat(changes.get(ChangeKind.STEP_DETAILS_CHANGED)).containsExactly(
                "TAKE_OWNERSHIP timing WITHIN_A_BUSINESS_DAY -> WITHIN_AN_HOUR",
                "FIX timing WITHIN_A_BUSINESS_DAY -> WITHIN_AN_HOUR");
    }

    @Test
    void aNewAvoidItemIsReported() {
        assertThat(changes("""
                rule "no excuses" when Incident() then plan.avoid(Avoid.MAKE_EXCUSES, "x"); end
                """, FaultOwner.COMPANY, Severity.LOW)).containsOnly(Map.entry(ChangeKind.AVOID_CHANGED, List.of("+ avoid MAKE_EXCUSES")));
    }

    @Test
    void theWholeSpaceDiffCountsChangedCombinationsByKindWithExamples() {
        RecoveryAdvisor after = SmallPlaybook.advisor("""
                rule "remedy when serious" when Incident(severity == Severity.HIGH)
                then plan.step(Action.OFFER_REMEDY, "Credit."); end
                """);

        DiffReport report = PlaybookDiff.compare(BEFORE, after);

        assertThat(report.combinations()).isEqualTo(InputSpace.size());
        assertThat(report.changed()).isEqualTo(InputSpace.size() / 4);
        assertThat(report.kinds()).containsOnlyKeys(ChangeKind.STEP_ADDED);
        DiffReport.KindSummary added = report.kinds().get(ChangeKind.STEP_ADDED);
        assertThat(added.details()).containsExactly(new DiffReport.Detail("+ OFFER_REMEDY", InputSpace.size() / 4));
        assertThat(added.examples()).hasSize(PlaybookDiff.EXAMPLES_PER_KIND)
                .allSatisfy(e -> assertThat(e.incident().severity()).isEqualTo(Severity.HIGH));
        assertThat(added.examples()).as("examples spread over the space, not its first corner")
                .extracting(e -> e.incident().mistake()).doesNotHaveDuplicates();
    }
}
