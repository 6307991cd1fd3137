package edu.lifecycle.registry.serde;

import static edu.lifecycle.registry.serde.Payments.config;
import static edu.lifecycle.registry.serde.Payments.jsonString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.lifecycle.registry.client.CachedSchemaRegistryClient;
import edu.lifecycle.registry.client.MockSchemaRegistry;
import edu.lifecycle.registry.client.MockSchemaRegistryClient;
import edu.lifecycle.registry.client.RegistryConfig;
import edu.lifecycle.registry.client.SchemaRegistryClient;
import edu.lifecycle.registry.testing.FakeRegistryServer;
import edu.lifecycle.registry.testing.FakeRegistryServer.Answer;
import edu.lifecycle.registry.testrecords.TuitionInvoice;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The serializer keeps what a schema instance resolved to (id and datum writer) and skips the registry client for the
 * next records; it must still write exactly what asking the client every time would, above all after the client
 * forgot a subject (delete, reset, eviction) and the next record has to register again.
 */
class SerializerMemoTest {

    /** Same shape as the payment but another record, so it is another schema under the same subject. */
    private static final Schema REFUND = new Schema.Parser()
            .parse("{\"type\":\"record\",\"name\":\"Refund\",\"namespace\":\"interop\",\"fields\":"
                    + "[{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"amount\",\"type\":\"double\"}]}");

    private static int idOf(byte[] bytes) {
        return Integer.parseInt(HexFormat.of().formatHex(bytes, 1, 5), 16);
    }

    private static GenericRecord refund() {
        GenericRecord refund = new GenericData.Record(REFUND);
        refund.put("id", "r-1");
        refund.put("amount", 1.0);
        return refund;
    }

    /** The caching REST client against the scripted loopback registry. */
    @Nested
    class OnTheCachingClient {

        private final FakeRegistryServer registry = FakeRegistryServer.start();

        @AfterEach
        void stopRegistry() {
            registry.close();
        }

        private CachedSchemaRegistryClient client(Map<String, ?> configs) {
            return new CachedSchemaRegistryClient(List.of(registry.url()), configs);
        }

        private int posts(String subject) {
            return registry.requests("POST", "/subjects/" + subject + "/versions")
                    .size();
        }

        @Test
        void registersAgainAndWritesTheNewIdAfterTheSubjectWasDeleted() throws Exception {
            registry.on("POST", "/subjects/t1-value/versions", Answer.ok("{\"id\":1}"), Answer.ok("{\"id\":2}"));
            registry.on("DELETE", "/subjects/t1-value", Answer.ok("[1]"));
            CachedSchemaRegistryClient client = client(Map.of());
            KafkaAvroSerializer serializer = new KafkaAvroSerializer(client);
            GenericRecord payment = Payments.generic("p-1", 12.5);

            assertThat(idOf(serializer.serialize("t1", payment))).isEqualTo(1);
            assertThat(idOf(serializer.serialize("t1", payment))).isEqualTo(1);
            client.deleteSubject("t1-value", false);
            byte[] afterDelete = serializer.serialize("t1", payment);
            byte[] next = serializer.serialize("t1", payment);

            assertThat(idOf(afterDelete)).isEqualTo(2);
            assertThat(idOf(next)).isEqualTo(2);
            assertThat(posts("t1-value")).isEqualTo(2);
        }

        @Test
        void registersAgainAfterAVersionWasDeleted() throws Exception {
            registry.on("POST", "/subjects/t1-value/versions", Answer.ok("{\"id\":1}"), Answer.ok("{\"id\":2}"));
            registry.on("DELETE", "/subjects/t1-value/versions/1", Answer.ok("1"));
            CachedSchemaRegistryClient client = client(Map.of());
            KafkaAvroSerializer serializer = new KafkaAvroSerializer(client);

            serializer.serialize("t1", Payments.generic("p-1", 12.5));
            client.deleteSchemaVersion("t1-value", "1", false);

            assertThat(idOf(serializer.serialize("t1", Payments.generic("p-1", 12.5))))
                    .isEqualTo(2);
            assertThat(posts("t1-value")).isEqualTo(2);
        }

        @Test
        void registersAgainAfterAReset() {
            registry.on("POST", "/subjects/t1-value/versions", Answer.ok("{\"id\":1}"), Answer.ok("{\"id\":2}"));
            CachedSchemaRegistryClient client = client(Map.of());
            KafkaAvroSerializer serializer = new KafkaAvroSerializer(client);

            serializer.serialize("t1", Payments.generic("p-1", 12.5));
            client.reset();

            assertThat(idOf(serializer.serialize("t1", Payments.generic("p-1", 12.5))))
                    .isEqualTo(2);
            assertThat(posts("t1-value")).isEqualTo(2);
        }

