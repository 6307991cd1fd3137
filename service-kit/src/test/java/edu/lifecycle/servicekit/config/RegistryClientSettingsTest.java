package edu.lifecycle.servicekit.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistryClientSettingsTest {

    @Test
    void theSerdesLogInToTheRegistryWithConfluentsKeysAndNeverSeeTheKafkaLogin() {
        var settings = RegistryClientSettings.of(
                "http://registry:8081",
                Map.of(
                        "sasl.mechanism", "SCRAM-SHA-512",
                        "sasl.jaas.config", "ScramLoginModule required username=\"billing\" password=\"secret\";",
                        "basic.auth.credentials.source", "USER_INFO",
                        "basic.auth.user.info", "billing:secret"));

        assertThat(settings)
                .containsOnly(
                        Map.entry("schema.registry.url", "http://registry:8081"),
                        Map.entry("basic.auth.credentials.source", "USER_INFO"),
                        Map.entry("basic.auth.user.info", "billing:secret"));
    }

    @Test
    void theKitsUrlWinsOverOneUnderKafkaProperties() {
        var settings = RegistryClientSettings.of(
                "http://registry:8081", Map.of("schema.registry.url", "http://elsewhere:8081"));

        assertThat(settings).containsEntry("schema.registry.url", "http://registry:8081");
    }
}
