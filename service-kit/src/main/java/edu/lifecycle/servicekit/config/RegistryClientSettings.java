package edu.lifecycle.servicekit.config;

import java.util.HashMap;
import java.util.Map;

/**
 * The settings the kit's Avro serdes get: the registry's URL, and whatever registry-client keys the service puts under
 * {@code spring.kafka.properties} — Confluent's {@code basic.auth.credentials.source} and {@code basic.auth.user.info}
 * above all, where a Confluent serde configured by Kafka would find them too. The service's Kafka login stays out.
 */
final class RegistryClientSettings {

    private RegistryClientSettings() {}

    static Map<String, Object> of(String schemaRegistryUrl, Map<String, String> kafkaProperties) {
        var settings = new HashMap<String, Object>();
        kafkaProperties.forEach((key, value) -> {
            if (key.startsWith("basic.auth.") || key.startsWith("schema.registry.")) {
                settings.put(key, value);
            }
        });
        settings.put("schema.registry.url", schemaRegistryUrl);
        return settings;
    }
}
