package edu.lifecycle.admissions.cohort.stream;

import edu.lifecycle.admissions.cohort.CohortRow;
import edu.lifecycle.admissions.topics.AdmissionsTopics;
import edu.lifecycle.servicekit.state.StateSerde;
import edu.lifecycle.servicekit.stream.ReadModelDefinition;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * The cohort read models: a per-student projection of the four public topics, whose rows are repartitioned by
 * {@code programme/year} into the pipeline, funnel and roster stores. The four topics are co-partitioned by student
 * id, so one task sees all of a student's events.
 */
public final class CohortTopology implements ReadModelDefinition {

    /** Names the repartition topic ({@code <application.id>-read-models-cohort-rows-repartition}), created by Streams. */
    static final String ROWS_BY_COHORT = "cohort-rows";

    private final AdmissionsTopics topics;

    public CohortTopology(AdmissionsTopics topics) {
        this.topics = topics;
    }

    @Override
    public void define(StreamsBuilder builder) {
        lifecycleEvents(builder)
                .process(CohortStudentProjector.supplier(), Named.as("cohort-student-projector"))
                .repartition(Repartitioned.<String, CohortRow>as(ROWS_BY_COHORT)
                        .withKeySerde(Serdes.String())
                        .withValueSerde(StateSerde.of(CohortRow.class)))
                .process(CohortRowProjector.supplier(), Named.as("cohort-row-projector"));
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
