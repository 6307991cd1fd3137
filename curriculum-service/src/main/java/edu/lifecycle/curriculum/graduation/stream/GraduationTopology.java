package edu.lifecycle.curriculum.graduation.stream;

import edu.lifecycle.curriculum.topics.CurriculumTopics;
import edu.lifecycle.servicekit.state.StateSerde;
import edu.lifecycle.servicekit.stream.ReadModelDefinition;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * The graduation checklists: curriculum's, placement's and billing's public topics merged per student. They are
 * co-partitioned by student id, so one task sees every event of a student. Each checklist change that alters the
 * student's readiness line is repartitioned by {@code programme/year}, so one instance holds a whole programme year's
 * readiness list and answers its pages from its own store.
 */
public final class GraduationTopology implements ReadModelDefinition {

    public static final String CHECKLISTS_STORE = ChecklistProjector.STORE;
    /**
     * {@code programme/year|studentId} → {@link edu.lifecycle.curriculum.graduation.GraduationReadiness}, one row per
     * student of the programme year with a checklist ({@link ReadinessRows}).
     */
    public static final String READINESS_STORE = "graduation-readiness";

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
                .process(ChecklistProjector.supplier(), Named.as("graduation-checklist-projector"))
                .repartition(Repartitioned.<String, ReadinessChange>as("graduation-readiness-by-cohort")
                        .withKeySerde(Serdes.String())
                        .withValueSerde(StateSerde.of(ReadinessChange.class)))
                .process(ReadinessProjector.supplier(), Named.as("graduation-readiness-projector"));
    }
}