        @Test
        void looksUpAgainAfterTheSubjectWasDeletedWhenAutoRegistrationIsOff() throws Exception {
            registry.on(
                    "POST",
                    "/subjects/t1-value",
                    Answer.ok(registeredAnswer(3)),
                    Answer.error(404, 40401, "Subject 't1-value' not found."));
            registry.on("DELETE", "/subjects/t1-value", Answer.ok("[1]"));
            CachedSchemaRegistryClient client = client(Map.of());
            KafkaAvroSerializer serializer = new KafkaAvroSerializer(client, Map.of("auto.register.schemas", false));

            assertThat(idOf(serializer.serialize("t1", Payments.generic("p-1", 12.5))))
                    .isEqualTo(3);
            client.deleteSubject("t1-value", false);

            assertThatThrownBy(() -> serializer.serialize("t1", Payments.generic("p-1", 12.5)))
                    .isInstanceOf(SerializationException.class)
                    .hasMessageStartingWith("Error retrieving Avro schema");
        }

        @Test
        void registersAgainWheneverTheClientEvictedTheSchema() {
            registry.on("POST", "/subjects/t1-value/versions", Answer.ok("{\"id\":1}"));
            KafkaAvroSerializer serializer = new KafkaAvroSerializer(client(Map.of("max.schemas.per.subject", 1)));

            // Two schemas under one subject, one cache slot: each record evicts the other schema's id.
            for (int i = 0; i < 3; i++) {
                serializer.serialize("t1", Payments.generic("p-1", 12.5));
                serializer.serialize("t1", refund());
            }

            assertThat(posts("t1-value")).isEqualTo(6);
        }

        @Test
        void writesEachTopicsOwnIdForOneSchemaInstance() {
            registry.on("POST", "/subjects/t1-value/versions", Answer.ok("{\"id\":1}"));
            registry.on("POST", "/subjects/t2-value/versions", Answer.ok("{\"id\":2}"));
            KafkaAvroSerializer serializer = new KafkaAvroSerializer(client(Map.of()));
            GenericRecord payment = Payments.generic("p-1", 12.5);

            for (int i = 0; i < 3; i++) {
                assertThat(idOf(serializer.serialize("t1", payment))).isEqualTo(1);
                assertThat(idOf(serializer.serialize("t2", payment))).isEqualTo(2);
            }
            assertThat(registry.requests()).hasSize(2);
        }

        @Test
        void keepsKeyAndValueSubjectsApartOnASharedClient() {
            registry.on("POST", "/subjects/t1-key/versions", Answer.ok("{\"id\":5}"));
            registry.on("POST", "/subjects/t1-value/versions", Answer.ok("{\"id\":6}"));
            CachedSchemaRegistryClient client = client(Map.of());
            KafkaAvroSerializer keys = new KafkaAvroSerializer(client);
            keys.configure(Map.of(), true);
            KafkaAvroSerializer values = new KafkaAvroSerializer(client);
            GenericRecord payment = Payments.generic("p-1", 12.5);

            for (int i = 0; i < 3; i++) {
                assertThat(idOf(keys.serialize("t1", payment))).isEqualTo(5);
                assertThat(idOf(values.serialize("t1", payment))).isEqualTo(6);
            }
        }

        @Test
        void writesTheGoldenBytesFromTheMemo() {
            registry.on("POST", "/subjects/t1-value/versions", Answer.ok("{\"id\":1}"));
            KafkaAvroSerializer serializer = new KafkaAvroSerializer(client(Map.of()));

            for (int i = 0; i < 3; i++) {
                assertThat(HexFormat.of().formatHex(serializer.serialize("t1", Payments.generic("p-1", 12.5))))
                        .isEqualTo(Payments.GOLDEN_HEX);
                assertThat(HexFormat.of().formatHex(serializer.serialize("t1", Payments.specific("p-1", 12.5))))
                        .isEqualTo(Payments.GOLDEN_HEX);
            }
        }

        private static String registeredAnswer(int id) {
            return "{\"subject\":\"t1-value\",\"version\":1,\"id\":" + id + ",\"schema\":"
                    + jsonString(Payments.SCHEMA_TEXT) + "}";
        }
    }

    /** The in-memory registry of {@code mock://} URLs, which answers from its state rather than from caches. */
    @Nested
    class OnTheMockRegistry {

        private final String scope = "serializer-memo-" + UUID.randomUUID();
        private final SchemaRegistryClient registry = MockSchemaRegistry.getClientForScope(scope);

        @AfterEach
        void dropScope() {
            MockSchemaRegistry.dropScope(scope);
        }

        private KafkaAvroSerializer serializer(Object... keysAndValues) {
            KafkaAvroSerializer serializer = new KafkaAvroSerializer();
            serializer.configure(config("mock://" + scope, keysAndValues), false);
            return serializer;
        }

