package edu.lifecycle.registry.serde;

import edu.lifecycle.registry.client.SchemaRegistryClient;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** A Kafka Streams serde for generated Avro classes; it always reads SpecificRecords. */
public class SpecificAvroSerde<T extends SpecificRecord> implements Serde<T> {

    private final AvroSerdePair<T> inner;

    public SpecificAvroSerde() {
        this(null);
    }

    public SpecificAvroSerde(SchemaRegistryClient client) {
        this.inner = new AvroSerdePair<>(client);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        Map<String, Object> specific = new HashMap<>(configs);
        specific.put(KafkaAvroSerDeConfig.SPECIFIC_AVRO_READER_CONFIG, true);
        inner.configure(specific, isKey);
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
