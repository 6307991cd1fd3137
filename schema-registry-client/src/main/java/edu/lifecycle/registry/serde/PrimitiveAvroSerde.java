package edu.lifecycle.registry.serde;

import edu.lifecycle.registry.client.SchemaRegistryClient;
import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A Kafka Streams serde for Avro-encoded primitives (String, Integer, Long, Float, Double, Boolean, byte[]), e.g. keys
 * that other Confluent-based services write as registered {@code "string"} schemas.
 */
public class PrimitiveAvroSerde<T> implements Serde<T> {

    private final AvroSerdePair<T> inner;

    public PrimitiveAvroSerde() {
        this(null);
    }

    public PrimitiveAvroSerde(SchemaRegistryClient client) {
        this.inner = new AvroSerdePair<>(client);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        inner.configure(configs, isKey);
    }

    @Override
    public Serializer<T> serializer() {
        return inner.serializer();
    }

    @Override
    public Deserializer<T> deserializer() {
        return inner.deserializer();
    }

    @Override
    public void close() {
        inner.close();
    }
}
