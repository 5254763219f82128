package dev.amends.playbook;

import dev.amends.api.PlaybookProblem;
import dev.amends.compile.RuleFile;
import dev.amends.compile.RuleSource;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The default playbook's rule files, as the advisor reads them from the classpath. */
final class DefaultPlaybookFiles {

    private DefaultPlaybookFiles() {
    }

    static List<RuleFile> read() {
        List<PlaybookProblem> problems = new ArrayList<>();
        List<RuleFile> files = new RuleSource.DefaultPlaybook().read(problems);
        assertThat(problems).isEmpty();
        return files;
    }
}
