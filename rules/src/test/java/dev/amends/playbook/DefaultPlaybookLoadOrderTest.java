package dev.amends.playbook;

import dev.amends.api.RecoveryAdvisor;
import dev.amends.compile.RuleFile;
import dev.amends.compile.RuleReading;
import dev.amends.model.Incident;
import dev.amends.testing.space.InputSpace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default playbook's plans do not depend on the order its files load in: an analyst's copy of its
 * folder, loaded with {@code --rules} or {@code rulesFrom(folder)}, reads the files in the order of
 * their names rather than the default's index, and gives the same plans.
 */
class DefaultPlaybookLoadOrderTest {

    /** Every this many combinations of the built-in space is compared: about 980 of them. */
    private static final int EVERY = 7919;

    @Test
    void noRuleOfTheDefaultPlaybookDependsOnTheOrderItsFilesLoadIn() {
        assertThat(RuleReading.of(RecoveryAdvisor.withDefaultPlaybook()).orderDependences()).isEmpty();
    }

    @Test
    void aCopyOfTheDefaultFolderWhoseFilesLoadInTheReverseOrderGivesTheDefaultPlaybooksPlans(@TempDir Path folder) throws IOException {
        List<RuleFile> files = DefaultPlaybookFiles.read();
        for (int i = 0; i < files.size(); i++) {
            String name = Path.of(files.get(i).name()).getFileName().toString();
            Files.writeString(folder.resolve("%02d-%s".formatted(files.size() - i, name)), files.get(i).text());
        }
        RecoveryAdvisor copy = RecoveryAdvisor.builder().rulesFrom(folder).build();
        RecoveryAdvisor original = RecoveryAdvisor.withDefaultPlaybook();

        for (long i = 0; i < InputSpace.builtIn().combinations(); i += EVERY) {
            Incident incident = InputSpace.builtIn().incident(i);
            assertThat(copy.recommend(incident)).as(InputSpace.describe(incident))
                    .usingRecursiveComparison().ignoringFields("playbook").isEqualTo(original.recommend(incident));
        }
    }
}
