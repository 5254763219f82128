package dev.amends.spring.boot;

import dev.amends.api.PlaybookListener;
import dev.amends.api.RecoveryAdvisor;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/**
 * Gives a Spring Boot application a {@link RecoveryAdvisor} built from the {@code amends.*}
 * properties ({@link AmendsProperties}), closed when the application stops, and an
 * {@link ObservedRecoveryAdvisor} over it. Each bean backs off when the application defines its
 * own. Reloads are told to every {@link PlaybookListener} bean of the application.
 */
@AutoConfiguration
@ConditionalOnClass(RecoveryAdvisor.class)
@EnableConfigurationProperties(AmendsProperties.class)
public class AmendsAutoConfiguration {

    /** Created by Spring Boot when an application starts. */
    public AmendsAutoConfiguration() {
    }

    /** The history of reloads the health indicator reports. */
    @Bean
    @ConditionalOnMissingBean
    public ReloadHistory amendsReloadHistory() {
        return new ReloadHistory(Clock.systemUTC());
    }

    /** The advisor the properties describe; it stops watching its folder when the application stops. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public RecoveryAdvisor recoveryAdvisor(AmendsProperties properties, ReloadHistory history,
                                           ObjectProvider<ObservationRegistry> observations,
                                           ObjectProvider<PlaybookListener> listeners) {
        PlaybookListener listener = new PlaybookListeners(history, observations.getIfAvailable(() -> ObservationRegistry.NOOP),
                listeners.orderedStream().toList());
        return AdvisorFromProperties.build(properties, listener);
    }

    /** The advisor with its plans observed. */
    @Bean
    @ConditionalOnMissingBean
    public ObservedRecoveryAdvisor observedRecoveryAdvisor(RecoveryAdvisor advisor,
                                                           ObjectProvider<ObservationRegistry> observations) {
        return new ObservedRecoveryAdvisor(advisor, observations.getIfAvailable(() -> ObservationRegistry.NOOP));
    }
}
