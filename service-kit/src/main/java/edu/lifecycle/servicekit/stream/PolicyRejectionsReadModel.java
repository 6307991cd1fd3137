package edu.lifecycle.servicekit.stream;

import edu.lifecycle.servicekit.command.PolicyRejection;
import edu.lifecycle.servicekit.state.StateSerde;
import edu.lifecycle.servicekit.topic.Topic;
import java.time.Instant;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The read model of a service's policy rejections, oldest first: {@code <service>.policy-rejections} → the
 * {@value #STORE} store. Every rejection is written under one key ({@link PolicyRejection#ROUTING_KEY}), so the whole list lives in
 * one partition and a query is routed to the one instance that holds it.
 */
public final class PolicyRejectionsReadModel implements ReadModelDefinition {

    public static final String STORE = "policy-rejections";

    private final Topic<String, PolicyRejection> topic;

    public PolicyRejectionsReadModel(Topic<String, PolicyRejection> topic) {
        this.topic = topic;
    }

    @Override
    public void define(StreamsBuilder builder) {
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(STORE), Serdes.String(), StateSerde.of(PolicyRejection.class)));
        builder.stream(topic.name(), topic.consumed().withName(STORE + "-source"))
                .process(Recording::new, Named.as(STORE + "-record"), STORE);
    }

    /** Store key: the time it was refused (sortable), then the command id, so a redelivery overwrites itself. */
    static String keyOf(PolicyRejection rejection) {
        return sortable(rejection.recordedAt()) + "|" + rejection.commandId();
    }

    private static String sortable(Instant instant) {
        return String.format("%020d", instant.toEpochMilli());
    }

    private static final class Recording implements Processor<String, PolicyRejection, Void, Void> {

        private KeyValueStore<String, PolicyRejection> store;

        @Override
        public void init(ProcessorContext<Void, Void> context) {
            store = context.getStateStore(STORE);
        }

        @Override
        public void process(Record<String, PolicyRejection> record) {
            if (record.value() != null) {
                store.put(keyOf(record.value()), record.value());
            }
        }
    }
}
