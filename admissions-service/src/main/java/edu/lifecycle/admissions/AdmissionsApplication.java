package edu.lifecycle.admissions;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Owns the applicant and the registration; reads all four services' events for the roster and timelines. */
@SpringBootApplication
public class AdmissionsApplication {

    /** Its configuration file: named for the service, so several services can share one JVM and classpath. */
    public static final String CONFIG_NAME = "admissions-service";

    public static void main(String[] args) {
        builder().run(args);
    }

    /** The service, ready to run, reading {@value #CONFIG_NAME}.yml rather than a shared application.yml. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(AdmissionsApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }
}
