package edu.lifecycle.registry.serde;

import static edu.lifecycle.registry.serde.Payments.config;
import static edu.lifecycle.registry.serde.Payments.jsonString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.lifecycle.registry.client.RestClientException;
import edu.lifecycle.registry.testing.FakeRegistryServer;
import edu.lifecycle.registry.testing.FakeRegistryServer.Answer;
import java.util.HexFormat;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which registry calls the serdes make, and how often: the load a fleet of producers puts on the registry. */
class RegistryTrafficTest {

    private static final String PAYMENT_V2 = "{\"type\":\"record\",\"name\":\"Payment\",\"namespace\":\"interop\","
            + "\"fields\":[{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"amount\",\"type\":\"double\"},"
            + "{\"name\":\"currency\",\"type\":\"string\"}]}";

    private final FakeRegistryServer registry = FakeRegistryServer.start();

    @AfterEach
    void stopRegistry() {
        registry.close();
    }

    private KafkaAvroSerializer serializer(Object... keysAndValues) {
        KafkaAvroSerializer serializer = new KafkaAvroSerializer();
        serializer.configure(config(registry.url(), keysAndValues), false);
        return serializer;
    }

    private static int idOf(byte[] bytes) {
        return Integer.parseInt(HexFormat.of().formatHex(bytes, 1, 5), 16);
    }

    private static String registeredAnswer(int id, String schema) {
        return "{\"subject\":\"t1-value\",\"version\":1,\"id\":" + id + ",\"schema\":" + jsonString(schema) + "}";
    }

    @Test
    void registersOnceForManyRecordsEvenWhenTheSchemaIsReparsed() {
        registry.on("POST", "/subjects/t1-value/versions", Answer.ok("{\"id\":1}"));
        KafkaAvroSerializer serializer = serializer();

        for (int i = 0; i < 50; i++) {
            GenericRecord payment = new GenericData.Record(new Schema.Parser().parse(Payments.SCHEMA_TEXT));
            payment.put("id", "p-" + i);
            payment.put("amount", (double) i);
            serializer.serialize("t1", payment);
        }

        assertThat(registry.requests()).hasSize(1);
    }

    @Test
    void fetchesEachWriterSchemaOnceForManyRecords() {
        registry.on("GET", "/schemas/ids/1", Answer.ok(Payments.SCHEMA_ANSWER));
        KafkaAvroDeserializer deserializer = new KafkaAvroDeserializer();
        deserializer.configure(config(registry.url()), false);
        byte[] golden = HexFormat.of().parseHex(Payments.GOLDEN_HEX);

        for (int i = 0; i < 50; i++) {
            deserializer.deserialize("t1", golden);
        }

        assertThat(registry.requests()).hasSize(1);
    }

    @Test
    void asksForNormalizationWhenConfigured() {
        registry.on("POST", "/subjects/t1-value/versions", Answer.ok("{\"id\":1}"));

        serializer("normalize.schemas", true).serialize("t1", Payments.generic("p-1", 1));

        assertThat(registry.targets()).containsExactly("POST /subjects/t1-value/versions?normalize=true");
    }

    @Test
    void onlyLooksTheSchemaUpWhenAutoRegistrationIsOff() {
        registry.on("POST", "/subjects/t1-value", Answer.ok(registeredAnswer(3, Payments.SCHEMA_TEXT)));

        byte[] bytes = serializer("auto.register.schemas", false).serialize("t1", Payments.generic("p-1", 1));

        assertThat(idOf(bytes)).isEqualTo(3);
        assertThat(registry.targets()).containsExactly("POST /subjects/t1-value?normalize=false&deleted=false");
    }

    @Test
    void failsWhenTheSchemaWasNeverRegisteredAndAutoRegistrationIsOff() {
        registry.on("POST", "/subjects/t1-value", Answer.error(404, 40403, "Schema not found"));

        assertThatThrownBy(() -> serializer("auto.register.schemas", false).serialize("t1", Payments.generic("p-1", 1)))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("Error retrieving Avro schema")
                .cause()
                .isInstanceOfSatisfying(
                        RestClientException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(40403));
    }

    @Test
    void writesWithTheLatestVersionWhenAskedTo() {
        registry.on("GET", "/subjects/t1-value/versions/latest", Answer.ok(registeredAnswer(8, Payments.SCHEMA_TEXT)));
        KafkaAvroSerializer serializer = serializer("auto.register.schemas", false, "use.latest.version", true);

        byte[] first = serializer.serialize("t1", Payments.generic("p-1", 1));
        serializer.serialize("t1", Payments.generic("p-2", 2));

        assertThat(idOf(first)).isEqualTo(8);
        assertThat(registry.targets()).containsExactly("GET /subjects/t1-value/versions/latest");
    }

    @Test
    void refusesALatestVersionThatCannotReadTheRecord() {
        registry.on("GET", "/subjects/t1-value/versions/latest", Answer.ok(registeredAnswer(8, PAYMENT_V2)));

        assertThatThrownBy(() -> serializer("auto.register.schemas", false, "use.latest.version", true)
                        .serialize("t1", Payments.generic("p-1", 1)))
                .isInstanceOf(SerializationException.class)
                .rootCause()
                .hasMessageContaining("latest.compatibility.strict=false");
    }

    @Test
    void writesWithAFixedSchemaId() {
        registry.on("GET", "/schemas/ids/4", Answer.ok(Payments.SCHEMA_ANSWER));

        byte[] bytes = serializer("auto.register.schemas", false, "use.schema.id", 4)
                .serialize("t1", Payments.generic("p", 1));

        assertThat(idOf(bytes)).isEqualTo(4);
        assertThat(registry.targets()).containsExactly("GET /schemas/ids/4?fetchMaxId=false&subject=t1-value");
    }

    @Test
    void reportsAnIncompatibleSchemaWithTheRegistrysVerdict() {
        registry.on(
                "POST",
                "/subjects/t1-value/versions",
                Answer.error(
                        409,
                        40901,
                        "Schema being registered is "
                                + "incompatible with an earlier schema for subject \\\"t1-value\\\""));

        assertThatThrownBy(() -> serializer().serialize("t1", Payments.generic("p-1", 1)))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("Error registering Avro schema")
                .cause()
                .isInstanceOfSatisfying(
                        RestClientException.class,
                        e -> assertThat(e.isIncompatibleSchema()).isTrue());
    }

    @Test
    void sendsNoSubjectWhenTheStrategyNeedsTheSchemaToNameIt() {
        registry.on("GET", "/schemas/ids/1", Answer.ok(Payments.SCHEMA_ANSWER));
        KafkaAvroDeserializer deserializer = new KafkaAvroDeserializer();
        deserializer.configure(
                Map.of(
                        "schema.registry.url",
                        registry.url(),
                        "value.subject.name.strategy",
                        "io.confluent.kafka.serializers.subject.RecordNameStrategy"),
                false);

        deserializer.deserialize("t1", HexFormat.of().parseHex(Payments.GOLDEN_HEX));

        assertThat(registry.targets()).containsExactly("GET /schemas/ids/1?fetchMaxId=false");
    }
}
