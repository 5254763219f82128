package dev.amends.engine;

import dev.amends.model.Incident;
import dev.amends.testing.space.InputSpace;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build precompiles the default playbook (executable model); the advisor loads that instead of
 * compiling the DRL, and it must behave exactly as the DRL does when compiled at run time.
 */
class PrecompiledPlaybookTest {

    private static List<RuleFile> defaultFiles() {
        List<PlaybookProblem> problems = new ArrayList<>();
        List<RuleFile> files = new RuleSource.DefaultPlaybook().read(problems);
        assertThat(problems).isEmpty();
        return files;
    }

    /** The same DRL files, given as text: they compile at run time, with every check the compiler makes. */
    private static RecoveryAdvisor compiledFromDrl() {
        RecoveryAdvisor.Builder builder = RecoveryAdvisor.builder();
        defaultFiles().forEach(file -> builder.rules(file.name(), file.text()));
        return builder.build();
    }

    @Test
    void theBuildPrecompiledTheDefaultPlaybook() {
        assertThat(PrecompiledPlaybook.load(defaultFiles())).isPresent();
    }

    @Test
    void aModelMadeFromOtherDrlIsNotUsed() {
        List<RuleFile> changed = new ArrayList<>(defaultFiles());
        RuleFile first = changed.get(0);
        changed.set(0, new RuleFile(first.name(), first.text() + "\n// edited after the build\n"));

        assertThat(PrecompiledPlaybook.load(changed)).isEmpty();
        assertThat(PrecompiledPlaybook.load(changed.subList(1, changed.size()))).isEmpty();
    }

    @Test
    void precompiledAndDrlCompiledGiveTheSamePlansRulesAndExplanations() {
        RecoveryAdvisor precompiled = RecoveryAdvisor.withDefaultPlaybook();
        RecoveryAdvisor drl = compiledFromDrl();

        assertThat(precompiled.rules()).isEqualTo(drl.rules()).hasSizeGreaterThan(40);
        for (int index = 0; index < InputSpace.size(); index += 211) {
            Incident incident = InputSpace.at(index).toBuilder()
                    .contact("Dr. Vale").rep("Ines Moreau").account("Harbour Clinic").product("bone screws").build();
            assertThat(precompiled.recommend(incident)).as(InputSpace.describe(incident)).isEqualTo(drl.recommend(incident));
            if (index % 10 == 0) {
                assertThat(precompiled.explain(incident)).as(InputSpace.describe(incident)).isEqualTo(drl.explain(incident));
            }
        }
    }

    @Test
    void addingRulesToTheDefaultPlaybookCompilesDrlAndStillOverridesByName() {
        RecoveryAdvisor advisor = RecoveryAdvisor.builder().defaultPlaybook()
                .rules("extra.drl", """
                        package dev.amends.playbook;
                        import dev.amends.model.*;
                        global dev.amends.engine.PlanDraft plan;
                        rule "An extra rule"
                        when
                            Incident( severity == Severity.CRITICAL )
                        then
                            plan.avoid(Avoid.MINIMIZE_IT, "Critical is critical.");
                        end
                        """)
                .build();

        assertThat(advisor.rules()).extracting(PlaybookRule::name).contains("An extra rule");
        assertThat(advisor.rules()).hasSize(RecoveryAdvisor.withDefaultPlaybook().rules().size() + 1);
    }
}
