package edu.lifecycle.curriculum;

import edu.lifecycle.curriculum.defense.stream.DefenseCalendarTopology;
import edu.lifecycle.curriculum.graduation.stream.GraduationTopology;
import edu.lifecycle.curriculum.programme.GradingScheme;
import edu.lifecycle.curriculum.programme.Programmes;
import edu.lifecycle.curriculum.results.stream.ResultsTopology;
import edu.lifecycle.curriculum.topics.CurriculumTopics;
import edu.lifecycle.curriculum.transcript.Transcript;
import edu.lifecycle.curriculum.transcript.stream.TranscriptAggregate;
import edu.lifecycle.curriculum.transcript.stream.TranscriptsTopology;
import edu.lifecycle.registry.client.MockSchemaRegistry;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.command.CommandOutcome;
import edu.lifecycle.servicekit.command.CommandTopics;
import edu.lifecycle.servicekit.stream.DeadLetters;
import edu.lifecycle.servicekit.stream.ServiceTopology;
import edu.lifecycle.servicekit.stream.StreamsDefaults;
import edu.lifecycle.servicekit.stream.StreamsSettings;
import edu.lifecycle.servicekit.stream.TopologyDefinition;
import edu.lifecycle.servicekit.topic.AvroSerdes;
import edu.lifecycle.servicekit.topic.TopicNames;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The whole curriculum topology (transcripts, policies and read models) in a TopologyTestDriver: no Spring, no broker,
 * an in-memory registry and a fixed start time.
 */
public final class CurriculumDriver implements AutoCloseable {

    public static final Instant START = Instant.parse("2027-03-01T09:00:00Z");
    /** When juries hand in their marks in these tests: after every defense the tests schedule. */
    public static final Instant AFTER_DEFENSES = START.plus(Duration.ofDays(60));

    private final String registryScope = "curriculum-" + UUID.randomUUID();
    private final TopologyTestDriver driver;
    private final CurriculumTopics topics;
    private final TestInputTopic<String, CommandEnvelope> commands;
    private final TestInputTopic<String, SpecificRecord> admissions;
    private final TestInputTopic<String, SpecificRecord> placement;
    private final TestInputTopic<String, SpecificRecord> billing;
    private final TestInputTopic<String, SpecificRecord> ownEvents;
    /** {@code placement.events} as bytes, for records no schema can read. */
    public final TestInputTopic<String, byte[]> rawPlacement;

    public final TestOutputTopic<byte[], byte[]> placementDeadLetters;

    private final TestOutputTopic<String, CommandOutcome> outcomes;
    private final TestOutputTopic<String, SpecificRecord> events;
    private final Map<String, CommandOutcome> outcomesSeen = new HashMap<>();
    private final List<SpecificRecord> eventsSeen = new ArrayList<>();

    public CurriculumDriver() {
        this(topics -> List.of(new TranscriptsTopology(topics, Programmes.catalog(), GradingScheme.french())));
    }

    /** The command side and every read model, as the service runs them. */
    public static CurriculumDriver withReadModels() {
        return new CurriculumDriver(topics -> List.of(
                new TranscriptsTopology(topics, Programmes.catalog(), GradingScheme.french()),
                new GraduationTopology(topics),
                new DefenseCalendarTopology(topics),
                new ResultsTopology(topics)));
    }

    /** With the topology definitions the test needs, built on the driver's topics. */
    public CurriculumDriver(Function<CurriculumTopics, List<TopologyDefinition>> definitions) {
        this(definitions, new Properties());
    }

