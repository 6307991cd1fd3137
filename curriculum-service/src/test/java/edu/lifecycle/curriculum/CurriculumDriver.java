package edu.lifecycle.curriculum;

import edu.lifecycle.curriculum.defense.stream.DefenseCalendarTopology;
import edu.lifecycle.curriculum.graduation.stream.GraduationTopology;
import edu.lifecycle.curriculum.programme.GradingScheme;
import edu.lifecycle.curriculum.programme.Programmes;
import edu.lifecycle.curriculum.results.stream.ResultsTopology;
import edu.lifecycle.curriculum.topics.CurriculumTopics;
import edu.lifecycle.curriculum.transcript.Transcript;
import edu.lifecycle.curriculum.transcript.TranscriptCommand;
import edu.lifecycle.curriculum.transcript.stream.TranscriptAggregate;
import edu.lifecycle.curriculum.transcript.stream.TranscriptCommandFormat;
import edu.lifecycle.curriculum.transcript.stream.TranscriptsTopology;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.command.CommandMeta;
import edu.lifecycle.servicekit.command.CommandOutcome;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.query.ThisInstance;
import edu.lifecycle.servicekit.stream.TopologyDefinition;
import edu.lifecycle.servicekit.testing.LocalStores;
import edu.lifecycle.servicekit.testing.ServiceDriver;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;

/**
 * The curriculum topology (transcripts, policies and read models) on the kit's {@link ServiceDriver}, in curriculum's
 * words: other services' events keyed by their student, commands issued at {@link #START} unless said otherwise.
 */
public final class CurriculumDriver implements AutoCloseable {

    public static final Instant START = Instant.parse("2027-03-01T09:00:00Z");
    /** When juries hand in their marks in these tests: after every defense the tests schedule. */
    public static final Instant AFTER_DEFENSES = START.plus(Duration.ofDays(60));

    private final ServiceDriver<CurriculumTopics> driver;
    private final CurriculumTopics topics;

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
        driver = ServiceDriver.of("curriculum", CurriculumTopics::new)
                .topologies(definitions)
                .startingAt(START)
                .with(overrides)
                .build();
        topics = driver.topics();
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

    /** Sends a domain command as the REST gateway would, issued at {@link #START}, in the internal command format. */
    public CommandOutcome send(Function<CommandMeta, ? extends TranscriptCommand> command) {
        return send(UUID.randomUUID().toString(), command);
    }

    /** Sends a domain command with a given id, e.g. to send it again. */
    public CommandOutcome send(String commandId, Function<CommandMeta, ? extends TranscriptCommand> command) {
        return send(new CommandMeta(commandId, START, Optional.empty()), command);
    }

    /** Sends a domain command as the REST gateway would when its clock reads {@code issuedAt}. */
    public CommandOutcome sendAt(Instant issuedAt, Function<CommandMeta, ? extends TranscriptCommand> command) {
        return send(new CommandMeta(UUID.randomUUID().toString(), issuedAt, Optional.empty()), command);
    }

    private CommandOutcome send(CommandMeta meta, Function<CommandMeta, ? extends TranscriptCommand> command) {
        return driver.send(
                topics.transcriptCommands(), TranscriptCommandFormat.CODEC.envelope(meta, command.apply(meta)));
    }

    private CommandOutcome send(String commandId, String studentId, String type, Object payload, Instant issuedAt) {
        return driver.send(
                topics.transcriptCommands(), CommandEnvelope.of(commandId, studentId, type, payload, issuedAt));
    }

    public void admissions(SpecificRecord event) {
        driver.pipe(topics.admissionsEvents(), key(event), event);
    }

    /** Admissions' event with headers, e.g. the trace context of the request that caused it. */
    public void admissions(SpecificRecord event, Headers headers) {
        driver.pipe(topics.admissionsEvents(), key(event), event, headers);
    }

    /** Every record written so far to a topic the test does not otherwise read (a repartition topic), raw. */
    public List<TestRecord<byte[], byte[]>> rawRecords(String topicName) {
        return driver.rawRecords(topicName);
    }

    /** The names of the topics written so far, repartition topics included. */
    public Set<String> producedTopics() {
        return driver.driver().producedTopicNames();
    }

    public void placement(SpecificRecord event) {
        driver.pipe(topics.placementEvents(), key(event), event);
    }

    /** Bytes on {@code placement.events} that no schema can read. */
    public void unreadablePlacementEvent(String studentId, byte[] bytes) {
        driver.pipeRaw(topics.placementEvents(), studentId, bytes);
    }

    public void billing(SpecificRecord event) {
        driver.pipe(topics.billingEvents(), key(event), event);
    }

    /** An event on curriculum's own topic that no command of the test made, as a replay of the topic would bring. */
    public void curriculumEvent(SpecificRecord event) {
        driver.pipe(topics.events(), key(event), event);
    }

    private static String key(SpecificRecord event) {
        return event.get(event.getSchema().getField("studentId").pos()).toString();
    }

    public CommandOutcome outcomeOf(String commandId) {
        return driver.outcomeOf(commandId);
    }

    /** Every outcome so far, policy commands' included. */
    public List<CommandOutcome> outcomes() {
        return List.copyOf(driver.outcomes().values());
    }

    /** Every public event published so far, in order. */
    public List<SpecificRecord> events() {
        return driver.values(topics.events());
    }

    public <T extends SpecificRecord> List<T> events(Class<T> type) {
        return driver.values(topics.events(), type);
    }

    /** Curriculum's dead letters so far (one dead-letter topic for all it consumes). */
    public List<TestRecord<byte[], byte[]>> deadLetters() {
        return driver.deadLetters();
    }

    /** Why each dead letter so far was set aside: "source topic: reason". */
    public List<String> deadLetterReasons() {
        return driver.deadLetterReasons();
    }

    /** Moves the test clock and lets the wall-clock punctuations run as they would over that time. */
    public void timePasses(Duration duration) {
        driver.timePasses(duration);
    }

    public Transcript transcript(String studentId) {
        KeyValueStore<String, Transcript> store = driver.store(TranscriptAggregate.STATE_STORE);
        return store.get(studentId);
    }

    public <V> KeyValueStore<String, V> store(String name) {
        return driver.store(name);
    }

    /** Rewrites a read model's store as the JSON the releases before ADR 16 wrote. */
    public <V> void rewriteAsJson(String store, Class<V> type) {
        driver.rewriteAsJson(store, type);
    }

    /**
     * The stores as a controller reads them from a running instance that owns every key (there is one, the driver),
     * so a web test answers from what the topology built.
     */
    public StoreQueries queries(ThisInstance self) {
        return LocalStores.answeringFrom(driver::store, self);
    }

    @Override
    public void close() {
        driver.close();
    }
}
