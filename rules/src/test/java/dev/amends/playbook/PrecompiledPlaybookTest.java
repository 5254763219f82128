package dev.amends.playbook;

import dev.amends.compile.RuleSource;
import dev.amends.api.PlaybookRule;
import dev.amends.compile.PrecompiledPlaybook;
import dev.amends.api.RecoveryAdvisor;
import dev.amends.compile.RuleFile;
import dev.amends.model.Incident;
import dev.amends.testing.space.InputSpace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

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
    void theBuildDescribedTheRulesAndTheDigestAsAnAdvisorCompilingTheDrlDoes() {
        PrecompiledPlaybook.Found found = PrecompiledPlaybook.load().orElseThrow();
        RecoveryAdvisor drl = compiledFromDrl();

        assertThat(found.compiled().rules().values()).containsExactlyInAnyOrderElementsOf(drl.rules());
        assertThat(found.compiled().ruleLocations()).hasSameSizeAs(drl.rules())
                .allSatisfy((name, location) -> assertThat(location).isEqualTo(found.compiled().rules().get(name).location()));
        assertThat(found.digest()).isEqualTo(drl.playbook().digest());
        assertThat(RecoveryAdvisor.withDefaultPlaybook().playbook()).isEqualTo(drl.playbook());
    }

    @Test
    void fromAJarTheRuleFilesAreCheckedByTheCrcTheJarRecordsWithoutReadingThem(@TempDir Path dir) throws IOException {
        JarLoader loader = new JarLoader(jarOfTheDefaultPlaybook(dir.resolve("rules.jar"), defaultFiles()));

        assertThat(PrecompiledPlaybook.load(loader)).isPresent();
        assertThat(loader.checked).as("files found in the jar").contains(RuleSource.DEFAULT_PLAYBOOK_INDEX)
                .hasSize(defaultFiles().size() + 1);
        assertThat(loader.read).as("files read from the jar").isEmpty();
    }

    @Test
    void aRuleFileInAJarThatDiffersFromTheOneTheModelWasMadeFromIsNoticed(@TempDir Path dir) throws IOException {
        List<RuleFile> changed = new ArrayList<>(defaultFiles());
        RuleFile last = changed.get(changed.size() - 1);
        changed.set(changed.size() - 1, new RuleFile(last.name(), last.text() + "\n// edited after the build\n"));

        assertThat(PrecompiledPlaybook.load(new JarLoader(jarOfTheDefaultPlaybook(dir.resolve("rules.jar"), changed)))).isEmpty();
    }

    /** A jar holding the index and the given rule files, as amends-rules does. */
    private static Path jarOfTheDefaultPlaybook(Path jar, List<RuleFile> files) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             InputStream index = RecoveryAdvisor.class.getClassLoader().getResourceAsStream(RuleSource.DEFAULT_PLAYBOOK_INDEX)) {
            out.putNextEntry(new JarEntry(RuleSource.DEFAULT_PLAYBOOK_INDEX));
            out.write(index.readAllBytes());
            for (RuleFile file : files) {
                out.putNextEntry(new JarEntry(file.name()));
                out.write(file.text().getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar;
    }

    /**
     * Finds the index and the rule files in a jar, everything else (the model and its description)
     * as the test's own class loader does, and notes which of the jar's files were found and which read.
     */
    private static final class JarLoader extends ClassLoader {
        final List<String> checked = new ArrayList<>();
        final List<String> read = new ArrayList<>();
        private final Path jar;

        JarLoader(Path jar) {
            super(PrecompiledPlaybookTest.class.getClassLoader());
            this.jar = jar;
        }

        @Override
        public URL getResource(String name) {
            if (!name.endsWith(".drl") && !name.equals(RuleSource.DEFAULT_PLAYBOOK_INDEX)) {
                return super.getResource(name);
            }
            checked.add(name);
            try {
                return new URL(null, "jar:" + jar.toUri() + "!/" + name, new URLStreamHandler() {
                    @Override
                    protected URLConnection openConnection(URL url) throws IOException {
                        JarURLConnection real = (JarURLConnection) new URL(url.toExternalForm()).openConnection();
                        return new JarURLConnection(url) {
                            @Override
                            public JarFile getJarFile() throws IOException {
                                return real.getJarFile();
                            }

                            @Override
                            public JarEntry getJarEntry() throws IOException {
                                return real.getJarEntry();
                            }

                            @Override
                            public void connect() throws IOException {
                                real.connect();
                            }

                            @Override
                            public InputStream getInputStream() throws IOException {
                                read.add(getEntryName());
                                return real.getInputStream();
                            }
                        };
                    }
                });
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
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
        for (int index = 0; index < InputSpace.size(); index += 1999) {
            Incident incident = InputSpace.at(index).toBuilder()
                    .contact("Dr. Vale").rep("Ines Moreau").account("Harbour Clinic").product("bone screws").build();
            assertThat(precompiled.recommend(incident)).as(InputSpace.describe(incident)).isEqualTo(drl.recommend(incident));
            if (index % 3 == 0) {
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
                        global dev.amends.dsl.PlanDraft plan;
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