    /** With Streams settings that differ from the kit's defaults. */
    public CurriculumDriver(Function<CurriculumTopics, List<TopologyDefinition>> definitions, Properties overrides) {
        var names = TopicNames.unprefixed();
        topics = new CurriculumTopics(
                names, CommandTopics.forService(names, "curriculum"), new AvroSerdes("mock://" + registryScope));
        var topology = ServiceTopology.build(definitions.apply(topics), topics.commandTopics());
        var stateDir = Path.of(System.getProperty("java.io.tmpdir"), "topology-tests", registryScope);
        var properties = StreamsDefaults.properties(
                StreamsSettings.of("curriculum", "unused:9092").withStateDir(stateDir.toString()));
        properties.putAll(overrides);
        driver = new TopologyTestDriver(topology, properties, START);

        var commandTopic = topics.transcriptCommands();
        commands = driver.createInputTopic(
                commandTopic.name(),
                new StringSerializer(),
                commandTopic.valueSerde().serializer());
        admissions = input(topics.admissionsEvents().name());
        placement = input(topics.placementEvents().name());
        billing = input(topics.billingEvents().name());
        ownEvents = input(topics.events().name());
        rawPlacement = driver.createInputTopic(
                topics.placementEvents().name(), new StringSerializer(), new ByteArraySerializer());
        placementDeadLetters = driver.createOutputTopic(
                DeadLetters.topicFor("curriculum"), new ByteArrayDeserializer(), new ByteArrayDeserializer());
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

    private TestInputTopic<String, SpecificRecord> input(String name) {
        return driver.createInputTopic(
                name, new StringSerializer(), topics.events().valueSerde().serializer());
    }

    /** Sends a command as the REST gateway would, issued at {@link #START}, and returns its outcome. */
    public CommandOutcome send(String studentId, String type, Object payload) {
        return send(UUID.randomUUID().toString(), studentId, type, payload);
    }

    /** Sends a command with a given id, e.g. to send it again. */
    public CommandOutcome send(String commandId, String studentId, String type, Object payload) {
        return send(commandId, studentId, type, payload, START);
    }

    /** Sends a command as the REST gateway would when its clock reads {@code issuedAt}. */
    public CommandOutcome sendAt(Instant issuedAt, String studentId, String type, Object payload) {
        return send(UUID.randomUUID().toString(), studentId, type, payload, issuedAt);
    }

    private CommandOutcome send(String commandId, String studentId, String type, Object payload, Instant issuedAt) {
        commands.pipeInput(studentId, CommandEnvelope.of(commandId, studentId, type, payload, issuedAt), START);
        return outcomeOf(commandId);
    }

    public void admissions(SpecificRecord event) {
        admissions.pipeInput(key(event), event, START);
    }

    public void placement(SpecificRecord event) {
        placement.pipeInput(key(event), event, START);
    }

    public void billing(SpecificRecord event) {
        billing.pipeInput(key(event), event, START);
    }

    /** An event on curriculum's own topic that no command of the test made, as a replay of the topic would bring. */
    public void curriculumEvent(SpecificRecord event) {
        ownEvents.pipeInput(key(event), event, START);
    }

    private static String key(SpecificRecord event) {
        return event.get(event.getSchema().getField("studentId").pos()).toString();
    }

    public CommandOutcome outcomeOf(String commandId) {
        outcomes.readKeyValuesToList().forEach(outcome -> outcomesSeen.put(outcome.key, outcome.value));
        var outcome = outcomesSeen.get(commandId);
        if (outcome == null) {
            throw new AssertionError("no outcome for " + commandId);
        }
        return outcome;
    }

    /** Every outcome so far, policy commands' included. */
    public List<CommandOutcome> outcomes() {
        outcomes.readKeyValuesToList().forEach(outcome -> outcomesSeen.put(outcome.key, outcome.value));
        return List.copyOf(outcomesSeen.values());
    }

    /** Every public event published so far, in order. */
    public List<SpecificRecord> events() {
        eventsSeen.addAll(events.readValuesToList());
        return List.copyOf(eventsSeen);
    }

    public <T extends SpecificRecord> List<T> events(Class<T> type) {
        return events().stream().filter(type::isInstance).map(type::cast).toList();
    }

    public Transcript transcript(String studentId) {
        KeyValueStore<String, Transcript> store = driver.getKeyValueStore(TranscriptAggregate.STATE_STORE);
        return store.get(studentId);
    }

    public <V> KeyValueStore<String, V> store(String name) {
        return driver.getKeyValueStore(name);
    }

    @Override
    public void close() {
        driver.close();
        MockSchemaRegistry.dropScope(registryScope);
    }
}
