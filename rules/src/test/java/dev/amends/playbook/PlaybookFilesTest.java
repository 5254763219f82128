package dev.amends.playbook;

import dev.amends.compile.RuleSource;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PlaybookFilesTest {

    private static Path playbookFolder() throws URISyntaxException {
        return Path.of(PlaybookFilesTest.class.getClassLoader()
                .getResource(RuleSource.DEFAULT_PLAYBOOK_INDEX).toURI()).getParent();
    }

    @Test
    void theIndexListsEveryRuleFileInTheFolder() throws Exception {
        Path folder = playbookFolder();
        List<String> listed = Files.readAllLines(folder.resolve("playbook.index")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
        List<String> present;
        try (Stream<Path> files = Files.list(folder)) {
            present = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl")).sorted().toList();
        }

        assertThat(listed).isEqualTo(present);
    }

    @Test
    void everyRuleCarriesTheGuidanceItEncodesAsMetadata() {
        List<String> without = DefaultPlaybook.ADVISOR.rules().stream()
                .filter(rule -> rule.guidance().isBlank())
                .map(rule -> rule.location() + ": rule \"" + rule.name() + "\"")
                .toList();

        assertThat(without).as("rules without @guidance(\"...\") metadata").isEmpty();
    }
}
