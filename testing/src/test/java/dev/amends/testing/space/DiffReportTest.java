package dev.amends.testing.space;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How a diff report reads, on reports made by hand (no diff runs here). */
class DiffReportTest {

    private static final String FIRST = "mistake=WRONG_PRODUCT faultOwner=REP severity=LOW relationship=NEW detectedBy=REP "
            + "customerMood=CALM priorOccurrences=0";

    private static final String LONG_WORDING = "Get the right product to the customer and collect the wrong one at no cost "
            + "to them. Confirm the delivery time with logistics before you give it.";

    /** The report of one kind of change in one combination, with this change. */
    private static DiffReport report(ChangeKind kind, DiffReport.Change change) {
        DiffReport.KindSummary summary = new DiffReport.KindSummary(1, List.of(new DiffReport.Detail(change.change(), 1)),
                List.of(new DiffReport.Example(InputSpace.at(0), List.of(change))));
        return new DiffReport(InputSpace.size(), 1, Duration.ofSeconds(9), Map.of(kind, summary));
    }

    private static List<String> exampleLines(DiffReport report) {
        List<String> lines = report.describe().lines().toList();
        return lines.subList(lines.indexOf("    " + FIRST) + 1, lines.size());
    }

    @Test
    void aOneWordEditOfALongWordingShowsTheWordsAroundItBeforeAndAfter() {
        DiffReport report = report(ChangeKind.WORDING_CHANGED,
                new DiffReport.Change("FIX wording", LONG_WORDING, LONG_WORDING.replace("customer and", "customer today and")));

        assertThat(exampleLines(report)).containsExactly(
                "      FIX wording",
                "        was: \"... product to the customer and collect the wrong ...\"",
                "        now: \"... product to the customer today and collect the wrong ...\"");
    }

    @Test
    void aWordingRewrittenThroughoutIsShownWhole() {
        DiffReport report = report(ChangeKind.WORDING_CHANGED,
                new DiffReport.Change("FIX wording", LONG_WORDING, "Courier the right product today."));

        assertThat(exampleLines(report)).containsExactly(
                "      FIX wording",
                "        was: \"" + LONG_WORDING + "\"",
                "        now: \"Courier the right product today.\"");
    }

    @Test
    void anEditNearTheStartKeepsTheWholeStart() {
        assertThat(DiffReportText.aroundTheEdit(LONG_WORDING, "Send" + LONG_WORDING.substring("Get".length())))
                .as("the edit, the %d words after it, then ...", DiffReportText.CONTEXT_WORDS)
                .containsExactly("Get the right product to ...", "Send the right product to ...");
    }

    @Test
    void aMoveShowsTheStepsPlaces() {
        DiffReport report = report(ChangeKind.STEP_MOVED, new DiffReport.Change("FIX moved earlier", "step 5", "step 3"));

        assertThat(exampleLines(report)).containsExactly("      FIX moved earlier (step 5 -> step 3)");
    }

    @Test
    void aChangeWhoseNameSaysItAllIsShownByName() {
        DiffReport report = report(ChangeKind.STEP_ADDED, DiffReport.Change.named("+ OFFER_REMEDY"));

        assertThat(exampleLines(report)).containsExactly("      + OFFER_REMEDY");
    }

    @Test
    void anExamplePrintsAsItsFactsAndTheNamesOfItsChanges() {
        DiffReport.Example example = new DiffReport.Example(InputSpace.at(0), List.of(
                DiffReport.Change.named("+ OFFER_REMEDY"), new DiffReport.Change("FIX wording", "Fix it.", "Fix it today.")));

        assertThat(example).hasToString(FIRST + ": + OFFER_REMEDY, FIX wording");
    }

    @Test
    void aReportPrintsAsTheCommandLineShowsIt() {
        DiffReport report = report(ChangeKind.STEP_ADDED, DiffReport.Change.named("+ OFFER_REMEDY"));

        assertThat(report).as("toString, as describe()").hasToString("""
                Evaluated 7,741,440 combinations with both playbooks in 9.0 s.
                1 plan changed (0.0%%).

                Step added: 1 combination (0.0%%)
                  1  + OFFER_REMEDY
                  for example:
                    %s
                      + OFFER_REMEDY
                """.formatted(FIRST));
    }
}
