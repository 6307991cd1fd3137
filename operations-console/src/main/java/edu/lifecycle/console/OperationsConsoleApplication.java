package edu.lifecycle.console;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The operations console. Beside the services and the provider in the launcher's JVM their auto-configuration is on
 * the classpath too: the console reads neither Kafka nor stores, judges no token and issues none, so the kit's,
 * Kafka's, the resource server's and the authorization server's are left out.
 */
@SpringBootApplication(
        excludeName = {
            "edu.lifecycle.servicekit.config.ServiceKitAutoConfiguration",
            "edu.lifecycle.servicekit.config.HttpContractAutoConfiguration",
            "edu.lifecycle.servicekit.config.KitSecurityAutoConfiguration",
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet."
                    + "OAuth2AuthorizationServerAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet."
                    + "OAuth2AuthorizationServerJwtAutoConfiguration"
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
