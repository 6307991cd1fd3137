package edu.lifecycle.placement;

import edu.lifecycle.placement.config.ProgrammeYearReadModels;
import edu.lifecycle.placement.placement.PlacementCommand;
import edu.lifecycle.placement.placement.PlacementRecord;
import edu.lifecycle.placement.placement.ProgrammeCatalog;
import edu.lifecycle.placement.placement.Programmes;
import edu.lifecycle.placement.placement.stream.PlacementAggregate;
import edu.lifecycle.placement.placement.stream.PlacementCommandFormat;
import edu.lifecycle.placement.placement.stream.PlacementsTopology;
import edu.lifecycle.placement.placement.stream.StudentPlacementsTopology;
import edu.lifecycle.placement.topics.PlacementTopics;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.command.CommandMeta;
import edu.lifecycle.servicekit.command.CommandOutcome;
import edu.lifecycle.servicekit.testing.ServiceDriver;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;

/**
 * The whole placement topology (command side, policies and read models) on the kit's {@link ServiceDriver}, in
 * placement's words. Other services' events are piped in as their own topics carry them.
 */
public final class PlacementDriver implements AutoCloseable {

    public static final Instant START = Instant.parse("2026-09-01T08:00:00Z");

    private final ServiceDriver<PlacementTopics> driver;
    private final PlacementTopics topics;

    public PlacementDriver(ProgrammeCatalog programmes) {
        this(programmes, new Properties());
    }

    /** With Streams settings that differ from the kit's defaults. */
    public PlacementDriver(ProgrammeCatalog programmes, Properties overrides) {
        driver = ServiceDriver.of("placement", PlacementTopics::new)
                .topologies(topics -> List.of(
                        new PlacementsTopology(topics, programmes, Programmes.calendar()),
                        new StudentPlacementsTopology(topics),
                        ProgrammeYearReadModels.topology(topics)))
                .startingAt(START)
                .with(overrides)
                .build();
        topics = driver.topics();
    }

    /** Sends a command as the REST gateway would, issued at {@code issuedAt}, and returns its outcome. */
    /** A domain command for a student, built from what the envelope owns, as a controller builds it. */
    @FunctionalInterface
    public interface Body {
        PlacementCommand command(CommandMeta meta, String studentId);
    }

    /** Sends a domain command as the REST gateway would, in the internal command format. */
    public CommandOutcome send(String commandId, String studentId, Body body, Instant issuedAt) {
        var meta = new CommandMeta(commandId, issuedAt, Optional.empty());
        return driver.send(
                topics.placementCommands(), PlacementCommandFormat.CODEC.envelope(meta, body.command(meta, studentId)));
    }

    public CommandOutcome send(String studentId, Body body, Instant issuedAt) {
        return send(UUID.randomUUID().toString(), studentId, body, issuedAt);
    }

    public CommandOutcome send(String studentId, Body body) {
        return send(studentId, body, START);
    }

    public CommandOutcome send(String commandId, String studentId, String type, Object payload, Instant issuedAt) {
        return driver.send(
                topics.placementCommands(), CommandEnvelope.of(commandId, studentId, type, payload, issuedAt));
    }

    public CommandOutcome send(String studentId, String type, Object payload, Instant issuedAt) {
        return send(UUID.randomUUID().toString(), studentId, type, payload, issuedAt);
    }

    public CommandOutcome send(String studentId, String type, Object payload) {
        return send(studentId, type, payload, START);
    }

    public void sendUnreadableCommand(String studentId) {
        driver.pipeRaw(topics.placementCommands(), studentId, "not json".getBytes(StandardCharsets.UTF_8));
    }

    /** An admissions event as admissions publishes it. */
    public void admissions(String studentId, SpecificRecord event) {
        driver.pipe(topics.admissionsEvents(), studentId, event);
    }

    public void unreadableAdmissionsEvent(String studentId) {
        driver.pipeRaw(topics.admissionsEvents(), studentId, new byte[] {0, 0, 0, 0, 42, 1});
    }

    /** A curriculum event as curriculum publishes it. */
    public void curriculum(String studentId, SpecificRecord event) {
        driver.pipe(topics.curriculumEvents(), studentId, event);
    }

    public CommandOutcome outcomeOf(String commandId) {
        return driver.outcomeOf(commandId);
    }

    /** Every outcome so far, by command id. */
    public Map<String, CommandOutcome> outcomes() {
        return driver.outcomes();
    }

    /** Every public event published so far, in order. */
    public List<SpecificRecord> events() {
        return driver.values(topics.events());
    }

    public <T extends SpecificRecord> List<T> events(Class<T> type) {
        return driver.values(topics.events(), type);
    }

    /** The aggregate's state of a student. */
    public PlacementRecord record(String studentId) {
        KeyValueStore<String, PlacementRecord> store = driver.store(PlacementAggregate.STATE_STORE);
        return store.get(studentId);
    }

    /** Rewrites a store as the JSON the releases before ADR 16 wrote. */
    public <V> void rewriteAsJson(String store, Class<V> type) {
        driver.rewriteAsJson(store, type);
    }

    public <V> KeyValueStore<String, V> store(String name) {
        return driver.store(name);
    }

    /** The dead letters set aside from {@code topic}, among the consumer's (one dead-letter topic per consumer). */
    public List<TestRecord<byte[], byte[]>> deadLetters(String topic) {
        return driver.deadLetters(topic);
    }

    /** Why each dead letter so far was set aside: "source topic: reason". */
    public List<String> deadLetterReasons() {
        return driver.deadLetterReasons();
    }

    /** An event on placement's own topic that no command of the test made, as a replay of the topic would bring. */
    public void placementEvent(String studentId, SpecificRecord event) {
        driver.pipe(topics.events(), studentId, event);
    }

    /** Moves the test clock and lets the wall-clock punctuations run as they would over that time. */
    public void timePasses(Duration duration) {
        driver.timePasses(duration);
    }

    public PlacementTopics topics() {
        return topics;
    }

    @Override
    public void close() {
        driver.close();
    }
}
