package dev.amends.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The HTTP service's Spring Boot application: the starter's advisor, served by {@link AdviceController}. */
@SpringBootApplication
public class AmendsService {

    /** Created by Spring Boot when the service starts. */
    public AmendsService() {
    }

    /**
     * Starts the service with Spring Boot's own arguments only; {@link ServiceMain} is the command
     * line's entry point. Here for Spring's ahead-of-time processing, which runs an application's main class.
     */
    public static void main(String[] arguments) {
        start(arguments);
    }

    /**
     * Starts the service.
     *
     * @param arguments Spring Boot command-line properties, such as {@code --server.port=0}
     */
    public static ConfigurableApplicationContext start(String... arguments) {
        SpringApplication application = new SpringApplication(AmendsService.class);
        application.setMainApplicationClass(AmendsService.class);   // also when started from ServiceMain: its AOT code is this class's
        return application.run(arguments);
    }
}
