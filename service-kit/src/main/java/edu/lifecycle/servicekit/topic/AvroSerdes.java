package edu.lifecycle.servicekit.topic;

import edu.lifecycle.registry.serde.GenericAvroSerde;
import edu.lifecycle.registry.serde.KafkaAvroSerDeConfig;
import edu.lifecycle.registry.serde.SpecificAvroSerde;
import edu.lifecycle.registry.serde.subject.TopicRecordNameStrategy;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Configured Avro serdes for public topics. Several event types share a topic, so values use the
 * {@code TopicRecordNameStrategy} (subject {@code <topic>-<record full name>}) and each type evolves on its own.
 */
public final class AvroSerdes {

    /** Part of the reason a dead letter gives for an event carrying an instant no store keeps. */
    public static final String UNSTORABLE_INSTANT = "outside the instants the services keep";

    private final Map<String, Object> config;

    public AvroSerdes(String schemaRegistryUrl) {
        this(Map.of(KafkaAvroSerDeConfig.SCHEMA_REGISTRY_URL_CONFIG, schemaRegistryUrl));
    }

    /** Extra serde settings (basic auth, {@code auto.register.schemas}, …) under Confluent's key names. */
    public AvroSerdes(Map<String, ?> serdeConfig) {
        Objects.requireNonNull(serdeConfig.get(KafkaAvroSerDeConfig.SCHEMA_REGISTRY_URL_CONFIG), "schema.registry.url");
        this.config = new HashMap<>(serdeConfig);
        this.config.putIfAbsent(KafkaAvroSerDeConfig.VALUE_SUBJECT_NAME_STRATEGY, TopicRecordNameStrategy.class);
    }

    /** A value serde for any record the registry knows, read by its writer's schema: for showing, not for logic. */
    public Serde<GenericRecord> generic() {
        var serde = new GenericAvroSerde();
        serde.configure(config, false);
        return serde;
    }

    /**
     * A value serde for one SpecificRecord type, or for a common supertype of the records sharing a topic. It reads
     * only events whose instants a store can keep ({@link StorableEventDeserializer}).
     */
    public <T extends SpecificRecord> Serde<T> values() {
        var serde = new SpecificAvroSerde<T>();
        serde.configure(config, false);
        return Serdes.serdeFrom(serde.serializer(), new StorableEventDeserializer<>(serde.deserializer()));
    }
}
