package edu.lifecycle.curriculum.graduation.stream;

import edu.lifecycle.curriculum.topics.CurriculumTopics;
import edu.lifecycle.servicekit.stream.ReadModelDefinition;
import java.util.List;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Named;

/**
 * The graduation checklists: curriculum's, placement's and billing's public topics merged per student. They are
 * co-partitioned by student id, so one task sees every event of a student.
 */
public final class GraduationTopology implements ReadModelDefinition {

    public static final String CHECKLISTS_STORE = ChecklistProjector.STORE;

    private final CurriculumTopics topics;

    public GraduationTopology(CurriculumTopics topics) {
        this.topics = topics;
    }

    @Override
    public void define(StreamsBuilder builder) {
        List.of(topics.events(), topics.placementEvents(), topics.billingEvents()).stream()
                .map(topic -> builder.stream(topic.name(), topic.consumed()))
                .reduce((left, right) -> left.merge(right))
                .orElseThrow()
                .process(ChecklistProjector.supplier(), Named.as("graduation-checklist-projector"));
    }
}
