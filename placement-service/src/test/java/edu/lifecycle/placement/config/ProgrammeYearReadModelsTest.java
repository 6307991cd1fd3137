package edu.lifecycle.placement.config;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.placement.topics.PlacementTopics;
import edu.lifecycle.servicekit.command.CommandTopics;
import edu.lifecycle.servicekit.topic.AvroSerdes;
import edu.lifecycle.servicekit.topic.TopicNames;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.Test;

/**
 * The programme-year read models assembled outside {@code cohort} keep the topology's shape: the same processors
 * after the cohort's row changes, and the same stores (whose names are their changelog topics).
 */
class ProgrammeYearReadModelsTest {

    @Test
    void everyProgrammeYearReadModelRunsOnTheCohortsRowChangesUnderItsName() {
        var names = TopicNames.unprefixed();
        var topics = new PlacementTopics(
                names,
                CommandTopics.forService(names, "placement"),
                new AvroSerdes("mock://placement-" + UUID.randomUUID()));
        var builder = new StreamsBuilder();
        ProgrammeYearReadModels.topology(topics).define(builder);

        var processors = new ArrayList<TopologyDescription.Processor>();
        for (var subtopology : builder.build().describe().subtopologies()) {
            for (var node : subtopology.nodes()) {
                if (node instanceof TopologyDescription.Processor processor) {
                    processors.add(processor);
                }
            }
        }
        var rowChanges = processors.stream()
                .filter(processor -> processor.name().equals("placement-cohort-rows"))
                .findFirst()
                .orElseThrow();
        var stores = new TreeSet<String>();
        processors.forEach(processor -> stores.addAll(processor.stores()));

        assertThat(rowChanges.successors().stream().map(TopologyDescription.Node::name))
                .containsExactlyInAnyOrder(
                        "pending-validations-projector",
                        "work-study-projector",
                        "graduate-outcomes-projector",
                        "experience-projector");
        assertThat(stores)
                .containsExactlyElementsOf(new TreeSet<>(List.of(
                        "placement-student-rows",
                        "placement-cohort-rows",
                        "pending-validations",
                        "work-study-numbers",
                        "graduate-outcomes",
                        "experience-standings",
                        "experience-counts")));
    }
}
