package dev.amends.engine;

import dev.amends.model.Incident;
import dev.amends.testing.space.InputSpace;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build precompiles the default playbook (executable model); the advisor loads that instead of
 * compiling the DRL, and it must behave exactly as the DRL does when compiled at run time.
 */
class PrecompiledPlaybookTest {

    private static List<RuleFile> defaultFiles() {
        return DefaultPlaybookFiles.read();
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
    void loadingThePrecompiledPlaybookParsesNoDrlUntilItsRulesAreAskedFor() {
        PlaybookCompiler.Compiled compiled = PrecompiledPlaybook.load(defaultFiles()).orElseThrow();

        assertThat(List.of(compiled.rules(), compiled.ruleLocations())).allSatisfy(described ->
                assertThat(described).isInstanceOfSatisfying(LazyMap.class, lazy -> assertThat(lazy.isMade()).isFalse()));
        assertThat(compiled.rules()).hasSizeGreaterThan(40);
        assertThat(((LazyMap<?, ?>) compiled.rules()).isMade()).isTrue();
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
    void everyRuleOfTheDefaultPlaybookCarriesItsGuidanceInTheModelTheBuildPrecompiled() {
        List<PlaybookRule> rules = RecoveryAdvisor.withDefaultPlaybook().rules();

        assertThat(rules).allSatisfy(rule -> assertThat(rule.guidance()).as(rule.name()).isNotBlank().doesNotContain("\""));
        assertThat(rules).filteredOn(rule -> rule.name().equals("Thank an angry customer for raising it before anything else"))
                .singleElement().satisfies(rule -> assertThat(rule.source()).isEqualTo("Source 004"));
    }

    @Test
    void theDefaultPlaybookReadsNoNamesSoItsPlansMayBeCachedByTheOtherFacts() {
        Set<String> unread = Set.of("id", "account", "contact", "rep", "product", "getClass", "toString", "hashCode", "System");
        for (RuleFile file : defaultFiles()) {
            RuleFileOutline outline = RuleFileOutline.of(file.text());
            for (RuleFileOutline.RuleOutline rule : outline.rules) {
                List<JavaTokens.Token> code = new ArrayList<>(outline.consequence(rule));
                outline.patterns(rule).forEach(p -> p.constraints().forEach(c -> code.addAll(c.tokens().tokens)));
                assertThat(code).as("%s, rule \"%s\" reads a name; plans are cached without names (PlanCache)", file.name(), rule.name())
                        .extracting(JavaTokens.Token::text).doesNotContainAnyElementsOf(unread);
            }
        }
        assertThat(PrecompiledPlaybook.load(defaultFiles()).orElseThrow().readsNoNames()).isTrue();
    }

    @Test
    void aCachedPlanIsFilledWithEachIncidentsOwnNames() {
        RecoveryAdvisor precompiled = RecoveryAdvisor.withDefaultPlaybook();
        RecoveryAdvisor drl = compiledFromDrl();
        for (int index = 5; index < InputSpace.size(); index += 4099) {
            Incident facts = InputSpace.at(index);
            List<Incident> incidents = List.of(facts,
                    facts.toBuilder().contact("Dr. Vale").rep("Ines").account("Harbour Clinic").product("screws").id("1").build(),
                    facts.toBuilder().contact("{rep}").product("$1").build(),
                    facts);
            for (Incident incident : incidents) {
                assertThat(precompiled.recommend(incident)).isEqualTo(drl.recommend(incident));
            }
        }
        precompiled.reload();
        Incident again = InputSpace.at(5).toBuilder().contact("Dr. Ng").build();
        assertThat(precompiled.recommend(again)).isEqualTo(drl.recommend(again));
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
