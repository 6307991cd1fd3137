package edu.lifecycle.servicekit.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.lifecycle.servicekit.json.JsonSerde;
import edu.lifecycle.servicekit.state.StoredShelf.Book;
import edu.lifecycle.servicekit.state.StoredShelf.Colour;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class StateSerdeTest {

    private static final String STORE = "shelves";

    private static StoredShelf shelf() {
        return new StoredShelf(
                "Maths",
                3,
                1L << 40,
                true,
                0.25,
                null,
                new BigDecimal("1250.50"),
                Instant.parse("2026-09-01T08:30:00.123456789Z"),
                LocalDate.parse("2027-06-30"),
                Colour.GREEN,
                Optional.of("kept"),
                List.of(
                        new Book("Algebra", Optional.of(LocalDate.parse("2026-10-01"))),
                        new Book("Logic", Optional.empty())),
                Set.of("a"),
                Map.of("x", 1),
                new TreeMap<>(Map.of(Colour.RED, new BigDecimal("0.10"), Colour.GREEN, new BigDecimal("2E+3"))),
                Map.of(LocalDate.parse("2026-12-24"), List.of("closed")),
                null);
    }

    @Test
    void writesARecordInBinaryAndReadsItBackEqual() {
        var serde = StateSerde.of(StoredShelf.class);

        var bytes = serde.serialize(STORE, shelf());

        assertThat(bytes[0]).isEqualTo(StateSerde.FORMAT);
        assertThat(bytes[1]).isEqualTo((byte) 1);
        assertThat(serde.deserialize(STORE, bytes)).isEqualTo(shelf());
    }

    @Test
    void isSmallerThanTheJsonItReplaces() {
        var binary = StateSerde.of(StoredShelf.class).serialize(STORE, shelf());
        var json = JsonSerde.of(StoredShelf.class).serialize(STORE, shelf());

        assertThat(binary.length).isLessThan(json.length / 2);
    }

    @Test
    void readsTheJsonOfTheReleaseBefore() {
        var json = JsonSerde.of(StoredShelf.class).serialize(STORE, shelf());

        assertThat(StateSerde.of(StoredShelf.class).deserialize(STORE, json)).isEqualTo(shelf());
    }

    @Test
    void readsJsonWrittenByHandWithFieldsMissing() {
        var json = "{\"id\":\"c-1\",\"balance\":12.50,\"visits\":0}".getBytes(StandardCharsets.UTF_8);

        assertThat(StateSerde.of(StoredCard.class).deserialize(STORE, json))
                .isEqualTo(new StoredCard("c-1", new BigDecimal("12.50"), Optional.empty(), 0));
    }

    @Test
    void readsWhatAnOlderCommittedSchemaWrote() throws Exception {
        var v1 = StateSchemas.committed(StoredCard.class).get(0);
        GenericRecord old = new GenericData.Record(v1);
        old.put("id", "c-1");
        old.put("legacyCode", "dropped since");
        old.put("balance", "12.50");
        var bytes = new ByteArrayOutputStream();
        bytes.write(StateSerde.FORMAT);
        bytes.write(1);
        var out = EncoderFactory.get().binaryEncoder(bytes, null);
        new GenericDatumWriter<GenericRecord>(v1).write(old, out);
        out.flush();

        var serde = StateSerde.of(StoredCard.class);
        var card = new StoredCard("c-1", new BigDecimal("12.50"), Optional.empty(), 0);
        assertThat(serde.deserialize(STORE, bytes.toByteArray())).isEqualTo(card);
        assertThat(serde.deserialize(STORE, bytes.toByteArray())).isEqualTo(card);
        assertThat(serde.serialize(STORE, card)[1]).isEqualTo((byte) 2);
    }

    @Test
    void theNewestCommittedSchemaIsTheDerivedOneAndReadsEveryOlderOne() {
        for (Class<? extends Record> type : List.of(StoredShelf.class, StoredCard.class)) {
            var committed = StateSchemas.committed(type);
            assertThat(committed.get(committed.size() - 1)).isEqualTo(StateSchemas.derived(type));
            for (var older : committed) {
                assertThat(SchemaCompatibility.checkReaderWriterCompatibility(StateSchemas.derived(type), older)
                                .getType())
                        .isEqualTo(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE);
            }
        }
    }

    @Test
    void refusesARecordWhoseSchemaIsNotCommitted() {
        record Uncommitted(String id) {}

        assertThatThrownBy(() -> StateSerde.of(Uncommitted.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(
                        "state-schemas/edu.lifecycle.servicekit.state.StateSerdeTest_1Uncommitted.v1.avsc");
    }

    @Test
    void refusesAVersionItDoesNotKnow() {
        var bytes = StateSerde.of(StoredCard.class)
                .serialize(STORE, new StoredCard("c", BigDecimal.ONE, Optional.empty(), 1));
        var fromTheFuture = Arrays.copyOf(bytes, bytes.length);
        fromTheFuture[1] = 3;

        assertThatThrownBy(() -> StateSerde.of(StoredCard.class).deserialize(STORE, fromTheFuture))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("versions 1 to 2");
    }
}
