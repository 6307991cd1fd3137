package edu.lifecycle.registry.serde;

import static edu.lifecycle.registry.serde.Payments.config;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.lifecycle.registry.client.RestClientException;
import edu.lifecycle.registry.testing.FakeRegistryServer;
import edu.lifecycle.registry.testing.FakeRegistryServer.Answer;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.DisconnectException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.ThrottlingQuotaExceededException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What a consumer sees when a record cannot be read, matching Confluent's deserializer. */
class DeserializationFailuresTest {

    private static final HexFormat HEX = HexFormat.of();

    private final FakeRegistryServer registry = FakeRegistryServer.start();

    @AfterEach
    void stopRegistry() {
        registry.close();
    }

    private KafkaAvroDeserializer deserializer(Object... keysAndValues) {
        KafkaAvroDeserializer deserializer = new KafkaAvroDeserializer();
        deserializer.configure(config(registry.url(), keysAndValues), false);
        return deserializer;
    }

    @Test
    void rejectsDataNotWrittenByARegistrySerializer() {
        byte[] json = "{\"id\":\"p-1\"}".getBytes();

        assertThatThrownBy(() -> deserializer().deserialize("t1", json))
                .isInstanceOf(SerializationException.class)
                .hasMessage("Error deserializing schema ID")
                .cause()
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown magic byte!");
        assertThat(registry.requests()).isEmpty();
    }

    @Test
    void rejectsATruncatedSchemaId() {
        assertThatThrownBy(() -> deserializer().deserialize("t1", new byte[] {0, 0, 1}))
                .isInstanceOf(SerializationException.class)
                .hasMessage("Error deserializing schema ID");
    }

    @Test
    void reportsAnUnknownSchemaIdWithTheRegistrysAnswer() {
        registry.on("GET", "/schemas/ids/99", Answer.error(404, 40403, "Schema 99 not found"));

        assertThatThrownBy(() -> deserializer().deserialize("t1", HEX.parseHex("0000000063" + "00")))
                .isInstanceOf(SerializationException.class)
                .hasMessage("Error retrieving Avro value schema for id 99")
                .cause()
                .isInstanceOfSatisfying(
                        RestClientException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(40403))
                .hasMessage("Schema 99 not found; error code: 40403");
    }

    @Test
    void namesTheKeyWhenAKeySchemaIsMissing() {
        registry.on("GET", "/schemas/ids/99", Answer.error(404, 40403, "Schema 99 not found"));
        KafkaAvroDeserializer keys = new KafkaAvroDeserializer();
        keys.configure(config(registry.url()), true);

        assertThatThrownBy(() -> keys.deserialize("t1", HEX.parseHex("0000000063")))
                .hasMessage("Error retrieving Avro key schema for id 99");
    }

    static Stream<Arguments> registryFailures() {
        return Stream.of(
                Arguments.of(401, AuthenticationException.class),
                Arguments.of(403, AuthorizationException.class),
                Arguments.of(429, ThrottlingQuotaExceededException.class),
                Arguments.of(408, TimeoutException.class),
                Arguments.of(500, TimeoutException.class),
                Arguments.of(503, TimeoutException.class),
                Arguments.of(504, TimeoutException.class),
                Arguments.of(502, DisconnectException.class),
                Arguments.of(422, SerializationException.class));
    }

    @ParameterizedTest
    @MethodSource("registryFailures")
    void mapsRegistryFailuresToKafkaExceptions(int status, Class<? extends KafkaException> expected) {
        registry.on("GET", "/schemas/ids/1", Answer.error(status, status * 100, "failed"));

        assertThatThrownBy(() -> deserializer("max.retries", 0).deserialize("t1", HEX.parseHex(Payments.GOLDEN_HEX)))
                .isExactlyInstanceOf(expected)
                .hasMessage("Error retrieving Avro value schema for id 1")
                .hasCauseInstanceOf(RestClientException.class);
    }

    @Test
    void reportsAnUnreachableRegistryAsASerializationFailure() {
        KafkaAvroDeserializer deserializer = new KafkaAvroDeserializer();
        deserializer.configure(config(FakeRegistryServer.refusingUrl(), "max.retries", 0), false);

        assertThatThrownBy(() -> deserializer.deserialize("t1", HEX.parseHex(Payments.GOLDEN_HEX)))
                .isExactlyInstanceOf(SerializationException.class)
                .hasMessage("Error retrieving Avro value schema for id 1");
    }

    @Test
    void reportsCorruptAvroWithTheSchemaId() {
        registry.on("GET", "/schemas/ids/1", Answer.ok(Payments.SCHEMA_ANSWER));
        byte[] truncated = HEX.parseHex("0000000001" + "06702d31" + "0000");

        assertThatThrownBy(() -> deserializer().deserialize("t1", truncated))
                .isInstanceOf(SerializationException.class)
                .hasMessage("Error deserializing Avro message for id 1");
    }

    @Test
    void toleratesTrailingDataUnlessToldOtherwise() {
        registry.on("GET", "/schemas/ids/1", Answer.ok(Payments.SCHEMA_ANSWER));
        byte[] withTrailer = HEX.parseHex(Payments.GOLDEN_HEX + "ffff");

        assertThat(deserializer().deserialize("t1", withTrailer)).isNotNull();
        assertThatThrownBy(
                        () -> deserializer("avro.fail.on.trailing.data", true).deserialize("t1", withTrailer))
                .isInstanceOf(SerializationException.class)
                .hasMessage("Error deserializing Avro message for id 1")
                .rootCause()
                .hasMessageContaining("trailing data");
    }
}
