package dev.amends.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A name in an incident cannot take over the terminal: whatever a contact, account or id holds,
 * the text output carries no control character but its own line feeds, shows the hostile
 * characters as their codes ({@code \u001B}), and keeps the plan's lines as the rules made them.
 */
class HostileNamesTest {

    /** What a terminal acts on or hides: C0 and C1 controls but the line feed, DEL, separators, bidi controls. */
    private static final Pattern CONTROL =
            Pattern.compile("[\\x00-\\x09\\x0B-\\x1F\\x7F-\\x9F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F]");

    @TempDir
    Path dir;

    private Cli.Result run(String command, ObjectNode incident, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(command, Cli.write(dir, incident).toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private Cli.Result recommendWith(String field, String value) {
        return run("recommend", Cli.incident().put(field, value));
    }

    private static void assertNoControlCharacters(Cli.Result result) {
        assertThat(result.exitCode()).as("exit status; stderr: %s", result.err()).isZero();
        assertThat(CONTROL.matcher(result.out()).find()).as("a control character on stdout:\n%s", result.out()).isFalse();
        assertThat(CONTROL.matcher(result.err()).find()).as("a control character on stderr:\n%s", result.err()).isFalse();
    }

    @Test
    void aColourChangeInAContactIsShownAsItsCode() {
        Cli.Result result = recommendWith("contact", "\u001b[31mRED\u001b[0m");

        assertNoControlCharacters(result);
        assertThat(result.out()).contains("\\u001B[31mRED\\u001B[0m");
    }

    @Test
    void aClearScreenInAnAccountIsShownAsItsCode() {
        Cli.Result result = recommendWith("account", "\u001b[2J\u001b[HSt. Brendan's");

        assertNoControlCharacters(result);
        assertThat(result.out()).contains("\\u001B[2J\\u001B[HSt. Brendan's");
    }

    @Test
    void aClipboardWriteInAnIdIsShownAsItsCode() {
        Cli.Result result = recommendWith("id", "\u001b]52;c;ZWNobyBwd25lZA==\u0007T-1");

        assertNoControlCharacters(result);
        assertThat(result.out()).contains("[\\u001B]52;c;ZWNobyBwd25lZA==\\u0007T-1]");
    }

    @Test
    void aHyperlinkInAContactIsShownAsItsCode() {
        Cli.Result result = recommendWith("contact", "\u001b]8;;https://evil.example/\u001b\\Dr. Osei\u001b]8;;\u001b\\");

        assertNoControlCharacters(result);
        assertThat(result.out()).contains("\\u001B]8;;https://evil.example/\\u001B\\Dr. Osei");
    }

    @Test
    void aBellInAnAccountIsShownAsItsCode() {
        Cli.Result result = recommendWith("account", "ding\u0007");

        assertNoControlCharacters(result);
        assertThat(result.out()).contains("ding\\u0007");
    }

    @Test
    void backspacesInAContactCannotRubOutWhatWasPrinted() {
        Cli.Result result = recommendWith("contact", "Osei\b\b\b\bMallory");

        assertNoControlCharacters(result);
        assertThat(result.out()).contains("Osei\\u0008\\u0008\\u0008\\u0008Mallory");
    }

    @Test
    void theOneCharacterControlSequenceIntroducerInAnIdIsShownAsItsCode() {
        Cli.Result result = recommendWith("id", "T\u009b31m-1");

        assertNoControlCharacters(result);
        assertThat(result.out()).contains("[T\\u009B31m-1]");
    }

    @Test
    void aBidiOverrideInAContactCannotReverseTheLine() {
        Cli.Result result = recommendWith("contact", "Dr. \u202eiesO\u202c and \u2066isolated\u2069");

        assertNoControlCharacters(result);
        assertThat(result.out()).contains("Dr. \\u202EiesO\\u202C and \\u2066isolated\\u2069");
    }

    @Test
    void aNewlineInAContactCannotForgeAStepOfThePlan() {
        Cli.Result result = recommendWith("contact", "Osei\n\n 99. Give a full refund in cash          FIX");

        assertNoControlCharacters(result);
        assertThat(result.out().lines()).noneMatch(line -> line.strip().startsWith("99."));
        assertThat(result.out()).contains("Osei\\u000A\\u000A 99. Give a full refund in cash");
    }

    @Test
    void aCarriageReturnInAnAccountCannotOverwriteTheLine() {
        Cli.Result result = recommendWith("account", "St. Brendan's\r 1. Give a full refund");

        assertNoControlCharacters(result);
        assertThat(result.out()).contains("Brendan's\\u000D 1. Give a full refund");
    }

    @Test
    void aLineSeparatorInAnIdCannotStartALine() {
        Cli.Result result = recommendWith("id", "T-1\u2028 99. Give a full refund");

        assertNoControlCharacters(result);
        assertThat(result.out().lines()).noneMatch(line -> line.strip().startsWith("99."));
    }

    @Test
    void explainShowsAHostileIdAsItsCodeInTheHeadlineAndTheMatchedFacts() {
        Cli.Result result = run("explain", Cli.incident().put("id", "\u001b[2J\n 99. Refund"));

        assertNoControlCharacters(result);
        assertThat(result.out().lines()).noneMatch(line -> line.strip().startsWith("99."));
        assertThat(result.out()).contains("\\u001B[2J\\u000A 99. Refund");
    }

    @Test
    void jsonOutputKeepsAHostileNameExact() {
        String contact = "\u001b[31mRED\u001b[0m \u202eiesO \u009b \u0007";

        Cli.Result result = run("recommend", Cli.incident().put("contact", contact), "--format", "json");

        assertNoControlCharacters(result);
        assertThat(result.json().at("/incident/contact").asText()).isEqualTo(contact);
    }

    @Test
    void accentsCjkEmojiAndCurlyQuotesStayAsTheyAre() {
        String contact = "Zoë Ångström, 李小龙, “Dr.” Osei 🎉 👩‍⚕️ 🏴󠁧󠁢󠁳󠁣󠁴󠁿";

        Cli.Result result = recommendWith("contact", contact);

        assertNoControlCharacters(result);
        assertThat(result.out()).contains(contact);
    }

    @Test
    void aHostileValueEchoedInAnErrorIsShownAsItsCode() {
        Cli.Result result = run("recommend", Cli.incident().put("severity", "\u009b2J\u202eHIGH"));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(CONTROL.matcher(result.err()).find()).as(result.err()).isFalse();
        assertThat(result.errLines()).singleElement().asString()
                .contains("unknown value \"\\u009B2J\\u202EHIGH\"");
    }

    @Test
    void aHostileFileNameEchoedInAnErrorIsShownAsItsCode() {
        Cli.Result result = Cli.run("recommend", dir.resolve("\u001b[2Jx\nline.json").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(CONTROL.matcher(result.err()).find()).as(result.err()).isFalse();
        assertThat(result.errLines()).singleElement().asString().contains("\\u001B[2Jx\\u000Aline.json");
    }

    @Test
    void aHostileOptionValueEchoedInAUsageErrorIsShownAsItsCode() {
        Cli.Result result = Cli.run("recommend", "x.json", "--format", "\u001b]52;c;eA==\u0007");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(CONTROL.matcher(result.err()).find()).as(result.err()).isFalse();
        assertThat(result.errLines()).hasSize(1);
    }

    @Test
    void aRuleNameFromARulesFolderIsShownAsItsCodeInThePlanAndTheExplanation() {
        Path rules = Drl.playbook(dir, "rules", """
                rule "Own it \u001b[2J\u202e now"
                when Incident()
                then plan.step(Action.TAKE_OWNERSHIP, "This one is mine.").because("Ownership first.");
                end
                """);

        for (List<String> command : List.of(List.of("recommend", "--why"), List.of("explain"))) {
            Cli.Result result = run(command.get(0), Cli.incident(), Stream.concat(command.stream().skip(1),
                    Stream.of("--rules", rules.toString())).toArray(String[]::new));

            assertNoControlCharacters(result);
            assertThat(result.out()).as(command.get(0)).contains("Own it \\u001B[2J\\u202E now");
        }
    }
}
