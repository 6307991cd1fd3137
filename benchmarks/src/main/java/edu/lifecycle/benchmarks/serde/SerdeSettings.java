package edu.lifecycle.benchmarks.serde;

import edu.lifecycle.registry.serde.KafkaAvroSerDeConfig;
import edu.lifecycle.registry.serde.subject.TopicRecordNameStrategy;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The serde settings every run uses, written out even where they equal the defaults: each one changes what a
 * serialize or deserialize call does (registry calls, reader resolution, a final check of the input), so a change of
 * default must show in the printed table rather than silently in the numbers.
 */
public final class SerdeSettings {

    /** The in-memory registry of the tests, which the issue asked to measure with. */
    public static final String MOCK_REGISTRY_URL = "mock://benchmarks-serde";

    /** Stands for the loopback {@link RegistryStub} URL, whose port changes per run, in the printed settings. */
    static final String REST_REGISTRY_URL = "http://<loopback stub>";

    private SerdeSettings() {}

    /**
     * As the services configure their value serdes (service-kit {@code AvroSerdes}). Only the URL differs between the
     * two registries measured: an http URL gives the services' {@code CachedSchemaRegistryClient}, {@code mock://} the
     * tests' in-memory registry.
     */
    public static Map<String, Object> clientSettings(String registryUrl) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put(KafkaAvroSerDeConfig.SCHEMA_REGISTRY_URL_CONFIG, registryUrl);
        settings.put(KafkaAvroSerDeConfig.VALUE_SUBJECT_NAME_STRATEGY, TopicRecordNameStrategy.class.getName());
        settings.put(KafkaAvroSerDeConfig.SPECIFIC_AVRO_READER_CONFIG, true);
        settings.put(KafkaAvroSerDeConfig.AUTO_REGISTER_SCHEMAS, true);
        settings.put(KafkaAvroSerDeConfig.USE_LATEST_VERSION, false);
        settings.put(KafkaAvroSerDeConfig.NORMALIZE_SCHEMAS, false);
        settings.put(KafkaAvroSerDeConfig.AVRO_USE_LOGICAL_TYPE_CONVERTERS_CONFIG, false);
        settings.put(KafkaAvroSerDeConfig.AVRO_FAIL_ON_TRAILING_DATA_CONFIG, false);
        return settings;
    }
}
