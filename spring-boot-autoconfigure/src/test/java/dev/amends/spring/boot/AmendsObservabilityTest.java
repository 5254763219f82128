package dev.amends.spring.boot;

import dev.amends.api.RecoveryAdvisor;
import dev.amends.api.ReloadResult;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.amends.spring.boot.AmendsAutoConfigurationTest.HEADER;
import static dev.amends.spring.boot.AmendsAutoConfigurationTest.INCIDENT;
import static org.assertj.core.api.Assertions.assertThat;

class AmendsObservabilityTest {

    static final String VERSION_A = HEADER + """
            rule "Fix it" when Incident() then plan.step(Action.FIX, "Fix it, version A."); end
            """;
    static final String VERSION_B = HEADER + """
            rule "Fix it" when Incident() then plan.step(Action.FIX, "Fix it, version B."); end
            rule "Own it" when Incident() then plan.step(Action.TAKE_OWNERSHIP, "Own it, version B."); end
            """;
    static final String BROKEN = HEADER + """
            rule "Fix it" when Incident( then plan.step(Action.FIX, "broken"); end
            """;

    final TestObservationRegistry observations = TestObservationRegistry.create();

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AmendsAutoConfiguration.class, AmendsHealthAutoConfiguration.class))
            .withBean(ObservationRegistry.class, () -> observations);

    static void write(Path folder, String drl) throws IOException {
        Path temp = folder.resolve("playbook.drl.tmp");
        Files.writeString(temp, drl);
        Files.move(temp, folder.resolve("playbook.drl"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Observations of that name, each as its low-cardinality key values. */
    List<Map<String, String>> observed(String name) {
        List<Map<String, String>> seen = new CopyOnWriteArrayList<>();
        observations.assertThat().hasHandledContextsThatSatisfy(contexts -> contexts.stream()
                .filter(context -> context.getName().equals(name))
                .forEach(context -> seen.add(keyValues(context))));
        return seen;
    }

    static Map<String, String> keyValues(Observation.Context context) {
        Map<String, String> values = new java.util.TreeMap<>();
        context.getLowCardinalityKeyValues().forEach(kv -> values.put(kv.getKey(), kv.getValue()));
        return values;
    }

    @Test
    void aPlanIsObservedAsACacheMissFirstAndAHitWhenTheFactsComeAgain() {
        runner.run(context -> {
            ObservedRecoveryAdvisor advisor = context.getBean(ObservedRecoveryAdvisor.class);
            advisor.recommend(INCIDENT);
            advisor.recommend(INCIDENT);
            assertThat(observed(ObservedRecoveryAdvisor.PLANS)).containsExactly(
                    Map.of(ObservedRecoveryAdvisor.CACHE, "miss"), Map.of(ObservedRecoveryAdvisor.CACHE, "hit"));
        });
    }

    @Test
    void anExplanationIsObserved() {
        runner.run(context -> {
            context.getBean(ObservedRecoveryAdvisor.class).explain(INCIDENT);
            assertThat(observed(ObservedRecoveryAdvisor.EXPLANATIONS)).hasSize(1);
            assertThat(observed(ObservedRecoveryAdvisor.PLANS)).isEmpty();
        });
    }

    @Test
    void theHealthIndicatorReportsThePlaybookInForceAndItsRuleCount() {
        runner.run(context -> {
            RecoveryAdvisor advisor = context.getBean(RecoveryAdvisor.class);
            Health health = context.getBean("amendsHealthIndicator", HealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsOnlyKeys("playbook");
            assertThat(health.getDetails().get("playbook")).isEqualTo(Map.of(
                    "version", 1, "digest", advisor.playbook().digest(), "rules", advisor.rules().size()));
        });
    }

    @Test
    void watchedReloadsAreCountedByOutcomeAndTheLastRejectedOneIsInTheHealth(@TempDir Path folder) throws Exception {
        write(folder, VERSION_A);
        List<ReloadResult> heardByTheApplication = new CopyOnWriteArrayList<>();
        runner.withPropertyValues("amends.rules.folder=" + folder, "amends.rules.watch=true", "amends.rules.settle-time=50ms")
                .withBean(dev.amends.api.PlaybookListener.class, () -> new dev.amends.api.PlaybookListener() {
                    @Override
                    public void reloaded(ReloadResult result) {
                        heardByTheApplication.add(result);
                    }

                    @Override
                    public void rejected(ReloadResult result) {
                        heardByTheApplication.add(result);
                    }
                })
                .run(context -> {
                    RecoveryAdvisor advisor = context.getBean(RecoveryAdvisor.class);
                    write(folder, VERSION_B);
                    awaitHeard(heardByTheApplication, 1);
                    write(folder, BROKEN);
                    awaitHeard(heardByTheApplication, 2);

                    assertThat(advisor.version()).isEqualTo(2);
                    assertThat(observed("amends.reloads")).containsExactly(
                            Map.of("amends.outcome", "applied"), Map.of("amends.outcome", "rejected"));
                    Health health = context.getBean("amendsHealthIndicator", HealthIndicator.class).health();
                    assertThat(health.getStatus()).isEqualTo(Status.UP);
                    assertThat(health.getDetails().get("playbook")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                            .containsEntry("version", 2).containsEntry("rules", 2);
                    assertThat(health.getDetails().get("lastRejectedReload")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                            .containsKeys("at", "problemCount", "problems")
                            .extractingByKey("problems").asString().contains("playbook.drl:4");
                });
    }

    @Test
    void theAdvisorStopsWatchingWhenTheApplicationStops(@TempDir Path folder) throws Exception {
        write(folder, VERSION_A);
        List<ReloadResult> heard = new CopyOnWriteArrayList<>();
        ConfigurableApplicationContext[] stopped = new ConfigurableApplicationContext[1];
        runner.withPropertyValues("amends.rules.folder=" + folder, "amends.rules.watch=true", "amends.rules.settle-time=0ms")
                .withBean(dev.amends.api.PlaybookListener.class, () -> new dev.amends.api.PlaybookListener() {
                    @Override
                    public void reloaded(ReloadResult result) {
                        heard.add(result);
                    }
                })
                .run(context -> stopped[0] = context);
        assertThat(stopped[0].isActive()).isFalse();

        write(folder, VERSION_B);
        Thread.sleep(1500);

        assertThat(heard).isEmpty();
    }

    @Test
    void theHealthIndicatorCanBeTurnedOff() {
        runner.withPropertyValues("management.health.amends.enabled=false")
                .run(context -> assertThat(context).hasSingleBean(RecoveryAdvisor.class).doesNotHaveBean("amendsHealthIndicator"));
    }

    @Test
    void withoutBootsHealthSupportTheAdvisorComesWithoutAnIndicator() {
        runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
                .run(context -> assertThat(context).hasSingleBean(RecoveryAdvisor.class).doesNotHaveBean("amendsHealthIndicator"));
    }

    private static void awaitHeard(List<ReloadResult> heard, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (heard.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(heard).hasSize(count);
    }
}
