package edu.lifecycle.billing;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Owns tuition accounts; reads enrollments and withdrawals from admissions and contracts from placement. */
@SpringBootApplication
public class BillingApplication {

    /** Its configuration file: named for the service, so several services can share one JVM and classpath. */
    public static final String CONFIG_NAME = "billing-service";

    public static void main(String[] args) {
        builder().run(args);
    }

    /** The service, ready to run, reading {@value #CONFIG_NAME}.yml rather than a shared application.yml. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(BillingApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }
}
