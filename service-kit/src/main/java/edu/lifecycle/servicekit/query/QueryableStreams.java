package edu.lifecycle.servicekit.query;

import java.util.Optional;
import org.apache.kafka.streams.KafkaStreams;

/** The service's Kafka Streams applications, once started: what queries run against. */
@FunctionalInterface
public interface QueryableStreams {

    /** The running application whose topology holds {@code store}; empty before start and after stop. */
    Optional<KafkaStreams> streamsHolding(String store);
}