        @Test
        void registersAgainAfterASoftDelete() throws Exception {
            KafkaAvroSerializer serializer = serializer();
            serializer.serialize("t1", Payments.generic("p-1", 12.5));
            serializer.serialize("t1", Payments.generic("p-1", 12.5));

            registry.deleteSubject("t1-value", false);
            byte[] afterDelete = serializer.serialize("t1", Payments.generic("p-1", 12.5));

            // The id survives a soft delete, but registering again must have made a new live version.
            assertThat(idOf(afterDelete)).isEqualTo(1);
            assertThat(registry.getAllVersions("t1-value")).containsExactly(2);
        }

        @Test
        void writesTheNewIdAfterAHardDelete() throws Exception {
            KafkaAvroSerializer serializer = serializer();
            serializer.serialize("t1", Payments.generic("p-1", 12.5));

            registry.deleteSubject("t1-value", false);
            registry.deleteSubject("t1-value", true);
            byte[] afterDelete = serializer.serialize("t1", Payments.generic("p-1", 12.5));

            assertThat(idOf(afterDelete)).isEqualTo(2);
            assertThat(registry.getId("t1-value", Payments.SCHEMA)).isEqualTo(2);
        }

        @Test
        void registersAgainAfterAVersionWasDeleted() throws Exception {
            KafkaAvroSerializer serializer = serializer();
            serializer.serialize("t1", Payments.generic("p-1", 12.5));

            registry.deleteSchemaVersion("t1-value", "1", false);
            serializer.serialize("t1", Payments.generic("p-1", 12.5));

            assertThat(registry.getAllVersions("t1-value")).containsExactly(2);
        }

        @Test
        void writesTheNewIdAfterAReset() throws Exception {
            KafkaAvroSerializer serializer = serializer();
            assertThat(idOf(serializer.serialize("t1", Payments.generic("p-1", 12.5))))
                    .isEqualTo(1);

            registry.reset();
            // Takes id 1 in the emptied registry, so the payment must now get another one.
            registry.register("other-value", REFUND);
            byte[] afterReset = serializer.serialize("t1", Payments.generic("p-1", 12.5));

            assertThat(idOf(afterReset)).isEqualTo(2);
            assertThat(registry.getId("t1-value", Payments.SCHEMA)).isEqualTo(2);
        }

        @Test
        void failsTheLookupAfterADeleteWhenAutoRegistrationIsOff() throws Exception {
            registry.register("t1-value", Payments.SCHEMA);
            KafkaAvroSerializer serializer = serializer("auto.register.schemas", false);
            assertThat(idOf(serializer.serialize("t1", Payments.generic("p-1", 12.5))))
                    .isEqualTo(1);

            registry.deleteSubject("t1-value", false);

            assertThatThrownBy(() -> serializer.serialize("t1", Payments.generic("p-1", 12.5)))
                    .isInstanceOf(SerializationException.class)
                    .hasMessageStartingWith("Error retrieving Avro schema");
        }

        @Test
        void failsWithAFixedIdThatAResetRemoved() throws Exception {
            registry.register("t1-value", Payments.SCHEMA);
            KafkaAvroSerializer serializer = serializer("auto.register.schemas", false, "use.schema.id", 1);
            assertThat(idOf(serializer.serialize("t1", Payments.generic("p-1", 12.5))))
                    .isEqualTo(1);

            registry.reset();

            assertThatThrownBy(() -> serializer.serialize("t1", Payments.generic("p-1", 12.5)))
                    .isInstanceOf(SerializationException.class)
                    .hasMessageStartingWith("Error retrieving Avro schema");
        }

        @Test
        void followsANewLatestVersionRegisteredWithoutAnyDelete() throws Exception {
            registry.register("t1-value", Payments.SCHEMA);
            KafkaAvroSerializer serializer = serializer("auto.register.schemas", false, "use.latest.version", true);
            assertThat(idOf(serializer.serialize("t1", Payments.generic("p-1", 12.5))))
                    .isEqualTo(1);

            // The same fields, so it can read the payment, but another text and so another id.
            Schema documented = new Schema.Parser()
                    .parse(Payments.SCHEMA_TEXT.replace("\"fields\"", "\"doc\":\"version 2\",\"fields\""));
            registry.register("t1-value", documented);

            assertThat(idOf(serializer.serialize("t1", Payments.generic("p-1", 12.5))))
                    .isEqualTo(2);
        }
    }

    /** The memo against the same serializer asking the client for every record, as before the memo. */
    @Nested
    class AgainstAskingEveryTime {

        private final MockSchemaRegistryClient registry = new MockSchemaRegistryClient();
        private final AtomicInteger registrations = new AtomicInteger();

