package edu.lifecycle.admissions.intake.stream;

import edu.lifecycle.admissions.intake.Intake;
import edu.lifecycle.servicekit.json.JsonSerde;
import edu.lifecycle.servicekit.json.KitJson;
import edu.lifecycle.servicekit.state.StateSerde;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import tools.jackson.core.JacksonException;

/**
 * Reads every layout of {@code intake-state}: the {@link IntakeRecord.Whole} intake an earlier release wrote (the JSON
 * of {@link Intake}, told apart by its {@code placed} field) and the {@link IntakeRecord.Tally} written since, as JSON
 * and then in binary (ADR 16). A whole intake is written in its own layout, so a store keeps reading after an upgrade.
 */
final class IntakeRecordSerde implements Serde<IntakeRecord>, Serializer<IntakeRecord>, Deserializer<IntakeRecord> {

    private static final JsonSerde<Intake> WHOLE = JsonSerde.of(Intake.class);
    private static final StateSerde<IntakeRecord.Tally> TALLY = StateSerde.of(IntakeRecord.Tally.class);

    @Override
    public byte[] serialize(String topic, IntakeRecord data) {
        if (data instanceof IntakeRecord.Whole whole) {
            return WHOLE.serialize(topic, whole.intake());
        }
        return data == null ? null : TALLY.serialize(topic, (IntakeRecord.Tally) data);
    }

    @Override
    public IntakeRecord deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (StateSerde.isBinary(data)) {
            return TALLY.deserialize(topic, data);
        }
        try {
            // Told apart on a tree, read from the bytes: a tree would read 28.00 as the double 28.0.
            return KitJson.mapper().readTree(data).has("placed")
                    ? new IntakeRecord.Whole(WHOLE.deserialize(topic, data))
                    : TALLY.deserialize(topic, data);
        } catch (JacksonException e) {
            throw new SerializationException("Not an intake record", e);
        }
    }

    @Override
    public Serializer<IntakeRecord> serializer() {
        return this;
    }

    @Override
    public Deserializer<IntakeRecord> deserializer() {
        return this;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {}

    @Override
    public void close() {}
}
