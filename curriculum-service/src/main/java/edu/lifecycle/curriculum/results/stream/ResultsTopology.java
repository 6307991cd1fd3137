package edu.lifecycle.curriculum.results.stream;

import edu.lifecycle.curriculum.results.StudentResults;
import edu.lifecycle.curriculum.topics.CurriculumTopics;
import edu.lifecycle.servicekit.state.StateSerde;
import edu.lifecycle.servicekit.stream.ReadModelDefinition;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * Cohort results: a per-student projection of {@code curriculum.events}, repartitioned by {@code programme/year}, so
 * one instance holds a whole programme year's tally and answers from its own store.
 */
public final class ResultsTopology implements ReadModelDefinition {

    /** Student id → {@link StudentResults}. */
    public static final String STUDENTS_STORE = "results-students";
    /** {@code programme/year|studentId} → the student's last {@link StudentResults}, to tell what a new row changes. */
    public static final String ROWS_STORE = "results-rows";
    /** {@code programme/year} → {@link edu.lifecycle.curriculum.results.CohortTally}. */
    public static final String COHORTS_STORE = "cohort-results";
    /** The dissertation's line among the courses. */
    static final String DISSERTATION = "DISSERTATION";

    private final CurriculumTopics topics;

    public ResultsTopology(CurriculumTopics topics) {
        this.topics = topics;
    }

    @Override
    public void define(StreamsBuilder builder) {
        builder.stream(topics.events().name(), topics.events().consumed())
                .process(StudentResultsProjector.supplier(), Named.as("results-student-projector"))
                .repartition(Repartitioned.<String, StudentResults>as("results-by-cohort")
                        .withKeySerde(Serdes.String())
                        .withValueSerde(StateSerde.of(StudentResults.class)))
                .process(CohortResultsProjector.supplier(), Named.as("results-cohort-projector"));
    }
}
