package edu.lifecycle.admissions.application.stream;

import edu.lifecycle.admissions.application.Application;
import edu.lifecycle.admissions.intake.Intake;
import edu.lifecycle.admissions.intake.stream.IntakeAggregate;
import edu.lifecycle.admissions.programme.ProgrammeCatalog;
import edu.lifecycle.admissions.topics.AdmissionsTopics;
import edu.lifecycle.events.profiles.StudentProfile;
import edu.lifecycle.registry.client.MockSchemaRegistry;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.command.CommandOutcome;
import edu.lifecycle.servicekit.command.CommandTopics;
import edu.lifecycle.servicekit.stream.DeadLetters;
import edu.lifecycle.servicekit.stream.ServiceTopology;
import edu.lifecycle.servicekit.stream.StreamsDefaults;
import edu.lifecycle.servicekit.stream.StreamsSettings;
import edu.lifecycle.servicekit.topic.AvroSerdes;
import edu.lifecycle.servicekit.topic.TopicNames;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;

/** The command side of admissions (applications and intakes) in a TopologyTestDriver, no Spring, no broker. */
final class ApplicationsDriver implements AutoCloseable {

    static final Instant START = Instant.parse("2026-06-02T08:00:00Z");

    private final String registryScope = "admissions-" + UUID.randomUUID();
    private final TopologyTestDriver driver;
    private final AdmissionsTopics topics;
    private final TestInputTopic<String, CommandEnvelope> commands;
    final TestInputTopic<String, byte[]> rawCommands;
    private final TestOutputTopic<String, CommandOutcome> outcomes;
    private final TestOutputTopic<String, SpecificRecord> events;
    private final TestOutputTopic<String, StudentProfile> profiles;
    final TestOutputTopic<byte[], byte[]> commandDeadLetters;
    private final Map<String, CommandOutcome> outcomesSeen = new HashMap<>();
    private final List<SpecificRecord> eventsSeen = new ArrayList<>();

    ApplicationsDriver(ProgrammeCatalog programmes) {
        this(programmes, new Properties());
    }

    /** With Streams settings that differ from the kit's defaults. */
    ApplicationsDriver(ProgrammeCatalog programmes, Properties overrides) {
        var names = TopicNames.unprefixed();
        topics = new AdmissionsTopics(
                names, CommandTopics.forService(names, "admissions"), new AvroSerdes("mock://" + registryScope));
        var topology =
                ServiceTopology.build(List.of(new ApplicationsTopology(topics, programmes)), topics.commandTopics());
        var stateDir = Path.of(System.getProperty("java.io.tmpdir"), "topology-tests", registryScope);
        var properties = StreamsDefaults.properties(
                StreamsSettings.of("admissions", "unused:9092").withStateDir(stateDir.toString()));
        properties.putAll(overrides);
        driver = new TopologyTestDriver(topology, properties, START);

        var commandTopic = topics.applicationCommands();
        commands = driver.createInputTopic(
                commandTopic.name(),
                new StringSerializer(),
                commandTopic.valueSerde().serializer());
        rawCommands = driver.createInputTopic(commandTopic.name(), new StringSerializer(), new ByteArraySerializer());
        var outcomeTopic = topics.commandTopics().outcomes();
        outcomes = driver.createOutputTopic(
                outcomeTopic.name(),
                outcomeTopic.keySerde().deserializer(),
                outcomeTopic.valueSerde().deserializer());
        events = driver.createOutputTopic(
                topics.events().name(),
                topics.events().keySerde().deserializer(),
                topics.events().valueSerde().deserializer());
        profiles = driver.createOutputTopic(
                topics.studentProfiles().name(),
                topics.studentProfiles().keySerde().deserializer(),
                topics.studentProfiles().valueSerde().deserializer());
        commandDeadLetters = driver.createOutputTopic(
                DeadLetters.topicFor("admissions"), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** Sends a command as the REST gateway would and returns its outcome. */
    CommandOutcome send(String commandId, String studentId, String type, Object payload) {
        commands.pipeInput(studentId, CommandEnvelope.of(commandId, studentId, type, payload, START));
        return outcomeOf(commandId);
    }

    /** Sends a command as the REST gateway would for the signed-in {@code staffId}, and returns its outcome. */
    CommandOutcome sendAs(String staffId, String studentId, String type, Object payload) {
        var commandId = UUID.randomUUID().toString();
        commands.pipeInput(
                studentId,
                CommandEnvelope.of(commandId, studentId, type, payload, START).withActor(staffId));
        return outcomeOf(commandId);
    }

    CommandOutcome send(String studentId, String type, Object payload) {
        return send(UUID.randomUUID().toString(), studentId, type, payload);
    }

    CommandOutcome outcomeOf(String commandId) {
        outcomes.readKeyValuesToList().forEach(outcome -> outcomesSeen.put(outcome.key, outcome.value));
        var outcome = outcomesSeen.get(commandId);
        if (outcome == null) {
            throw new AssertionError("no outcome for " + commandId);
        }
        return outcome;
    }

    /** Every public event published so far, in order. */
    List<SpecificRecord> events() {
        events.readValuesToList().forEach(eventsSeen::add);
        return List.copyOf(eventsSeen);
    }

    <T extends SpecificRecord> List<T> events(Class<T> type) {
        return events().stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<org.apache.kafka.streams.test.TestRecord<String, StudentProfile>> profiles() {
        return profiles.readRecordsToList();
    }

    Application application(String studentId) {
        KeyValueStore<String, Application> store = driver.getKeyValueStore(ApplicationAggregate.STATE_STORE);
        return store.get(studentId);
    }

    Intake intake(String key) {
        KeyValueStore<String, Intake> store = driver.getKeyValueStore(IntakeAggregate.STATE_STORE);
        return store.get(key);
    }

    @Override
    public void close() {
        driver.close();
        MockSchemaRegistry.dropScope(registryScope);
    }
}
