package dev.amends.playbook;

import dev.amends.engine.RecoveryAdvisor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PlaybookFilesTest {

    private static Path playbookFolder() throws URISyntaxException {
        return Path.of(PlaybookFilesTest.class.getClassLoader()
                .getResource(RecoveryAdvisor.DEFAULT_PLAYBOOK_INDEX).toURI()).getParent();
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
    void everyRuleCarriesACommentNamingItsGuidance() throws Exception {
        List<String> uncommented = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.list(playbookFolder())) {
            for (Path file : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                List<String> lines = readLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).startsWith("rule ") && (i == 0 || !lines.get(i - 1).startsWith("//"))) {
                        uncommented.add(file.getFileName() + ":" + (i + 1) + ": " + lines.get(i));
                    }
                }
            }
        }

        assertThat(uncommented).as("rules without a comment naming their guidance just above them").isEmpty();
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
