package edu.lifecycle.billing.topics;

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
 * The topics of billing: its own commands and public events, and the two public topics whose events it acts on
 * (enrollments and withdrawals from admissions, work-study contracts from placement).
 */
public final class BillingTopics implements TopicCatalogue {

    private final CommandTopics commandTopics;
    private final Topic<String, SpecificRecord> events;
    private final Topic<String, SpecificRecord> admissionsEvents;
    private final Topic<String, SpecificRecord> placementEvents;

    public BillingTopics(TopicNames names, CommandTopics commandTopics, AvroSerdes avro) {
        this.commandTopics = commandTopics;
        this.events = Topic.log(names.of("billing.events"), Serdes.String(), avro.values());
        this.admissionsEvents = Topic.log(names.of("admissions.events"), Serdes.String(), avro.values());
        this.placementEvents = Topic.log(names.of("placement.events"), Serdes.String(), avro.values());
    }

    public CommandTopics commandTopics() {
        return commandTopics;
    }

    /** Commands to a student's account, keyed by student id. */
    public Topic<String, CommandEnvelope> accountCommands() {
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

    @Override
    public List<Topic<?, ?>> topics() {
        return List.of(commandTopics.commands(), commandTopics.outcomes(), events, admissionsEvents, placementEvents);
    }
}
