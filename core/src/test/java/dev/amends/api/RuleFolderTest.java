package dev.amends.api;

import dev.amends.evaluate.Wording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** A folder of rule files: each file that cannot be read is one problem naming it, beside the other files' problems. */
class RuleFolderTest {

    private static final String GOOD = Drl.HEADER + """
            rule "Fix" when Incident() then plan.step(Action.FIX, "Fix it."); end
            """;
    private static final String MISSPELLED = Drl.HEADER + """
            rule "Typo" when Incident() then plan.step(Action.FIX, "Fix the {prodct}."); end
            """;

    @TempDir
    Path folder;

    private List<PlaybookProblem> problems() {
        PlaybookCompilationException e = catchThrowableOfType(PlaybookCompilationException.class,
                () -> RecoveryAdvisor.builder().rulesFrom(folder).build());
        assertThat(e).as("build() refuses the folder").isNotNull();
        return e.problems();
    }

    private void assertOneProblemFor(Path unreadable, String why) {
        assertThat(problems()).extracting(PlaybookProblem::file, PlaybookProblem::message)
                .as("the unreadable file, and the other file's own problem")
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(unreadable.toString(), why),
                        org.assertj.core.groups.Tuple.tuple(folder.resolve("b.drl").toString(),
                                Wording.unknown("prodct") + "; did you mean {product}?"));
    }

    @Test
    void aBinaryFileIsOneProblemNamingIt() throws IOException {
        Path binary = Files.write(folder.resolve("a.drl"), new byte[] {'r', 'u', 'l', 'e', 0, 1, 2});
        Files.writeString(folder.resolve("b.drl"), MISSPELLED);

        assertOneProblemFor(binary, "is not a text file (byte 5 is a NUL); a rule file is DRL text in UTF-8");
    }

    @Test
    void aFileThatIsNotUtf8IsOneProblemNamingItAndTheFirstBadByte() throws IOException {
        Path latin1 = Files.write(folder.resolve("a.drl"), "// ok\n// caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Files.writeString(folder.resolve("b.drl"), MISSPELLED);

        assertOneProblemFor(latin1, "is not UTF-8 text (line 2, byte 7 is 0xE9); save it as UTF-8");
    }

    @Test
    void aDanglingLinkIsOneProblemNamingIt() throws IOException {
        Path link = Files.createSymbolicLink(folder.resolve("a.drl"), folder.resolve("gone.drl"));
        Files.writeString(folder.resolve("b.drl"), MISSPELLED);

        assertOneProblemFor(link, "cannot be read: it is a link to a file that does not exist");
    }

    @Test
    void aFolderNamedLikeARuleFileIsOneProblemNamingIt() throws IOException {
        Path inner = Files.createDirectory(folder.resolve("a.drl"));
        Files.writeString(folder.resolve("b.drl"), MISSPELLED);

        assertOneProblemFor(inner, "is a folder, not a rule file");
    }

    @Test
    void aFileWithoutReadPermissionIsOneProblemNamingIt() throws IOException {
        Path locked = Files.writeString(folder.resolve("a.drl"), GOOD);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "this user reads files whatever their permissions (root)");
        Files.writeString(folder.resolve("b.drl"), MISSPELLED);

        assertOneProblemFor(locked, "cannot be read: permission denied");
    }

    @Test
    void editorLockAndBackupFilesAreIgnored() throws IOException {
        Files.writeString(folder.resolve("fix.drl"), GOOD);
        Files.createSymbolicLink(folder.resolve(".#fix.drl"), Path.of("user@host.1234:1700000000"));
        Files.write(folder.resolve("fix.drl~"), new byte[] {0, 1, 2});
        Files.write(folder.resolve("#fix.drl#"), new byte[] {0, 1, 2});
        Files.write(folder.resolve(".fix.drl.swp"), new byte[] {0, 1, 2});

        assertThat(RecoveryAdvisor.builder().rulesFrom(folder).build().rules()).extracting(PlaybookRule::name).containsExactly("Fix");
    }

    @Test
    void aByteOrderMarkAtTheStartOfARuleFileIsAccepted() throws IOException {
        Files.writeString(folder.resolve("fix.drl"), "\uFEFF" + GOOD);

        assertThat(RecoveryAdvisor.builder().rulesFrom(folder).build().rules()).singleElement()
                .satisfies(rule -> assertThat(rule.location()).isEqualTo(folder.resolve("fix.drl") + ":" + Drl.FIRST_LINE));
    }
}
