package edu.lifecycle.testing;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.events.admissions.EnrollmentWithdrawn;
import edu.lifecycle.registry.client.CachedSchemaRegistryClient;
import edu.lifecycle.registry.client.RegistryConfig;
import edu.lifecycle.registry.serde.KafkaAvroDeserializer;
import edu.lifecycle.registry.serde.KafkaAvroSerDeConfig;
import edu.lifecycle.registry.serde.KafkaAvroSerializer;
import edu.lifecycle.registry.server.RegistrySettings;
import edu.lifecycle.registry.server.SchemaRegistryServer;
import edu.lifecycle.registry.server.security.RegistryAccess;
import edu.lifecycle.registry.server.security.RegistrySecurity;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * Our registry keeps nothing but what it wrote to Kafka: a new server on the same {@code _schemas} topic answers
 * exactly as the old one did, and data serialized before the restart stays readable after it.
 */
@KafkaStack
class SchemaRegistryRecoveryIntegrationTest {

    private static final Schema PAYMENT_V1 = new Schema.Parser()
            .parse("{\"type\":\"record\",\"name\":\"Payment\",\"namespace\":\"interop\",\"fields\":["
                    + "{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"amount\",\"type\":\"double\"}]}");
    private static final Schema PAYMENT_V2 = new Schema.Parser()
            .parse("{\"type\":\"record\",\"name\":\"Payment\",\"namespace\":\"interop\",\"fields\":["
                    + "{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"amount\",\"type\":\"double\"},"
                    + "{\"name\":\"currency\",\"type\":\"string\",\"default\":\"EUR\"}]}");

    private final StackEndpoints stack;

    SchemaRegistryRecoveryIntegrationTest(StackEndpoints stack) {
        this.stack = stack;
    }

    @Test
    void aRestartedRegistryRecoversSubjectsVersionsIdsAndConfigFromKafkaAlone() throws Exception {
        var topic = "_schemas-" + UUID.randomUUID();
        var settings = RegistrySettings.kafka(stack.bootstrapServers()).withTopic(topic);
        // A registry of the test's own, on a schema topic of its own: it logs in as a test service owning that topic.
        var login = stack.openTestService("registry-recovery", topic, "registry-recovery");
        var security = new RegistrySecurity(login.kafkaClient(stack.bootstrapServers()), RegistryAccess.open());
        int v1;
        int v2;
        byte[] written;
        var withdrawn = EnrollmentWithdrawn.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setStudentId("stu-9")
                .setReason("moved abroad")
                .build();
        try (var registry = SchemaRegistryServer.start(settings, security)) {
            var client = new CachedSchemaRegistryClient(registry.url(), 100);
            v1 = client.register("payments-value", PAYMENT_V1);
            v2 = client.register("payments-value", PAYMENT_V2);
            client.updateConfig("payments-value", RegistryConfig.compatibility("FULL_TRANSITIVE"));
            written = serializer(registry.url()).serialize("admissions.events", withdrawn);
        }

        try (var restarted = SchemaRegistryServer.start(settings, security)) {
            var client = new CachedSchemaRegistryClient(restarted.url(), 100);
            assertThat(client.getAllVersions("payments-value")).containsExactly(1, 2);
            assertThat(client.getSchemaById(v1)).isEqualTo(PAYMENT_V1);
            assertThat(client.getLatestSchemaMetadata("payments-value").id()).isEqualTo(v2);
            assertThat(client.getConfig("payments-value").compatibilityLevel()).isEqualTo("FULL_TRANSITIVE");
            assertThat(deserializer(restarted.url()).deserialize("admissions.events", written))
                    .isEqualTo(withdrawn);
            // Ids continue after the highest one ever handed out.
            assertThat(client.register("refunds-value", Schema.create(Schema.Type.STRING)))
                    .isGreaterThan(Math.max(v1, v2));
        }
    }

    private static KafkaAvroSerializer serializer(String url) {
        var serializer = new KafkaAvroSerializer();
        serializer.configure(Map.of(KafkaAvroSerDeConfig.SCHEMA_REGISTRY_URL_CONFIG, url), false);
        return serializer;
    }

    private static KafkaAvroDeserializer deserializer(String url) {
        var deserializer = new KafkaAvroDeserializer();
        deserializer.configure(
                Map.of(
                        KafkaAvroSerDeConfig.SCHEMA_REGISTRY_URL_CONFIG,
                        url,
                        KafkaAvroSerDeConfig.SPECIFIC_AVRO_READER_CONFIG,
                        true),
                false);
        return deserializer;
    }
}
