package edu.lifecycle.placement.topics;

import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.command.CommandTopics;
import edu.lifecycle.servicekit.topic.AvroSerdes;
import edu.lifecycle.servicekit.topic.Topic;
import edu.lifecycle.servicekit.topic.TopicCatalogue;
import edu.lifecycle.servicekit.topic.TopicNames;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The topics of placement: its own commands and public events, and the public topics of admissions (enrollments,
 * withdrawals) and curriculum (degrees) that its policies and read models read.
 */
public final class PlacementTopics implements TopicCatalogue {

    private final CommandTopics commandTopics;
    private final Topic<String, SpecificRecord> events;
    private final Topic<String, SpecificRecord> admissionsEvents;
    private final Topic<String, SpecificRecord> curriculumEvents;

    public PlacementTopics(TopicNames names, CommandTopics commandTopics, AvroSerdes avro) {
        this.commandTopics = commandTopics;
        this.events = Topic.log(names.of("placement.events"), Serdes.String(), avro.values());
        this.admissionsEvents = Topic.log(names.of("admissions.events"), Serdes.String(), avro.values());
        this.curriculumEvents = Topic.log(names.of("curriculum.events"), Serdes.String(), avro.values());
    }

    public CommandTopics commandTopics() {
        return commandTopics;
    }

    /** Commands to a student's placement record, keyed by student id. */
    public Topic<String, CommandEnvelope> placementCommands() {
        return commandTopics.commands();
    }

    public Topic<String, SpecificRecord> events() {
        return events;
    }

    public Topic<String, SpecificRecord> admissionsEvents() {
        return admissionsEvents;
    }

    public Topic<String, SpecificRecord> curriculumEvents() {
        return curriculumEvents;
    }

    @Override
    public List<Topic<?, ?>> topics() {
        return List.of(commandTopics.commands(), commandTopics.outcomes(), events, admissionsEvents, curriculumEvents);
    }
}
