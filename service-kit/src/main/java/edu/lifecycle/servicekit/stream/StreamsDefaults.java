package edu.lifecycle.servicekit.stream;

import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/** Every service's Kafka Streams configuration, in one place. */
public final class StreamsDefaults {

    static final long POLL_MS = 10;

    private StreamsDefaults() {}

    public static Properties properties(StreamsSettings settings) {
        var props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, settings.applicationId());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        // Decide, store, publish and emit the outcome in one transaction: no command lost or applied twice.
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // Read-committed readers (the waiting HTTP request among them) see a command's outcome only after the
        // commit; the 100 ms default would add up to 100 ms to every command, 50 ms halves that for little cost.
        props.put(
                StreamsConfig.COMMIT_INTERVAL_MS_CONFIG,
                settings.commitInterval().toMillis());
        // The thread checks whether a commit is due only between polls, and an idle poll lasts poll.ms (100 ms by
        // default): a command processed just after a commit would wait for that poll to end. 10 ms polls are cheap.
        props.put(StreamsConfig.POLL_MS_CONFIG, POLL_MS);
        // One thread per instance: services scale out by instances, and the partitions are few.
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
        props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, settings.cacheMaxBytes());
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) settings.replicationFactor());
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
        // Kafka 4 producers wait 5 ms for a batch to fill; a command is one record and waits for nobody.
        props.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 0);
        if (settings.stateDir() != null) {
            props.put(StreamsConfig.STATE_DIR_CONFIG, settings.stateDir());
        }
        if (settings.applicationServer() != null) {
            props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, settings.applicationServer());
        }
        if (settings.schemaRegistryUrl() != null) {
            props.put("schema.registry.url", settings.schemaRegistryUrl());
        }
        return props;
    }
}
