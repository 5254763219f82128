package dev.amends.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;

import static org.assertj.core.api.Assertions.assertThat;

/** How {@link TerminalText} shows the characters a terminal would act on, and leaves the rest of the text alone. */
class TerminalTextTest {

    @Test
    void aNameShowsEscapeAndLineFeedAsTheirCodes() {
        assertThat(TerminalText.name("a\u001b[31m\nb")).isEqualTo("a\\u001B[31m\\u000Ab");
    }

    @Test
    void aNameShowsDeleteAndTheC1ControlsAsTheirCodes() {
        assertThat(TerminalText.name("a\u007fb\u009bc\u0085d")).isEqualTo("a\\u007Fb\\u009Bc\\u0085d");
    }

    @Test
    void aNameShowsInvisibleFormatCharactersAsTheirCodes() {
        assertThat(TerminalText.name("\u200b\u200e\u2060\ufeff\u00ad")).isEqualTo("\\u200B\\u200E\\u2060\\uFEFF\\u00AD");
    }

    @Test
    void aNameShowsAnUnpairedSurrogateAsItsCode() {
        assertThat(TerminalText.name("a\ud800b")).isEqualTo("a\\uD800b");
    }

    @Test
    void aNameKeepsTheJoinersOfEmojiAndScripts() {
        String text = "👩‍⚕️ 🏴󠁧󠁢󠁳󠁣󠁴󠁿 می‌خواهم";

        assertThat(TerminalText.name(text)).isSameAs(text);
    }

    @Test
    void textKeepsLineFeedsButNotCarriageReturns() {
        assertThat(TerminalText.text("one\r\ntwo\n")).isEqualTo("one\\u000D\ntwo\n");
    }

    /** What reaches the terminal when the pieces are written to the guard one after another. */
    private static String guarded(String... pieces) throws IOException {
        StringWriter out = new StringWriter();
        try (Writer guard = TerminalText.guard(out)) {
            for (String piece : pieces) {
                guard.write(piece);
            }
        }
        return out.toString();
    }

    @Test
    void theGuardPassesTheOutputsOwnLineEndings() throws IOException {
        assertThat(guarded("one\ntwo\r\nthree\n")).isEqualTo("one\ntwo\r\nthree\n");
    }

    @Test
    void theGuardShowsALoneCarriageReturnAsItsCode() throws IOException {
        assertThat(guarded("one\rtwo\r")).isEqualTo("one\\u000Dtwo\\u000D");
    }

    @Test
    void theGuardShowsEscapeAsItsCode() throws IOException {
        assertThat(guarded("\u001b]52;c;eA==\u0007\n")).isEqualTo("\\u001B]52;c;eA==\\u0007\n");
    }

    @Test
    void theGuardKeepsASurrogatePairWrittenInTwoHalves() throws IOException {
        String emoji = "🎉";

        assertThat(guarded(emoji.substring(0, 1), emoji.substring(1))).isEqualTo(emoji);
    }

    @Test
    void theGuardKeepsACarriageReturnAndLineFeedWrittenInTwoPieces() throws IOException {
        assertThat(guarded("one\r", "\ntwo")).isEqualTo("one\r\ntwo");
    }
}
