package edu.lifecycle.registry.serde;

import edu.lifecycle.registry.client.SchemaRegistryClient;
import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

/** The serializer and deserializer behind a typed Streams serde, configured together. */
final class AvroSerdePair<T> {

    private final KafkaAvroSerializer serializer;
    private final KafkaAvroDeserializer deserializer;

    AvroSerdePair(SchemaRegistryClient client) {
        this.serializer = client == null ? new KafkaAvroSerializer() : new KafkaAvroSerializer(client);
        this.deserializer = client == null ? new KafkaAvroDeserializer() : new KafkaAvroDeserializer(client);
    }

    void configure(Map<String, ?> configs, boolean isKey) {
        serializer.configure(configs, isKey);
        deserializer.configure(configs, isKey);
    }

    // The untyped serializer accepts any T; the deserializer returns what the configuration asks for (a SpecificRecord
    // for SpecificAvroSerde), so these casts only restate what the owning serde's type parameter promises.
    @SuppressWarnings("unchecked")
    Serializer<T> serializer() {
        return (Serializer<T>) (Serializer<?>) serializer;
    }

    @SuppressWarnings("unchecked")
    Deserializer<T> deserializer() {
        return (Deserializer<T>) (Deserializer<?>) deserializer;
    }

    void close() {
        serializer.close();
        deserializer.close();
    }
}
