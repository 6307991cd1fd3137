package edu.lifecycle.placement;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Owns internship agreements, work-study contracts, the validation of experience and graduates' first positions. */
@SpringBootApplication
public class PlacementApplication {

    /** Its configuration file: named for the service, so several services can share one JVM and classpath. */
    public static final String CONFIG_NAME = "placement-service";

    public static void main(String[] args) {
        builder().run(args);
    }

    /** The service, ready to run, reading {@value #CONFIG_NAME}.yml rather than a shared application.yml. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(PlacementApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }
}
