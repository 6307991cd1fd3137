package edu.lifecycle.servicekit.query;

import java.util.Optional;
import org.apache.kafka.streams.KafkaStreams;

/** The service's Kafka Streams instance, once started: what queries run against. */
@FunctionalInterface
public interface QueryableStreams {

    Optional<KafkaStreams> streams();
}
