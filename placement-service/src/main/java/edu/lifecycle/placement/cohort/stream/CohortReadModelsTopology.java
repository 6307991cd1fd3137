package edu.lifecycle.placement.cohort.stream;

import edu.lifecycle.placement.cohort.RowChange;
import edu.lifecycle.placement.cohort.StudentRow;
import edu.lifecycle.placement.topics.PlacementTopics;
import edu.lifecycle.servicekit.state.StateSerde;
import edu.lifecycle.servicekit.stream.ReadModelDefinition;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * The read models spanning students: each student's row, from placement's own events and curriculum's degrees
 * (co-partitioned by student id), repartitioned by {@code programme/year}, and each row change handed to the read
 * models the features contribute (pending validations, work-study numbers, graduate outcomes, experience against the
 * requirement), in the order given.
 */
public final class CohortReadModelsTopology implements ReadModelDefinition {

    /** Names the repartition topic ({@code <application.id>-read-models-placement-rows-by-cohort-repartition}). */
    static final String ROWS_BY_COHORT = "placement-rows-by-cohort";

    private final PlacementTopics topics;
    private final List<CohortReadModel> readModels;

    public CohortReadModelsTopology(PlacementTopics topics, List<CohortReadModel> readModels) {
        this.topics = topics;
        this.readModels = List.copyOf(readModels);
    }

    @Override
    public void define(StreamsBuilder builder) {
        KStream<String, RowChange> changes = events(builder)
                .process(StudentRowProjector.supplier(), Named.as("placement-student-rows"))
                .repartition(Repartitioned.<String, StudentRow>as(ROWS_BY_COHORT)
                        .withKeySerde(Serdes.String())
                        .withValueSerde(StateSerde.of(StudentRow.class)))
                .process(CohortRowProjector.supplier(), Named.as("placement-cohort-rows"));
        readModels.forEach(model -> changes.process(model.projector(), Named.as(model.name())));
    }

    private KStream<String, SpecificRecord> events(StreamsBuilder builder) {
        var own = builder.stream(topics.events().name(), topics.events().consumed());
        var curriculum = builder.stream(
                topics.curriculumEvents().name(), topics.curriculumEvents().consumed());
        return own.merge(curriculum);
    }
}
