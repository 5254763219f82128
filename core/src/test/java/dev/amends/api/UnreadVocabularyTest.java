package dev.amends.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A vocabulary file that cannot be read at all is one problem, not followed by a report of every
 * rule that uses what it would have declared; a rule file may not declare the generated types.
 */
class UnreadVocabularyTest {

    private static final String USES = """
            rule "Loaner"
            when
                Facts( productKind == ProductKind.IMPLANT )
            then
                plan.step("SEND_LOANER_SET", "Send one.").by("CLINICAL_SPECIALIST");
                plan.avoid("DISCUSS_PRICING", "No.");
            end
            """;

    private static final String VOCABULARY = """
            facts:
              productKind:
                values: [IMPLANT, CONSUMABLE]
                default: CONSUMABLE
            owners:
              CLINICAL_SPECIALIST: The clinical specialist
            actions:
              SEND_LOANER_SET:
                title: Send a loaner set
                phase: REMEDY
            avoid:
              DISCUSS_PRICING: Talking about price
            """;

    @TempDir
    Path dir;

    private static List<PlaybookProblem> problems(RecoveryAdvisor.Builder builder) {
        Throwable thrown = catchThrowable(builder::build);
        assertThat(thrown).isInstanceOf(PlaybookCompilationException.class);
        return ((PlaybookCompilationException) thrown).problems();
    }

    @Test
    void aVocabularyThatIsNotValidYamlIsTheOnlyProblem() {
        assertThat(problems(RecoveryAdvisor.builder().vocabulary("facts:\n  productKind: [IMPLANT\n")
                .rules("acme.drl", Drl.HEADER + USES))).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("vocabulary.yaml");
            assertThat(p.message()).startsWith("is not valid YAML");
        });
    }

    @Test
    void anEmptyVocabularyIsTheOnlyProblem() {
        assertThat(problems(RecoveryAdvisor.builder().vocabulary("").rules("acme.drl", Drl.HEADER + USES)))
                .singleElement().extracting(PlaybookProblem::message).asString().startsWith("declares nothing");
    }

    @Test
    void aVocabularyFileNamedVocabularyYmlIsAProblemSayingWhatToNameIt() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("rules"));
        Files.writeString(folder.resolve("acme.drl"), Drl.HEADER + USES);
        Files.writeString(folder.resolve("vocabulary.yml"), VOCABULARY);

        assertThat(problems(RecoveryAdvisor.builder().rulesFrom(folder))).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("vocabulary.yml");
            assertThat(p.message()).isEqualTo("is not read: name it vocabulary.yaml, the name a folder's vocabulary file has");
        });

        Files.move(folder.resolve("vocabulary.yml"), folder.resolve("Vocabulary.yaml"));
        assertThat(problems(RecoveryAdvisor.builder().rulesFrom(folder))).singleElement().extracting(PlaybookProblem::message)
                .asString().startsWith("is not read: name it vocabulary.yaml");

        Files.move(folder.resolve("Vocabulary.yaml"), folder.resolve("vocabulary.yaml"));
        assertThat(RecoveryAdvisor.builder().rulesFrom(folder).build().rules()).hasSize(1);
    }

    @Test
    void aRuleFileMayNotDeclareFacts() {
        List<PlaybookProblem> problems = problems(RecoveryAdvisor.builder().vocabulary(VOCABULARY).rules("acme.drl", Drl.HEADER + """
                declare Facts
                    tier : String
                end
                """ + USES));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("acme.drl");
            assertThat(p.line()).isEqualTo(Drl.FIRST_LINE);
            assertThat(p.message()).isEqualTo("Facts is the type that carries the declared facts; a rule file may not declare it "
                    + "(declare facts in vocabulary.yaml)");
        });
    }

    @Test
    void aRuleFileMayNotDeclareAFactsTypeOrATypeInTheGeneratedPackage() {
        assertThat(problems(RecoveryAdvisor.builder().vocabulary(VOCABULARY).rules("acme.drl", Drl.HEADER + """
                declare enum ProductKind
                    IMPLANT, CONSUMABLE;
                end
                """ + USES))).singleElement().extracting(PlaybookProblem::message).isEqualTo(
                "ProductKind is the type that holds the values of the declared fact productKind; a rule file may not declare it");
        assertThat(problems(RecoveryAdvisor.builder().vocabulary(VOCABULARY).rules("acme.drl", Drl.HEADER.replaceFirst(
                "package [\\w.]+;?", "package dev.amends.declared;") + """
                declare Tier
                    name : String
                end
                """ + USES))).extracting(PlaybookProblem::message).contains("package dev.amends.declared holds the types "
                + "generated from vocabulary.yaml; a rule file may not declare a type in it (use a package of your own)");
    }
}
