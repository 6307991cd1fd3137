package edu.lifecycle.admissions.timeline.stream;

import edu.lifecycle.admissions.topics.AdmissionsTopics;
import edu.lifecycle.servicekit.stream.ReadModelDefinition;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

/**
 * Students' timelines from the four public topics. They are co-partitioned by student id, so one task sees all of a
 * student's events and orders them in one store entry.
 */
public final class TimelineTopology implements ReadModelDefinition {

    private final AdmissionsTopics topics;

    public TimelineTopology(AdmissionsTopics topics) {
        this.topics = topics;
    }

    @Override
    public void define(StreamsBuilder builder) {
        lifecycleEvents(builder).process(TimelineProjector.supplier(), Named.as("timeline-projector"));
    }

    /**
     * One source per topic, merged: Streams merges sources that subscribe to the same single topic, so other
     * features may read any of these topics too, which a source over the four together would forbid.
     */
    private KStream<String, SpecificRecord> lifecycleEvents(StreamsBuilder builder) {
        return topics.lifecycleTopics().stream()
                .map(topic -> builder.stream(topic.name(), topic.consumed()))
                .reduce(KStream::merge)
                .orElseThrow();
    }
}
