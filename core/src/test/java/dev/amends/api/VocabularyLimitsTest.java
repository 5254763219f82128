package dev.amends.api;

import dev.amends.reload.FolderWatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A vocabulary file too large, too deep or declaring more than Drools' generated types can hold is
 * a problem named where it is written; a watcher survives whatever a reload throws.
 */
@Timeout(60)
class VocabularyLimitsTest {

    private static final String FIX = """
            rule "Fix" when Incident() then plan.step(Action.FIX, "Fix it."); end
            """;

    @TempDir
    Path dir;

    private static List<PlaybookProblem> problems(String vocabulary) {
        Throwable thrown = catchThrowable(() -> RecoveryAdvisor.builder().vocabulary(vocabulary).rules("acme.drl", Drl.HEADER + FIX).build());
        assertThat(thrown).isInstanceOf(PlaybookCompilationException.class);
        return ((PlaybookCompilationException) thrown).problems();
    }

    private static String values(int count) {
        return IntStream.range(0, count).mapToObj(i -> "V" + i).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String nested(int depth) {
        return "facts:\n  tier:\n    values: " + "[".repeat(depth) + "]".repeat(depth) + "\n";
    }

    @Test
    void aFactMayListAHundredValues() {
        RecoveryAdvisor advisor = RecoveryAdvisor.builder().vocabulary("facts:\n  tier:\n    values: " + values(100) + "\n    default: V0\n")
                .rules("acme.drl", Drl.HEADER + FIX).build();

        assertThat(advisor.vocabulary().facts()).singleElement().satisfies(f -> assertThat(f.values()).hasSize(100));
    }

    @Test
    void aFactListingMoreThanAHundredValuesIsAProblemAtItsValues() {
        assertThat(problems("facts:\n  tier:\n    values: " + values(101) + "\n")).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("vocabulary.yaml");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).isEqualTo("fact tier's values are 101 names; a fact lists at most 100 values "
                    + "(group them, or declare two facts)");
        });
    }

    @Test
    void aNameLongerThanSixtyFourCharactersIsAProblem() {
        String name = "A".repeat(65);
        assertThat(problems("owners:\n  " + name + ": Someone\n")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).isEqualTo("the name of an owner is at most 64 characters long; \"AAAAAAAAAAAAAAAAAAAA...\" has 65");
        });
        assertThat(problems("facts:\n  tier:\n    values: [A, " + name + "]\n")).singleElement()
                .extracting(PlaybookProblem::message).asString().startsWith("a value is at most 64 characters long");
    }

    @Test
    void aTitleLongerThanTwoHundredCharactersIsAProblem() {
        assertThat(problems("avoid:\n  PRICING: " + "x".repeat(201) + "\n")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).startsWith("avoid PRICING's title").contains("is at most 200 characters long, and this one has 201");
        });
    }

    @Test
    void aSectionOfMoreThanTwoHundredDeclarationsIsAProblemAtTheFirstOneTooMany() {
        String owners = IntStream.range(0, 201).mapToObj(i -> "  OWNER_" + i + ": Owner " + i + "\n").collect(Collectors.joining());
        assertThat(problems("owners:\n" + owners)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(202);
            assertThat(p.message()).isEqualTo("the owners section declares 201 names; a section declares at most 200, so none of them is loaded");
        });
    }

    @Test
    void aNumberBeyondTheLargestWholeNumberSaysTheLargest() {
        assertThat(problems("facts:\n  units:\n    type: whole number\n    bands: [1, 3000000000]\n")).singleElement()
                .extracting(PlaybookProblem::message).isEqualTo("a band edge of units must be a whole number from 0 to 2147483647, "
                        + "not \"3000000000\"");
    }

    @Test
    void aMisnamedOwnerOrThingToAvoidIsGivenAnExampleOfItsOwnKind() {
        assertThat(problems("owners:\n  clinician: The clinician\navoid:\n  pricing: Talking about price\n"))
                .extracting(PlaybookProblem::message).containsExactly(
                        "the name of an owner is written in upper case with underscores, such as CLINICAL_SPECIALIST; \"clinician\" is not",
                        "the name of a thing to avoid is written in upper case with underscores, such as DISCUSS_PRICING; \"pricing\" is not");
    }

    @Test
    void aNameBuiltInAsAnotherKindIsAProblem() {
        assertThat(problems("owners:\n  FIX: Someone who fixes\nactions:\n  SALES_MANAGER:\n    title: Ask\n    phase: REMEDY\n"))
                .extracting(PlaybookProblem::message).containsExactly(
                        "FIX is already a built-in action; a name means one thing, so give yours another name",
                        "SALES_MANAGER is already a built-in owner; a name means one thing, so give yours another name");
    }

    @Test
    void aFactWhoseTypeWouldShadowAJavaLangClassIsAProblem() {
        assertThat(problems("facts:\n  system:\n    values: [A, B]\n")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).isEqualTo("fact system would hold its values in a type named System, which is also the name of "
                    + "Java's own java.lang.System, so rules could not tell them apart; give the fact another name");
        });
        assertThat(problems("facts:\n  thread:\n    values: [A, B]\n")).singleElement()
                .extracting(PlaybookProblem::message).asString().contains("java.lang.Thread");
    }

    @Test
    void aVocabularyNestedTooDeeplyToReadIsAProblemNotAnError() {
        assertThat(problems(nested(5000))).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("vocabulary.yaml");
            assertThat(p.message()).startsWith("is not valid YAML: it nests lists or mappings too deeply to be read");
        });
    }

    @Test
    void aVocabularyFileLargerThanItsLimitIsAProblem() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("rules"));
        Files.writeString(folder.resolve("acme.drl"), Drl.HEADER + FIX);
        Files.writeString(folder.resolve("vocabulary.yaml"), "# " + "x".repeat(256 * 1024) + "\n");

        Throwable thrown = catchThrowable(() -> RecoveryAdvisor.builder().rulesFrom(folder).build());

        assertThat(((PlaybookCompilationException) thrown).problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("vocabulary.yaml");
            assertThat(p.message()).startsWith("is larger than 256 KB, the most a vocabulary file may hold");
        });
    }

    @Test
    void aVocabularyThatIsADeviceOrAPipeIsAProblemAndIsNotRead() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("rules"));
        Files.writeString(folder.resolve("acme.drl"), Drl.HEADER + FIX);
        Files.createSymbolicLink(folder.resolve("vocabulary.yaml"), Path.of("/dev/zero"));

        Throwable thrown = catchThrowable(() -> RecoveryAdvisor.builder().rulesFrom(folder).build());

        assertThat(((PlaybookCompilationException) thrown).problems()).singleElement().satisfies(p ->
                assertThat(p.message()).startsWith("cannot be read: it is not a regular file"));
        Files.delete(folder.resolve("vocabulary.yaml"));
        Process mkfifo = new ProcessBuilder("mkfifo", folder.resolve("vocabulary.yaml").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        thrown = catchThrowable(() -> RecoveryAdvisor.builder().rulesFrom(folder).build());
        assertThat(((PlaybookCompilationException) thrown).problems()).singleElement().satisfies(p ->
                assertThat(p.message()).startsWith("cannot be read: it is not a regular file"));
    }

    @Test
    void theWatcherGoesOnWatchingAfterAReloadThrowsAnError() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("rules"));
        AtomicInteger reloads = new AtomicInteger();
        try (FolderWatcher ignored = FolderWatcher.start(List.of(folder), Duration.ofMillis(50), () -> {
            if (reloads.incrementAndGet() == 1) {
                throw new ExceptionInInitializerError("a generated type failed");
            }
        }, (path, kind) -> { })) {
            Files.writeString(folder.resolve("a.drl"), "one");
            while (reloads.get() < 1) {
                Thread.sleep(20);
            }
            Files.writeString(folder.resolve("a.drl"), "two");
            while (reloads.get() < 2) {
                Thread.sleep(20);
            }
        }
        assertThat(reloads.get()).isEqualTo(2);
    }

    @Test
    void aWatchingAdvisorRejectsAVocabularyTooDeepToReadAndKeepsServingAndWatching() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("rules"));
        Files.writeString(folder.resolve("acme.drl"), Drl.HEADER + FIX);
        HeardListener heard = new HeardListener();
        try (RecoveryAdvisor advisor = RecoveryAdvisor.builder().rulesFrom(folder).settleTime(Duration.ofMillis(50))
                .watchFolders().listener(heard).build()) {
            Files.writeString(folder.resolve("vocabulary.yaml"), nested(5000));
            while (heard.rejected.isEmpty()) {
                Thread.sleep(20);
            }
            assertThat(heard.rejected.get(0).problems()).singleElement().satisfies(p ->
                    assertThat(p.file()).endsWith("vocabulary.yaml"));
            assertThat(advisor.version()).isEqualTo(1);

            Files.writeString(folder.resolve("vocabulary.yaml"), "owners:\n  CLINICAL_SPECIALIST: The clinical specialist\n");
            while (advisor.version() < 2) {
                Thread.sleep(20);
            }
            assertThat(advisor.vocabulary().owner("CLINICAL_SPECIALIST")).isPresent();
        }
    }
}
