package edu.lifecycle.curriculum;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Owns transcripts, the dissertation and the degree; reads admissions', placement's and billing's events. */
@SpringBootApplication
public class CurriculumApplication {

    /** Its configuration file: named for the service, so several services can share one JVM and classpath. */
    public static final String CONFIG_NAME = "curriculum-service";

    public static void main(String[] args) {
        builder().run(args);
    }

    /** The service, ready to run, reading {@value #CONFIG_NAME}.yml rather than a shared application.yml. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(CurriculumApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }
}
