package edu.lifecycle.placement.placement.stream;

import edu.lifecycle.placement.topics.PlacementTopics;
import edu.lifecycle.servicekit.stream.ReadModelDefinition;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Named;

/** The read model of each student's placements, from placement's own public events. */
public final class StudentPlacementsTopology implements ReadModelDefinition {

    private final PlacementTopics topics;

    public StudentPlacementsTopology(PlacementTopics topics) {
        this.topics = topics;
    }

    @Override
    public void define(StreamsBuilder builder) {
        builder.stream(topics.events().name(), topics.events().consumed())
                .process(StudentPlacementsProjector.supplier(), Named.as("student-placements-projector"));
    }
}
