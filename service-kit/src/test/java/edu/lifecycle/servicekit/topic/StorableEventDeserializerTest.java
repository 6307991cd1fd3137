package edu.lifecycle.servicekit.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.lifecycle.servicekit.ledger.bank.TransferReceived;
import edu.lifecycle.servicekit.state.StateSerde;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class StorableEventDeserializerTest {

    private static final String TOPIC = "bank.events";

    private final Serde<TransferReceived> serde = new AvroSerdes("mock://storable-events").values();

    @Test
    void readsAnEventWhoseInstantsAStoreKeeps() {
        for (var occurredAt : List.of(
                Instant.parse("2026-09-01T08:00:00Z"), StateSerde.EARLIEST_INSTANT.plusMillis(1), Instant.EPOCH)) {
            var read = roundTrip(transfer(occurredAt));

            assertThat(read.getOccurredAt()).isEqualTo(occurredAt);
        }
    }

    @Test
    void refusesAnEventFromBeyondWhatAStoreKeepsNamingTheFieldAndTheRange() {
        var year2300 = Instant.parse("2300-01-01T00:00:00Z");

        assertThatThrownBy(() -> roundTrip(transfer(year2300)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("TransferReceived on " + TOPIC + " has occurredAt 2300-01-01T00:00:00Z")
                .hasMessageContaining(AvroSerdes.UNSTORABLE_INSTANT)
                .hasMessageContaining(StateSerde.EARLIEST_INSTANT + " to " + StateSerde.LATEST_INSTANT);
    }

    @Test
    void refusesAnEventFromBeforeWhatAStoreKeeps() {
        assertThatThrownBy(() -> roundTrip(transfer(Instant.parse("1600-01-01T00:00:00Z"))))
                .hasMessageContaining(AvroSerdes.UNSTORABLE_INSTANT);
    }

    @Test
    void theRangeIsExactlyWhatAStoreWrites() {
        var stored = StateSerde.of(Stamp.class);

        for (var edge : List.of(StateSerde.EARLIEST_INSTANT, StateSerde.LATEST_INSTANT)) {
            var bytes = stored.serialize("changelog", new Stamp(edge));
            assertThat(stored.deserialize("changelog", bytes)).isEqualTo(new Stamp(edge));
        }
        for (var beyond : List.of(StateSerde.EARLIEST_INSTANT.minusNanos(1), StateSerde.LATEST_INSTANT.plusNanos(1))) {
            assertThatThrownBy(() -> stored.serialize("changelog", new Stamp(beyond)))
                    .isInstanceOf(SerializationException.class);
        }
    }

    @Test
    void looksIntoNestedRecordsListsAndMaps() {
        Schema slot = SchemaBuilder.record("Slot")
                .fields()
                .name("at")
                .type()
                .longType()
                .noDefault()
                .endRecord();
        Schema timetable = SchemaBuilder.record("TimetableIssued")
                .fields()
                .name("slots")
                .type()
                .array()
                .items(slot)
                .noDefault()
                .name("byRoom")
                .type()
                .map()
                .values(slot)
                .noDefault()
                .endRecord();
        var inRange = new GenericData.Record(slot);
        inRange.put("at", Instant.parse("2027-06-01T09:00:00Z"));
        var beyond = new GenericData.Record(slot);
        beyond.put("at", Instant.parse("2400-06-01T09:00:00Z"));

        var listed = timetable(timetable, List.of(inRange, beyond), Map.of());
        var mapped = timetable(timetable, List.of(inRange), Map.of("A1", beyond));
        var fine = timetable(timetable, List.of(inRange), Map.of("A1", inRange));

        assertThatThrownBy(() -> readAsIs(listed)).hasMessageContaining("has slots[].at 2400-06-01T09:00:00Z");
        assertThatThrownBy(() -> readAsIs(mapped)).hasMessageContaining("has byRoom{}.at 2400-06-01T09:00:00Z");
        assertThat(readAsIs(fine)).isSameAs(fine);
    }

    private static GenericRecord timetable(Schema schema, List<GenericRecord> slots, Map<String, ?> byRoom) {
        var record = new GenericData.Record(schema);
        record.put("slots", slots);
        record.put("byRoom", byRoom);
        return record;
    }

    /** The check alone, over a record a deserializer would have handed over. */
    private static GenericRecord readAsIs(GenericRecord record) {
        Deserializer<GenericRecord> handsOver = (topic, bytes) -> record;
        return new StorableEventDeserializer<>(handsOver).deserialize(TOPIC, new byte[0]);
    }

    private TransferReceived roundTrip(TransferReceived event) {
        return serde.deserializer().deserialize(TOPIC, serde.serializer().serialize(TOPIC, event));
    }

    private static TransferReceived transfer(Instant occurredAt) {
        return TransferReceived.newBuilder()
                .setEventId("e-1")
                .setOccurredAt(occurredAt)
                .setAccountId("acc-1")
                .setAmountMinor(100)
                .setCurrency("EUR")
                .build();
    }

    /** A stored record with one instant, as a read model keeps them. */
    record Stamp(Instant at) {}
}
