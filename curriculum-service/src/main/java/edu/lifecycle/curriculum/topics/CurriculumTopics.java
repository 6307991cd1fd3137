package edu.lifecycle.curriculum.topics;

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
 * The topics of curriculum: its commands and public events, and the three public topics whose events open and close
 * transcripts ({@code admissions.events}) and establish two of the degree's conditions ({@code placement.events},
 * {@code billing.events}).
 */
public final class CurriculumTopics implements TopicCatalogue {

    private final CommandTopics commandTopics;
    private final Topic<String, SpecificRecord> events;
    private final Topic<String, SpecificRecord> admissionsEvents;
    private final Topic<String, SpecificRecord> placementEvents;
    private final Topic<String, SpecificRecord> billingEvents;

    public CurriculumTopics(TopicNames names, CommandTopics commandTopics, AvroSerdes avro) {
        this.commandTopics = commandTopics;
        this.events = Topic.log(names.of("curriculum.events"), Serdes.String(), avro.values());
        this.admissionsEvents = Topic.log(names.of("admissions.events"), Serdes.String(), avro.values());
        this.placementEvents = Topic.log(names.of("placement.events"), Serdes.String(), avro.values());
        this.billingEvents = Topic.log(names.of("billing.events"), Serdes.String(), avro.values());
    }

    public CommandTopics commandTopics() {
        return commandTopics;
    }

    /** Commands to a student's transcript, keyed by student id. */
    public Topic<String, CommandEnvelope> transcriptCommands() {
        return commandTopics.commands();
    }

    public Topic<String, SpecificRecord> events() {
        return events;
    }

    public Topic<String, SpecificRecord> admissionsEvents() {
        return admissionsEvents;
    }

    public Topic<String, SpecificRecord> placementEvents() {
        return placementEvents;
    }

    public Topic<String, SpecificRecord> billingEvents() {
        return billingEvents;
    }

    @Override
    public List<Topic<?, ?>> topics() {
        return List.of(
                commandTopics.commands(),
                commandTopics.outcomes(),
                events,
                admissionsEvents,
                placementEvents,
                billingEvents);
    }
}
