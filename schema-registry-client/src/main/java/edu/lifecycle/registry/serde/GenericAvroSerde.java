package edu.lifecycle.registry.serde;

import edu.lifecycle.registry.client.SchemaRegistryClient;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** A Kafka Streams serde for GenericRecords, read with the writer's schema. */
public class GenericAvroSerde implements Serde<GenericRecord> {

    private final AvroSerdePair<GenericRecord> inner;

    public GenericAvroSerde() {
        this(null);
    }

    public GenericAvroSerde(SchemaRegistryClient client) {
        this.inner = new AvroSerdePair<>(client);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        inner.configure(configs, isKey);
    }

    @Override
    public Serializer<GenericRecord> serializer() {
        return inner.serializer();
    }

    @Override
    public Deserializer<GenericRecord> deserializer() {
        return inner.deserializer();
    }

    @Override
    public void close() {
        inner.close();
    }
}
