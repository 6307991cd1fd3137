package edu.lifecycle.registry.serde;

import static edu.lifecycle.registry.serde.Payments.config;
import static edu.lifecycle.registry.serde.Payments.jsonString;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.registry.testing.FakeRegistryServer;
import edu.lifecycle.registry.testing.FakeRegistryServer.Answer;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Byte-for-byte agreement with what Confluent's serde writes and registers (observed on CP 8.2). */
class WireFormatTest {

    private static final HexFormat HEX = HexFormat.of();

    private final FakeRegistryServer registry = FakeRegistryServer.start();
    private final KafkaAvroSerializer serializer = new KafkaAvroSerializer();
    private final KafkaAvroDeserializer deserializer = new KafkaAvroDeserializer();

    WireFormatTest() {
        serializer.configure(config(registry.url()), false);
        deserializer.configure(config(registry.url()), false);
    }

    @AfterEach
    void stopRegistry() {
        registry.close();
    }

    @Test
    void writesAPaymentRecordExactlyAsConfluentDoes() {
        registry.on("POST", "/subjects/t1-value/versions", Answer.ok("{\"id\":1}"));

        byte[] bytes = serializer.serialize("t1", Payments.generic("p-1", 12.5));

        assertThat(HEX.formatHex(bytes)).isEqualTo(Payments.GOLDEN_HEX);
        assertThat(registry.requests()).singleElement().satisfies(request -> {
            assertThat(request.target()).isEqualTo("/subjects/t1-value/versions?normalize=false");
            assertThat(request.body())
                    .isEqualTo("{\"schemaType\":\"AVRO\",\"schema\":" + jsonString(Payments.SCHEMA_TEXT) + "}");
        });
    }

    @Test
    void writesTheGeneratedPaymentClassWithTheSameBytes() {
        registry.on("POST", "/subjects/t1-value/versions", Answer.ok("{\"id\":1}"));

        byte[] bytes = serializer.serialize("t1", Payments.specific("p-1", 12.5));

        assertThat(HEX.formatHex(bytes)).isEqualTo(Payments.GOLDEN_HEX);
    }

    @Test
    void readsAPaymentWrittenByConfluentsSerializer() {
        registry.on("GET", "/schemas/ids/1", Answer.ok(Payments.SCHEMA_ANSWER));

        Object payment = deserializer.deserialize("t1", HEX.parseHex(Payments.GOLDEN_HEX));

        assertThat(payment).isInstanceOfSatisfying(GenericRecord.class, record -> {
            assertThat(record.get("id")).hasToString("p-1");
            assertThat(record.get("amount")).isEqualTo(12.5);
        });
        assertThat(registry.targets()).containsExactly("GET /schemas/ids/1?fetchMaxId=false&subject=t1-value");
    }

    @Test
    void writesTopLevelBytesRawWithoutALengthPrefix() {
        registry.on("POST", "/subjects/raw-value/versions", Answer.ok("{\"id\":5}"));

        byte[] bytes = serializer.serialize("raw", new byte[] {1, 2, 3});

        assertThat(HEX.formatHex(bytes)).isEqualTo("00" + "00000005" + "010203");
        assertThat(registry.requests().get(0).body())
                .isEqualTo("{\"schemaType\":\"AVRO\",\"schema\":\"\\\"bytes\\\"\"}");
    }

    @Test
    void writesAByteBufferLikeAByteArray() {
        registry.on("POST", "/subjects/raw-value/versions", Answer.ok("{\"id\":5}"));
        ByteBuffer buffer = ByteBuffer.wrap(new byte[] {9, 1, 2, 3}).position(1);

        byte[] bytes = serializer.serialize("raw", buffer);

        assertThat(HEX.formatHex(bytes)).isEqualTo("00" + "00000005" + "010203");
        assertThat(buffer.position()).isEqualTo(1);
    }

    @Test
    void readsTopLevelBytesAsEverythingAfterTheId() {
        registry.on("GET", "/schemas/ids/5", Answer.ok("{\"schema\":\"\\\"bytes\\\"\"}"));

        Object value = deserializer.deserialize("raw", HEX.parseHex("00" + "00000005" + "010203"));

        assertThat(value).isEqualTo(new byte[] {1, 2, 3});
    }

    @Test
    void writesAStringAsNormalAvro() {
        registry.on("POST", "/subjects/greetings-value/versions", Answer.ok("{\"id\":6}"));

        byte[] bytes = serializer.serialize("greetings", "hi");

        assertThat(HEX.formatHex(bytes)).isEqualTo("00" + "00000006" + "04" + "6869");
        assertThat(registry.requests().get(0).body())
                .isEqualTo("{\"schemaType\":\"AVRO\",\"schema\":\"\\\"string\\\"\"}");
    }

    @Test
    void writesAnIntAsAZigZagVarint() {
        registry.on("POST", "/subjects/counts-value/versions", Answer.ok("{\"id\":7}"));

        byte[] bytes = serializer.serialize("counts", 300);

        assertThat(HEX.formatHex(bytes)).isEqualTo("00" + "00000007" + "d804");
    }

    @Test
    void readsATopLevelStringAsJavaLangString() {
        registry.on("GET", "/schemas/ids/6", Answer.ok("{\"schema\":\"\\\"string\\\"\"}"));

        Object value = deserializer.deserialize("greetings", HEX.parseHex("00" + "00000006" + "04" + "6869"));

        assertThat(value).isInstanceOf(String.class).isEqualTo("hi");
    }

    @Test
    void keepsNullAsAKafkaNullSoTombstonesStayTombstones() {
        assertThat(serializer.serialize("t1", null)).isNull();
        assertThat(deserializer.deserialize("t1", null)).isNull();
        assertThat(registry.requests()).isEmpty();
    }
}
