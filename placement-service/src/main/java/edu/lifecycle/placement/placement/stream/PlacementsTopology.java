package edu.lifecycle.placement.placement.stream;

import edu.lifecycle.placement.placement.AcademicYears;
import edu.lifecycle.placement.placement.PlacementDecider;
import edu.lifecycle.placement.placement.ProgrammeCatalog;
import edu.lifecycle.placement.topics.PlacementTopics;
import edu.lifecycle.servicekit.stream.Aggregates;
import edu.lifecycle.servicekit.stream.Policies;
import edu.lifecycle.servicekit.stream.TopologyDefinition;
import org.apache.kafka.streams.StreamsBuilder;

/**
 * The command side of placement: the record of each student, and the policies that turn admissions' and
 * curriculum's events into its commands.
 */
public final class PlacementsTopology implements TopologyDefinition {

    private final PlacementTopics topics;
    private final ProgrammeCatalog programmes;
    private final AcademicYears calendar;

    public PlacementsTopology(PlacementTopics topics, ProgrammeCatalog programmes, AcademicYears calendar) {
        this.topics = topics;
        this.programmes = programmes;
        this.calendar = calendar;
    }

    @Override
    public void define(StreamsBuilder builder) {
        var placements = Aggregates.attach(
                builder,
                topics.commandTopics(),
                PlacementAggregate.of(new PlacementDecider(programmes, calendar), topics));
        Policies.decide(builder, topics.admissionsEvents(), EnrollmentPolicy.NAME, new EnrollmentPolicy(), placements);
        Policies.decide(builder, topics.curriculumEvents(), DegreePolicy.NAME, new DegreePolicy(), placements);
    }
}
