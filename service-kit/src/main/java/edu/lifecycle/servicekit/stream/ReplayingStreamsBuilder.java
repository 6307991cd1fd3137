package edu.lifecycle.servicekit.stream;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;

/**
 * A builder whose every stream of named topics also reads each topic's replay topic ({@link DeadLetterReplay}), so a
 * dead letter replayed by an operator reaches the same processors, in the same task (same partition number), as when
 * it was first read, and no other consumer of the source topic sees it. Tables read their topic alone: a table's
 * source is its changelog, and a record it could not read is replaced by the next one for its key.
 */
final class ReplayingStreamsBuilder extends StreamsBuilder {

    private final String applicationId;

    ReplayingStreamsBuilder(TopologyConfig config, String applicationId) {
        super(config);
        this.applicationId = applicationId;
    }

    @Override
    public synchronized <K, V> KStream<K, V> stream(String topic, Consumed<K, V> consumed) {
        return stream(List.of(topic), consumed);
    }

    @Override
    public synchronized <K, V> KStream<K, V> stream(Collection<String> topics, Consumed<K, V> consumed) {
        List<String> withReplays = new ArrayList<>(topics);
        topics.forEach(topic -> withReplays.add(DeadLetterReplay.topicFor(applicationId, topic)));
        return super.stream(withReplays, consumed);
    }
}
