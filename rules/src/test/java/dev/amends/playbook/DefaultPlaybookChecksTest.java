package dev.amends.playbook;

import dev.amends.compile.ForbiddenCallCheck;
import dev.amends.compile.PlaybookCompiler;
import dev.amends.compile.RuleFile;
import dev.amends.compile.RuleFileOutline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The default playbook passes every check the compiler makes of an analyst's rules. */
class DefaultPlaybookChecksTest {

    @Test
    void droolsParserReadsEveryDefaultFileWithoutErrorAndFindsItsRules() {
        for (RuleFile file : DefaultPlaybookFiles.read()) {
            RuleFileOutline outline = RuleFileOutline.of(file.text());
            assertThat(outline.parsed).as(file.name()).isTrue();
            assertThat(outline.rules).as(file.name()).isNotEmpty()
                    .allSatisfy(rule -> assertThat(rule.consequenceLine()).as(rule.name()).isGreaterThan(rule.line()));
        }
    }

    @Test
    void theDefaultPlaybookMakesNoCallAPlaybookHasNoBusinessMaking() {
        for (RuleFile file : DefaultPlaybookFiles.read()) {
            assertThat(ForbiddenCallCheck.check(file, RuleFileOutline.of(file.text()))).as(file.name()).isEmpty();
        }
    }

    @Test
    void theDefaultPlaybookCompiledFromItsDrlHasNoProblem() {
        assertThat(PlaybookCompiler.compile(DefaultPlaybookFiles.read(), List.of()).rules()).hasSizeGreaterThan(40);
    }
}
