package edu.lifecycle.localstack.backbone;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A principal's user name and password, which it uses for both Kafka (SASL/SCRAM-SHA-512) and the schema registry
 * (HTTP Basic). Holds a secret: its {@link #toString} does not show it, and nothing here logs it.
 */
public record Login(String user, String password) {

    public static final String SECURITY_PROTOCOL = "SASL_PLAINTEXT";
    public static final String SASL_MECHANISM = "SCRAM-SHA-512";

    public Login {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    /** The JAAS line of a Kafka client logging in as this principal. */
    public String jaasConfig() {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user + "\" password=\""
                + password + "\";";
    }

    /** Kafka client settings: what a producer, consumer or admin client needs besides serializers. */
    public Map<String, Object> kafkaClient(String bootstrapServers) {
        var config = new LinkedHashMap<String, Object>();
        config.put("bootstrap.servers", bootstrapServers);
        config.put("security.protocol", SECURITY_PROTOCOL);
        config.put("sasl.mechanism", SASL_MECHANISM);
        config.put("sasl.jaas.config", jaasConfig());
        return config;
    }

    /** Serde and registry-client settings under Confluent's keys. */
    public Map<String, Object> registryClient(String schemaRegistryUrl) {
        var config = new LinkedHashMap<String, Object>();
        config.put("schema.registry.url", schemaRegistryUrl);
        config.put("basic.auth.credentials.source", "USER_INFO");
        config.put("basic.auth.user.info", user + ":" + password);
        return config;
    }

    /**
     * The settings a service of the kit runs with, as Spring Boot properties: Boot hands {@code spring.kafka.*} to every
     * Kafka client of the service, and the kit hands the {@code basic.auth.*} keys to its Avro serdes.
     */
    public Map<String, Object> springProperties() {
        var properties = new LinkedHashMap<String, Object>();
        properties.put("spring.kafka.security.protocol", SECURITY_PROTOCOL);
        properties.put("spring.kafka.properties.sasl.mechanism", SASL_MECHANISM);
        properties.put("spring.kafka.properties.sasl.jaas.config", jaasConfig());
        properties.put("spring.kafka.properties.basic.auth.credentials.source", "USER_INFO");
        properties.put("spring.kafka.properties.basic.auth.user.info", user + ":" + password);
        return properties;
    }

    @Override
    public String toString() {
        return "Login[" + user + "]";
    }
}