        AgainstAskingEveryTime() throws Exception {
            // Records, primitives and bytes all go to the one subject t1-value.
            registry.updateConfig(null, RegistryConfig.compatibility("NONE"));
        }

        /** The registry behind a proxy that counts registrations and, untracked, hides the cache generation. */
        private SchemaRegistryClient proxied(boolean tracked) {
            InvocationHandler handler = (proxy, method, args) -> {
                if (method.getName().equals("cacheGeneration") && !tracked) {
                    return SchemaRegistryClient.UNTRACKED_GENERATION;
                }
                if (method.getName().equals("register")) {
                    registrations.incrementAndGet();
                }
                try {
                    return method.invoke(registry, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return (SchemaRegistryClient) Proxy.newProxyInstance(
                    SchemaRegistryClient.class.getClassLoader(), new Class<?>[] {SchemaRegistryClient.class}, handler);
        }

        @Test
        void writesTheSameBytesAsAskingTheClientForEveryRecord() {
            KafkaAvroSerializer memoized = new KafkaAvroSerializer(proxied(true));
            KafkaAvroSerializer asking = new KafkaAvroSerializer(proxied(false));

            for (int round = 0; round < 3; round++) {
                for (Object value : values()) {
                    assertThat(memoized.serialize("t1", value))
                            .as("round %d: %s", round, value)
                            .isEqualTo(asking.serialize("t1", value));
                }
            }
            assertThat(HexFormat.of().formatHex(memoized.serialize("t1", Payments.generic("p-1", 12.5))))
                    .isEqualTo(Payments.GOLDEN_HEX);
        }

        @Test
        void asksTheClientOncePerSchemaInstanceAndTopic() {
            KafkaAvroSerializer serializer = new KafkaAvroSerializer(proxied(true));
            GenericRecord payment = Payments.generic("p-1", 12.5);

            for (int i = 0; i < 50; i++) {
                serializer.serialize("t1", payment);
            }

            assertThat(registrations).hasValue(1);
        }

        @Test
        void asksTheClientForEveryRecordWhenItTracksNoGeneration() {
            KafkaAvroSerializer serializer = new KafkaAvroSerializer(proxied(false));

            for (int i = 0; i < 5; i++) {
                serializer.serialize("t1", Payments.generic("p-1", 12.5));
            }

            assertThat(registrations).hasValue(5);
        }

        @Test
        void writesAGenericRecordWithTheGenericModelAfterAGeneratedOneOfTheSameSchema() {
            KafkaAvroSerializer serializer = new KafkaAvroSerializer(proxied(true));
            TuitionInvoice invoice = TuitionInvoice.newBuilder()
                    .setInvoiceId("inv-1")
                    .setAmount(new BigDecimal("1234.50"))
                    .setDueDate(LocalDate.of(2025, 10, 1))
                    .setIssuedAt(Instant.parse("2025-09-01T08:15:30.123Z"))
                    .build();
            // The same schema instance, but raw values: the generated class's decimal conversion must not see them.
            GenericRecord raw = new GenericData.Record(TuitionInvoice.getClassSchema());
            raw.put("invoiceId", "inv-1");
            raw.put(
                    "amount",
                    ByteBuffer.wrap(new BigDecimal("1234.50").unscaledValue().toByteArray()));
            raw.put("dueDate", (int) LocalDate.of(2025, 10, 1).toEpochDay());
            raw.put("issuedAt", Instant.parse("2025-09-01T08:15:30.123Z").toEpochMilli());

            // Converted values in a generic record: only the generated class's model could write them, and the
            // generic model (avro.use.logical.type.converters=false) must refuse them as before.
            GenericRecord converted = new GenericData.Record(TuitionInvoice.getClassSchema());
            converted.put("invoiceId", "inv-1");
            converted.put("amount", new BigDecimal("1234.50"));
            converted.put("dueDate", raw.get("dueDate"));
            converted.put("issuedAt", raw.get("issuedAt"));

            byte[] generated = serializer.serialize("t1", invoice);
            byte[] generic = serializer.serialize("t1", raw);

            assertThat(generic).isEqualTo(generated);
            assertThat(serializer.serialize("t1", invoice)).isEqualTo(generated);
            assertThatThrownBy(() -> serializer.serialize("t1", converted))
                    .isInstanceOf(SerializationException.class)
                    .hasMessage("Error serializing Avro message");
        }

        private List<Object> values() {
            return List.of(
                    Payments.generic("p-1", 12.5),
                    Payments.specific("p-2", -0.5),
                    SharedSerdeThreadsTest.enrolment(),
                    new byte[] {1, 2, 3},
                    ByteBuffer.wrap(new byte[] {9, 1, 2, 3}).position(1),
                    "a string",
                    300,
                    42L,
                    true);
        }
    }
}
