package edu.lifecycle.console;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The operations console. Beside the services in the launcher's JVM their auto-configuration is on the classpath too:
 * the console reads neither Kafka nor stores, so the kit's and Kafka's are left out.
 */
@SpringBootApplication(
        excludeName = {
            "edu.lifecycle.servicekit.config.ServiceKitAutoConfiguration",
            "edu.lifecycle.servicekit.config.HttpContractAutoConfiguration",
            "edu.lifecycle.servicekit.config.KitSecurityAutoConfiguration",
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration"
        })
@ConfigurationPropertiesScan
public class OperationsConsoleApplication {

    /** Its configuration file: named for the console, so it can share one JVM and classpath with the services. */
    public static final String CONFIG_NAME = "operations-console";

    public static void main(String[] args) {
        builder().run(args);
    }

    /** The console, ready to run, reading {@value #CONFIG_NAME}.yml. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(OperationsConsoleApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }

    static SpringApplication application() {
        return builder().build();
    }
}
