package dev.amends.spring.boot;

import dev.amends.api.RecoveryAdvisor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The advisor's health indicator ({@code amends}) for applications with Spring Boot's health
 * support; {@code management.health.amends.enabled=false} turns it off.
 */
@AutoConfiguration(after = AmendsAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean({RecoveryAdvisor.class, ReloadHistory.class})
@ConditionalOnEnabledHealthIndicator("amends")
public class AmendsHealthAutoConfiguration {

    /** Created by Spring Boot when an application starts. */
    public AmendsHealthAutoConfiguration() {
    }

    /** The indicator, named {@code amends} in the health endpoint. */
    @Bean
    @ConditionalOnMissingBean(name = "amendsHealthIndicator")
    public AmendsHealthIndicator amendsHealthIndicator(RecoveryAdvisor advisor, ReloadHistory history) {
        return new AmendsHealthIndicator(advisor, history);
    }
}
