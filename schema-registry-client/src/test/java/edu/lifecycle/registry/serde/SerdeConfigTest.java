package edu.lifecycle.registry.serde;

import static edu.lifecycle.registry.serde.Payments.config;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.lifecycle.registry.client.MockSchemaRegistryClient;
import edu.lifecycle.registry.testing.FakeRegistryServer;
import edu.lifecycle.registry.testing.FakeRegistryServer.Answer;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class SerdeConfigTest {

    @Test
    void requiresARegistryUrl() {
        assertThatThrownBy(() -> new KafkaAvroSerializer().configure(Map.of(), false))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("schema.registry.url");
        assertThatThrownBy(() -> new KafkaAvroDeserializer().configure(Map.of("auto.register.schemas", true), false))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("schema.registry.url");
    }

    @Test
    void needsNoUrlWhenHandedAClient() {
        KafkaAvroSerializer serializer = new KafkaAvroSerializer(new MockSchemaRegistryClient(), Map.of());

        assertThat(serializer.serialize("t1", "hello")).isNotEmpty();
    }

    @Test
    void explainsThatSaslInheritIsNotSupported() {
        assertThatThrownBy(() -> new KafkaAvroSerializer()
                        .configure(
                                config("http://127.0.0.1:1", "basic.auth.credentials.source", "SASL_INHERIT"), false))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("SASL_INHERIT is not supported");
    }

    @Test
    void requiresUserInfoForUserInfoCredentials() {
        assertThatThrownBy(() -> new KafkaAvroSerializer()
                        .configure(config("http://127.0.0.1:1", "basic.auth.credentials.source", "USER_INFO"), false))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("basic.auth.user.info");
    }

    @Test
    void refusesToMixAMockScopeWithRealUrls() {
        assertThatThrownBy(() -> new KafkaAvroSerializer().configure(config("mock://a,http://127.0.0.1:1"), false))
                .isInstanceOf(ConfigException.class);
    }

    @Test
    void refusesReflectionInsteadOfIgnoringIt() {
        assertThatThrownBy(
                        () -> new KafkaAvroSerializer().configure(config("mock://x", "schema.reflection", true), false))
                .isInstanceOf(ConfigException.class);
    }

    @Test
    void passesPrefixedClientSettingsToTheRestClient() {
        try (FakeRegistryServer registry = FakeRegistryServer.start()) {
            registry.on("POST", "/subjects/t1-value/versions", Answer.ok("{\"id\":1}"));
            KafkaAvroSerializer serializer = new KafkaAvroSerializer();
            serializer.configure(
                    config(
                            registry.url() + "/",
                            "schema.registry.basic.auth.credentials.source",
                            "USER_INFO",
                            "schema.registry.basic.auth.user.info",
                            "registrar:s3cret",
                            "request.header.X-Tenant",
                            "registrar-office"),
                    false);

            serializer.serialize("t1", Payments.generic("p-1", 1));

            FakeRegistryServer.RecordedRequest request = registry.requests().get(0);
            assertThat(request.header("Authorization")).isEqualTo("Basic cmVnaXN0cmFyOnMzY3JldA==");
            assertThat(request.header("X-Tenant")).isEqualTo("registrar-office");
        }
    }
}
