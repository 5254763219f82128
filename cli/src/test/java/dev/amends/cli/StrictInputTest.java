package dev.amends.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An incident file is read exactly or refused: numbers as written, never rounded; bytes as
 * UTF-8, a byte-order mark allowed; every problem in the command line's own words, naming the
 * field or the place in the file and what is allowed.
 */
class StrictInputTest {

    private static final String INCIDENT = """
            {"mistake": "BILLING_ERROR", "faultOwner": "REP", "severity": "LOW", "relationship": "STRONG\"""";

    @TempDir
    Path dir;

    private Cli.Result recommend(byte[] bytes) {
        try {
            return Cli.run("recommend", Files.write(dir.resolve("incident.json"), bytes).toString(), "--format", "json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Cli.Result recommend(String json) {
        return recommend(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The incident with more fields, written as raw JSON text after the required ones. */
    private Cli.Result recommendWith(String moreFields) {
        return recommend(INCIDENT + ", " + moreFields + "}");
    }

    private String badInput(Cli.Result result) {
        assertThat(result.exitCode()).as("exit status; stderr: %s", result.err()).isEqualTo(2);
        assertThat(result.out()).as("stdout").isEmpty();
        assertThat(result.errLines()).as("stderr").hasSize(1);
        return result.errLines().get(0);
    }

    private String file() {
        return dir.resolve("incident.json").toString();
    }

    @Test
    void aFractionJustBelowOneIsNotReadAsOne() {
        assertThat(badInput(recommendWith("\"priorOccurrences\": 0.99999999999999999")))
                .isEqualTo("amends: priorOccurrences: expected a whole number, 0 or more, got number 0.99999999999999999");
    }

    @Test
    void aTinyFractionIsNotReadAsZero() {
        assertThat(badInput(recommendWith("\"priorOccurrences\": 1e-400")))
                .isEqualTo("amends: priorOccurrences: expected a whole number, 0 or more, got number 1E-400");
    }

    @Test
    void aFractionIsShownWithoutItsTrailingZeros() {
        assertThat(badInput(recommendWith("\"priorOccurrences\": 2.50")))
                .isEqualTo("amends: priorOccurrences: expected a whole number, 0 or more, got number 2.5");
    }

    @Test
    void aWholeNumberWrittenWithADecimalPointIsAccepted() {
        Cli.Result result = recommendWith("\"priorOccurrences\": 2.0");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.json().at("/incident/priorOccurrences").asInt()).isEqualTo(2);
    }

    @Test
    void aWholeNumberWrittenWithAnExponentIsAccepted() {
        Cli.Result result = recommendWith("\"priorOccurrences\": 1e2");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.json().at("/incident/priorOccurrences").asInt()).isEqualTo(100);
    }

    @Test
    void aNumberWithAHugeExponentIsBeyondTheLargestCount() {
        assertThat(badInput(recommendWith("\"priorOccurrences\": 1E+1000000000")))
                .isEqualTo("amends: priorOccurrences: must be at most 2147483647, got 1E+1000000000");
    }

    @Test
    void aNumberOfTooManyDigitsIsRefusedWithTheLimit() {
        assertThat(badInput(recommendWith("\"priorOccurrences\": " + "9".repeat(2000))))
                .isEqualTo("amends: " + file() + ": malformed JSON at line 1, column 116: a number of more than 100"
                        + " characters; allowed: at most 100");
    }

    @Test
    void aTextTooLongIsRefusedWithTheLimit() {
        assertThat(badInput(recommendWith("\"contact\": \"" + "a".repeat(20_000) + "\"")))
                .isEqualTo("amends: " + file() + ": malformed JSON at line 1, column 107: a text of more than 10,000"
                        + " characters; allowed: at most 10,000");
    }

    @Test
    void nestingTooDeepIsRefusedWithTheLimit() {
        assertThat(badInput(recommendWith("\"contact\": " + "[".repeat(100_000))))
                .isEqualTo("amends: " + file() + ": malformed JSON at line 1, column 126: arrays or objects nested more"
                        + " than 20 deep; an incident is one object of plain values");
    }

    @Test
    void anOverlongEncodingIsNotUtf8() {
        byte[] bytes = "{\"contact\": \"a/b\"}".getBytes(StandardCharsets.UTF_8);
        bytes[14] = (byte) 0xC0;
        byte[] overlong = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, overlong, 0, 15);
        overlong[15] = (byte) 0xAF;
        System.arraycopy(bytes, 15, overlong, 16, bytes.length - 15);

        assertThat(badInput(recommend(overlong))).isEqualTo("amends: " + file()
                + ": is not UTF-8 text: the byte C0 at byte offset 14 (line 1) is not UTF-8; save the file as UTF-8");
    }

    @Test
    void anEncodedSurrogateIsNotUtf8() {
        byte[] bytes = {'{', '\n', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'};

        assertThat(badInput(recommend(bytes))).startsWith("amends: " + file() + ": is not UTF-8 text: the byte")
                .contains("at byte offset 3 (line 2)");
    }

    @Test
    void aSequenceCutShortAtTheEndIsNotUtf8() {
        byte[] bytes = {'{', '}', (byte) 0xE2, (byte) 0x82};

        assertThat(badInput(recommend(bytes))).isEqualTo("amends: " + file()
                + ": is not UTF-8 text: the bytes E2 82 at byte offset 2 (line 1) are not UTF-8; save the file as UTF-8");
    }

    @Test
    void aByteOrderMarkIsAccepted() {
        byte[] json = (INCIDENT + "}").getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[json.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withMark, 3, json.length);

        Cli.Result result = recommend(withMark);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.json().at("/incident/severity").asText()).isEqualTo("LOW");
    }

    @Test
    void anUnpairedSurrogateEscapeInANameIsBadInput() {
        assertThat(badInput(recommendWith("\"contact\": \"Osei \\ud800\"")))
                .isEqualTo("amends: contact: holds \\uD800, half of a character (an unpaired surrogate);"
                        + " give the whole character, or remove it");
    }

    @Test
    void aTrailingCommaIsNamed() {
        assertThat(badInput(recommend(INCIDENT + ",}")))
                .isEqualTo("amends: " + file() + ": malformed JSON at line 1, column 94: a comma before '}';"
                        + " remove the comma after the last value");
    }

    @Test
    void aCommentIsNamed() {
        assertThat(badInput(recommend("// the incident\n" + INCIDENT + "}")))
                .isEqualTo("amends: " + file() + ": malformed JSON at line 1, column 1: a comment; JSON has no comments, remove it");
    }

    @Test
    void singleQuotesAreNamed() {
        assertThat(badInput(recommend("{'mistake': 'OTHER'}")))
                .isEqualTo("amends: " + file() + ": malformed JSON at line 1, column 2: single quotes;"
                        + " write names and text in double quotes");
    }

    @Test
    void aBareWordIsNamed() {
        assertThat(badInput(recommendWith("\"priorOccurrences\": NaN")))
                .isEqualTo("amends: " + file() + ": malformed JSON at line 1, column 116: the word \"NaN\"; a name or a"
                        + " text needs double quotes, and the only words JSON allows are true, false and null");
    }

    @Test
    void aRawControlCharacterInATextIsNamed() {
        assertThat(badInput(recommendWith("\"contact\": \"a\u0007b\"")))
                .isEqualTo("amends: " + file() + ": malformed JSON at line 1, column 109: a control character (\\u0007)"
                        + " inside a text; write it as an escape such as \\n or \\u0009");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\": 1,}", "/* c */ {}", "{'a': 1}", "{a: 1}", "{\"a\": NaN}", "{\"a\": 01}",
            "{\"a\": \"\\x\"}", "{\"a\": \"\\u12\"}", "[", "{\"a\": tru}", "{\"a\": 1 \"b\": 2}", "{\"a\" 1}", "{\"a\": +1}",
            "{\"a\": .5}", "{\"a\": 1.}", "{\"a\": -}", "{\"a\": 1e}", "{\"a\": \"abc", "\"x", "{} {}", "{\"a\": [1,]}"})
    void malformedJsonIsDescribedInTheProjectsOwnWords(String json) {
        assertThat(badInput(recommend(json)))
                .startsWith("amends: " + file() + ": malformed JSON at line 1, column ")
                .doesNotContainPattern("JsonReadFeature|StreamReadConstraints|Feature|Unexpected character|code \\d+|"
                        + "REDACTED|Source:|com\\.fasterxml|java\\.|Exception|through reference chain|wrong length");
    }

    @Test
    void aFileLargerThanOneMegabyteIsRefusedBeforeItIsRead() {
        byte[] padded = (INCIDENT + "}" + " ".repeat(IncidentFile.MAX_BYTES)).getBytes(StandardCharsets.UTF_8);

        assertThat(badInput(recommend(padded)))
                .isEqualTo("amends: " + file() + ": is larger than 1 MB (1,048,576 bytes); an incident file is at most that");
    }

    @Test
    void standardInputLargerThanOneMegabyteIsRefused() {
        Cli.Result result = Cli.runWithInput(" ".repeat(IncidentFile.MAX_BYTES + 1), "recommend", "-");

        assertThat(badInput(result))
                .isEqualTo("amends: standard input: is larger than 1 MB (1,048,576 bytes); an incident file is at most that");
    }
}
