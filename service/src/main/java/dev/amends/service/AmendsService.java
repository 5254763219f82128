package dev.amends.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The HTTP service's Spring Boot application: the starter's advisor, served by {@link AdviceController}. */
@SpringBootApplication
public class AmendsService {

    /**
     * Starts the service.
     *
     * @param arguments Spring Boot command-line properties, such as {@code --server.port=0}
     */
    public static ConfigurableApplicationContext start(String... arguments) {
        return new SpringApplication(AmendsService.class).run(arguments);
    }
}
