package edu.lifecycle.registry.serde;

import static edu.lifecycle.registry.serde.Payments.config;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.registry.testing.FakeRegistryServer;
import edu.lifecycle.registry.testing.FakeRegistryServer.Answer;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.UUID;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The newer ways CP 8 serializers reference a schema: a GUID in the payload, or the reference in a header. */
class SchemaReferenceFormsTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final UUID GUID = UUID.fromString("6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e");
    private static final String PAYMENT_DATA_HEX = "06702d31" + "0000000000002940";

    private final FakeRegistryServer registry = FakeRegistryServer.start();

    @AfterEach
    void stopRegistry() {
        registry.close();
    }

    private Object read(boolean isKey, RecordHeaders headers, byte[] data) {
        KafkaAvroDeserializer deserializer = new KafkaAvroDeserializer();
        deserializer.configure(config(registry.url()), isKey);
        return deserializer.deserialize("t1", headers, data);
    }

    private static byte[] guidReference() {
        return ByteBuffer.allocate(17)
                .put((byte) 1)
                .putLong(GUID.getMostSignificantBits())
                .putLong(GUID.getLeastSignificantBits())
                .array();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        return ByteBuffer.allocate(first.length + second.length)
                .put(first)
                .put(second)
                .array();
    }

    @Test
    void readsAGuidPrefixedPayload() {
        registry.on("GET", "/schemas/guids/" + GUID, Answer.ok(Payments.SCHEMA_ANSWER));

        Object payment = read(false, new RecordHeaders(), concat(guidReference(), HEX.parseHex(PAYMENT_DATA_HEX)));

        assertThat(((GenericRecord) payment).get("amount")).isEqualTo(12.5);
        assertThat(registry.targets()).containsExactly("GET /schemas/guids/" + GUID);
    }

    @Test
    void readsTheGuidFromTheValueHeaderAndTheWholePayloadAsData() {
        registry.on("GET", "/schemas/guids/" + GUID, Answer.ok(Payments.SCHEMA_ANSWER));
        RecordHeaders headers = new RecordHeaders();
        headers.add(SchemaId.VALUE_SCHEMA_ID_HEADER, guidReference());

        Object payment = read(false, headers, HEX.parseHex(PAYMENT_DATA_HEX));

        assertThat(((GenericRecord) payment).get("id")).hasToString("p-1");
    }

    @Test
    void readsANumericIdFromTheHeader() {
        registry.on("GET", "/schemas/ids/1", Answer.ok(Payments.SCHEMA_ANSWER));
        RecordHeaders headers = new RecordHeaders();
        headers.add(SchemaId.VALUE_SCHEMA_ID_HEADER, HEX.parseHex("0000000001"));

        Object payment = read(false, headers, HEX.parseHex(PAYMENT_DATA_HEX));

        assertThat(((GenericRecord) payment).get("amount")).isEqualTo(12.5);
    }

    @Test
    void readsKeysFromTheKeyHeaderOnly() {
        registry.on("GET", "/schemas/ids/6", Answer.ok("{\"schema\":\"\\\"string\\\"\"}"));
        RecordHeaders headers = new RecordHeaders();
        headers.add(SchemaId.KEY_SCHEMA_ID_HEADER, HEX.parseHex("0000000006"));
        headers.add(SchemaId.VALUE_SCHEMA_ID_HEADER, guidReference());

        assertThat(read(true, headers, HEX.parseHex("046869"))).isEqualTo("hi");
    }

    @Test
    void fallsBackToThePrefixWhenTheHeaderIsEmpty() {
        registry.on("GET", "/schemas/ids/1", Answer.ok(Payments.SCHEMA_ANSWER));
        RecordHeaders headers = new RecordHeaders();
        headers.add(SchemaId.VALUE_SCHEMA_ID_HEADER, null);

        Object payment = read(false, headers, HEX.parseHex(Payments.GOLDEN_HEX));

        assertThat(((GenericRecord) payment).get("amount")).isEqualTo(12.5);
    }
}
