package edu.lifecycle.placement;

import edu.lifecycle.placement.config.ProgrammeYearReadModels;
import edu.lifecycle.placement.placement.PlacementRecord;
import edu.lifecycle.placement.placement.ProgrammeCatalog;
import edu.lifecycle.placement.placement.Programmes;
import edu.lifecycle.placement.placement.stream.PlacementAggregate;
import edu.lifecycle.placement.placement.stream.PlacementsTopology;
import edu.lifecycle.placement.placement.stream.StudentPlacementsTopology;
import edu.lifecycle.placement.topics.PlacementTopics;
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
import java.nio.charset.StandardCharsets;
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
import org.apache.kafka.streams.test.TestRecord;

/**
 * The whole placement topology (command side, policies and read models) in a TopologyTestDriver: no Spring, no
 * broker, an in-memory registry. Other services' events are piped in as their own topics carry them.
 */
public final class PlacementDriver implements AutoCloseable {

    public static final Instant START = Instant.parse("2026-09-01T08:00:00Z");

    private final String registryScope = "placement-" + UUID.randomUUID();
    private final TopologyTestDriver driver;
    private final PlacementTopics topics;
    private final TestInputTopic<String, CommandEnvelope> commands;
    private final TestInputTopic<String, byte[]> rawCommands;
    private final TestInputTopic<String, SpecificRecord> admissionsEvents;
    private final TestInputTopic<String, SpecificRecord> curriculumEvents;
    private final TestInputTopic<String, byte[]> rawAdmissionsEvents;
    private final TestOutputTopic<String, CommandOutcome> outcomes;
    private final TestOutputTopic<String, SpecificRecord> events;
    private final Map<String, CommandOutcome> outcomesSeen = new HashMap<>();
    private final List<SpecificRecord> eventsSeen = new ArrayList<>();

    public PlacementDriver(ProgrammeCatalog programmes) {
        this(programmes, new Properties());
    }

    /** With Streams settings that differ from the kit's defaults. */
    public PlacementDriver(ProgrammeCatalog programmes, Properties overrides) {
        var names = TopicNames.unprefixed();
        topics = new PlacementTopics(
                names, CommandTopics.forService(names, "placement"), new AvroSerdes("mock://" + registryScope));
        var topology = ServiceTopology.build(
                List.of(
                        new PlacementsTopology(topics, programmes, Programmes.calendar()),
                        new StudentPlacementsTopology(topics),
                        ProgrammeYearReadModels.topology(topics)),
                topics.commandTopics());
        var stateDir = Path.of(System.getProperty("java.io.tmpdir"), "topology-tests", registryScope);
        var properties = StreamsDefaults.properties(
                StreamsSettings.of("placement", "unused:9092").withStateDir(stateDir.toString()));
        properties.putAll(overrides);
        driver = new TopologyTestDriver(topology, properties, START);

        var commandTopic = topics.placementCommands();
        commands = driver.createInputTopic(
                commandTopic.name(),
                new StringSerializer(),
                commandTopic.valueSerde().serializer());
        rawCommands = driver.createInputTopic(commandTopic.name(), new StringSerializer(), new ByteArraySerializer());
        admissionsEvents = driver.createInputTopic(
                topics.admissionsEvents().name(),
                new StringSerializer(),
                topics.admissionsEvents().valueSerde().serializer());
        rawAdmissionsEvents = driver.createInputTopic(
                topics.admissionsEvents().name(), new StringSerializer(), new ByteArraySerializer());
        curriculumEvents = driver.createInputTopic(
                topics.curriculumEvents().name(),
                new StringSerializer(),
                topics.curriculumEvents().valueSerde().serializer());
        var outcomeTopic = topics.commandTopics().outcomes();
        outcomes = driver.createOutputTopic(
                outcomeTopic.name(),
                outcomeTopic.keySerde().deserializer(),
                outcomeTopic.valueSerde().deserializer());
        events = driver.createOutputTopic(
                topics.events().name(),
                topics.events().keySerde().deserializer(),
                topics.events().valueSerde().deserializer());
    }

    /** Sends a command as the REST gateway would, issued at {@code issuedAt}, and returns its outcome. */
    public CommandOutcome send(String commandId, String studentId, String type, Object payload, Instant issuedAt) {
        commands.pipeInput(studentId, CommandEnvelope.of(commandId, studentId, type, payload, issuedAt));
        return outcomeOf(commandId);
    }

    public CommandOutcome send(String studentId, String type, Object payload, Instant issuedAt) {
        return send(UUID.randomUUID().toString(), studentId, type, payload, issuedAt);
    }

    public CommandOutcome send(String studentId, String type, Object payload) {
        return send(studentId, type, payload, START);
    }

    public void sendUnreadableCommand(String studentId) {
        rawCommands.pipeInput(studentId, "not json".getBytes(StandardCharsets.UTF_8));
    }

    /** An admissions event as admissions publishes it. */
    public void admissions(String studentId, SpecificRecord event) {
        admissionsEvents.pipeInput(studentId, event);
    }

    public void unreadableAdmissionsEvent(String studentId) {
        rawAdmissionsEvents.pipeInput(studentId, new byte[] {0, 0, 0, 0, 42, 1});
    }

    /** A curriculum event as curriculum publishes it. */
    public void curriculum(String studentId, SpecificRecord event) {
        curriculumEvents.pipeInput(studentId, event);
    }

    public CommandOutcome outcomeOf(String commandId) {
        outcomes.readKeyValuesToList().forEach(outcome -> outcomesSeen.put(outcome.key, outcome.value));
        var outcome = outcomesSeen.get(commandId);
        if (outcome == null) {
            throw new AssertionError("no outcome for " + commandId);
        }
        return outcome;
    }

    /** Every outcome so far, by command id. */
    public Map<String, CommandOutcome> outcomes() {
        outcomes.readKeyValuesToList().forEach(outcome -> outcomesSeen.put(outcome.key, outcome.value));
        return Map.copyOf(outcomesSeen);
    }

    /** Every public event published so far, in order. */
    public List<SpecificRecord> events() {
        events.readValuesToList().forEach(eventsSeen::add);
        return List.copyOf(eventsSeen);
    }

    public <T extends SpecificRecord> List<T> events(Class<T> type) {
        return events().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The aggregate's state of a student. */
    public PlacementRecord record(String studentId) {
        KeyValueStore<String, PlacementRecord> store = driver.getKeyValueStore(PlacementAggregate.STATE_STORE);
        return store.get(studentId);
    }

    private final List<TestRecord<byte[], byte[]>> deadLettersRead = new java.util.ArrayList<>();

    public <V> KeyValueStore<String, V> store(String name) {
        return driver.getKeyValueStore(name);
    }

    /** The dead letters set aside from {@code topic}, among the consumer's (one dead-letter topic per consumer). */
    public List<TestRecord<byte[], byte[]>> deadLetters(String topic) {
        deadLettersRead.addAll(driver.createOutputTopic(
                        DeadLetters.topicFor("placement"), new ByteArrayDeserializer(), new ByteArrayDeserializer())
                .readRecordsToList());
        return deadLettersRead.stream()
                .filter(record -> topic.equals(DeadLetters.header(record.headers(), DeadLetters.SOURCE_TOPIC)))
                .toList();
    }

    public PlacementTopics topics() {
        return topics;
    }

    @Override
    public void close() {
        driver.close();
        MockSchemaRegistry.dropScope(registryScope);
    }
}
