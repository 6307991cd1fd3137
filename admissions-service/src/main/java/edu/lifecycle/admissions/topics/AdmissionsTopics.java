package edu.lifecycle.admissions.topics;

import edu.lifecycle.admissions.privacy.KeyRing;
import edu.lifecycle.events.profiles.StudentProfile;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.command.CommandTopics;
import edu.lifecycle.servicekit.json.JsonSerde;
import edu.lifecycle.servicekit.topic.AvroSerdes;
import edu.lifecycle.servicekit.topic.Topic;
import edu.lifecycle.servicekit.topic.TopicCatalogue;
import edu.lifecycle.servicekit.topic.TopicNames;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The topics of admissions: its own commands and public events, the personal-data table and its keys, and the three public
 * topics of the other services that the cohort roster and the timelines read.
 */
public final class AdmissionsTopics implements TopicCatalogue {

    private final CommandTopics commandTopics;
    private final Topic<String, CommandEnvelope> intakeCommands;
    private final Topic<String, SpecificRecord> events;
    private final Topic<String, StudentProfile> studentProfiles;
    private final Topic<String, KeyRing> personalDataKeys;
    private final Topic<String, SpecificRecord> billingEvents;
    private final Topic<String, SpecificRecord> curriculumEvents;
    private final Topic<String, SpecificRecord> placementEvents;

    public AdmissionsTopics(TopicNames names, CommandTopics commandTopics, AvroSerdes avro) {
        this.commandTopics = commandTopics;
        // Capacity and the waitlist span students, so their commands are keyed by programme and year.
        this.intakeCommands = CommandTopics.commandsTopic(names.of("admissions.intake-commands"));
        this.events = Topic.log(names.of("admissions.events"), Serdes.String(), avro.values());
        this.studentProfiles = Topic.compacted(names.of("admissions.student-profiles"), Serdes.String(), avro.values());
        // Each person's data keys; only admissions may read it (BackboneAcls), and a tombstone is an erasure.
        this.personalDataKeys = Topic.compacted(
                names.of("admissions.personal-data-keys"), Serdes.String(), JsonSerde.of(KeyRing.class));
        this.billingEvents = Topic.log(names.of("billing.events"), Serdes.String(), avro.values());
        this.curriculumEvents = Topic.log(names.of("curriculum.events"), Serdes.String(), avro.values());
        this.placementEvents = Topic.log(names.of("placement.events"), Serdes.String(), avro.values());
    }

    public CommandTopics commandTopics() {
        return commandTopics;
    }

    /** Commands to a student's application, keyed by student id. */
    public Topic<String, CommandEnvelope> applicationCommands() {
        return commandTopics.commands();
    }

    /** Commands to a programme year's intake, keyed by {@code programme/year}. */
    public Topic<String, CommandEnvelope> intakeCommands() {
        return intakeCommands;
    }

    public Topic<String, SpecificRecord> events() {
        return events;
    }

    public Topic<String, StudentProfile> studentProfiles() {
        return studentProfiles;
    }

    /** Each person's data keys (crypto-shredding, ADR 13), keyed by student id; compacted. */
    public Topic<String, KeyRing> personalDataKeys() {
        return personalDataKeys;
    }

    public Topic<String, SpecificRecord> billingEvents() {
        return billingEvents;
    }

    public Topic<String, SpecificRecord> curriculumEvents() {
        return curriculumEvents;
    }

    public Topic<String, SpecificRecord> placementEvents() {
        return placementEvents;
    }

    /** The four public event topics, whose events make up a student's timeline and roster flags. */
    public List<Topic<String, SpecificRecord>> lifecycleTopics() {
        return List.of(events, billingEvents, curriculumEvents, placementEvents);
    }

    @Override
    public List<Topic<?, ?>> topics() {
        return List.of(
                commandTopics.commands(),
                commandTopics.outcomes(),
                intakeCommands,
                events,
                studentProfiles,
                personalDataKeys,
                billingEvents,
                curriculumEvents,
                placementEvents);
    }
}
