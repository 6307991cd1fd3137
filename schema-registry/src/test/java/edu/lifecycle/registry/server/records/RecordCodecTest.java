package edu.lifecycle.registry.server.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.lifecycle.registry.server.CompatibilityLevel;
import edu.lifecycle.registry.server.records.RegistryKey.ConfigKey;
import edu.lifecycle.registry.server.records.RegistryKey.DeleteSubjectKey;
import edu.lifecycle.registry.server.records.RegistryKey.ModeKey;
import edu.lifecycle.registry.server.records.RegistryKey.NoopKey;
import edu.lifecycle.registry.server.records.RegistryKey.OtherKey;
import edu.lifecycle.registry.server.records.RegistryKey.SchemaKey;
import edu.lifecycle.registry.server.records.RegistryValue.ConfigValue;
import edu.lifecycle.registry.server.records.RegistryValue.DeleteSubjectValue;
import edu.lifecycle.registry.server.records.RegistryValue.ModeValue;
import edu.lifecycle.registry.server.records.RegistryValue.SchemaValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON of Confluent's {@code _schemas} dump, byte for byte. */
class RecordCodecTest {

    private final RecordCodec codec = new RecordCodec();

    @Test
    void writesKeysInConfluentsFieldOrderAndMagic() {
        assertThat(key(new SchemaKey("probe-value", 1)))
                .isEqualTo("{\"keytype\":\"SCHEMA\",\"subject\":\"probe-value\",\"version\":1,\"magic\":1}");
        assertThat(key(ConfigKey.GLOBAL)).isEqualTo("{\"keytype\":\"CONFIG\",\"magic\":0}");
        assertThat(key(new ConfigKey("probe-value")))
                .isEqualTo("{\"keytype\":\"CONFIG\",\"subject\":\"probe-value\",\"magic\":0}");
        assertThat(key(ModeKey.GLOBAL)).isEqualTo("{\"keytype\":\"MODE\",\"magic\":0}");
        assertThat(key(new ModeKey("probe-value")))
                .isEqualTo("{\"keytype\":\"MODE\",\"subject\":\"probe-value\",\"magic\":0}");
        assertThat(key(new DeleteSubjectKey("other-value")))
                .isEqualTo("{\"keytype\":\"DELETE_SUBJECT\",\"subject\":\"other-value\",\"magic\":0}");
        assertThat(key(new NoopKey())).isEqualTo("{\"keytype\":\"NOOP\",\"magic\":0}");
    }

    @Test
    void writesValuesWithoutEmptyFields() {
        assertThat(value(new SchemaValue("probe-value", 1, 2, "AVRO", "\"string\"", false)))
                .isEqualTo("{\"subject\":\"probe-value\",\"version\":1,\"id\":2,\"schemaType\":\"AVRO\","
                        + "\"schema\":\"\\\"string\\\"\",\"deleted\":false}");
        assertThat(value(new ConfigValue(null, CompatibilityLevel.FULL, null)))
                .isEqualTo("{\"compatibilityLevel\":\"FULL\"}");
        assertThat(value(new ConfigValue("probe-value", CompatibilityLevel.NONE, null)))
                .isEqualTo("{\"subject\":\"probe-value\",\"compatibilityLevel\":\"NONE\"}");
        assertThat(value(new ModeValue(null, Mode.READONLY))).isEqualTo("{\"mode\":\"READONLY\"}");
        assertThat(value(new DeleteSubjectValue("other-value", 1)))
                .isEqualTo("{\"subject\":\"other-value\",\"version\":1}");
        assertThat(codec.encodeValue(null)).isNull();
    }

    @Test
    void readsWhatItWrites() {
        var key = new SchemaKey("probe-value", 3);
        var value = new SchemaValue("probe-value", 3, 7, "AVRO", "\"int\"", true);

        RegistryRecord record = codec.decode(codec.encodeKey(key), codec.encodeValue(value), 42L);

        assertThat(record).isEqualTo(new RegistryRecord(key, value, 42L));
    }

    @Test
    void readsConfluentRecordsWithFieldsItDoesNotKnow() {
        RegistryRecord record = codec.decode(
                bytes("{\"keytype\":\"SCHEMA\",\"subject\":\"s\",\"version\":1,\"magic\":1}"),
                bytes("{\"subject\":\"s\",\"version\":1,\"id\":5,\"schemaType\":\"AVRO\",\"schema\":\"\\\"int\\\"\","
                        + "\"md5\":\"abc\",\"ts\":123,\"deleted\":false,\"metadata\":{}}"),
                0L);

        assertThat(record.value()).isEqualTo(new SchemaValue("s", 1, 5, "AVRO", "\"int\"", false));
    }

    @Test
    void readsConfigsInAnyCaseAndTombstones() {
        RegistryRecord config = codec.decode(
                bytes("{\"keytype\":\"CONFIG\",\"magic\":0}"), bytes("{\"compatibilityLevel\":\"full\"}"), 0L);
        RegistryRecord tombstone =
                codec.decode(bytes("{\"keytype\":\"CONFIG\",\"subject\":\"s\",\"magic\":0}"), null, 0L);

        assertThat(config.value()).isEqualTo(new ConfigValue(null, CompatibilityLevel.FULL, null));
        assertThat(tombstone.key()).isEqualTo(new ConfigKey("s"));
        assertThat(tombstone.tombstone()).isTrue();
    }

    @Test
    void writesAndReadsReferencesWhereConfluentPutsThem() {
        var value = new SchemaValue(
                "students-value",
                1,
                2,
                "AVRO",
                List.of(new SchemaReference("edu.lifecycle.Address", "addresses-value", 1)),
                "\"Address\"",
                false);

        String json = value(value);

        assertThat(json)
                .isEqualTo("{\"subject\":\"students-value\",\"version\":1,\"id\":2,\"schemaType\":\"AVRO\","
                        + "\"references\":[{\"name\":\"edu.lifecycle.Address\",\"subject\":\"addresses-value\","
                        + "\"version\":1}],\"schema\":\"\\\"Address\\\"\",\"deleted\":false}");
        assertThat(codec.decode(codec.encodeKey(new SchemaKey("students-value", 1)), bytes(json), 0L)
                        .value())
                .isEqualTo(value);
    }

    @Test
    void passesOverKeyTypesItDoesNotUse() {
        RegistryRecord record = codec.decode(
                bytes("{\"keytype\":\"CONTEXT\",\"tenant\":\"default\",\"context\":\".\",\"magic\":0}"),
                bytes("{\"tenant\":\"default\",\"context\":\".\"}"),
                0L);

        assertThat(record.key()).isEqualTo(new OtherKey("CONTEXT"));
        assertThat(record.value()).isNull();
    }

    @Test
    void refusesRecordsThatAreNotJson() {
        assertThatThrownBy(() -> codec.decode(bytes("not json"), null, 0L))
                .isInstanceOf(MalformedRecordException.class);
        assertThatThrownBy(() -> codec.decode(bytes("{\"keytype\":\"SCHEMA\",\"magic\":1}"), null, 0L))
                .isInstanceOf(MalformedRecordException.class);
    }

    private String key(RegistryKey key) {
        return new String(codec.encodeKey(key), StandardCharsets.UTF_8);
    }

    private String value(RegistryValue value) {
        return new String(codec.encodeValue(value), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
