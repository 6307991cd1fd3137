package edu.lifecycle.admissions.intake.stream;

import edu.lifecycle.admissions.intake.IntakeCommand;
import edu.lifecycle.admissions.intake.IntakeDecider;
import edu.lifecycle.admissions.intake.IntakeEvent;
import edu.lifecycle.admissions.intake.IntakeKey;
import edu.lifecycle.admissions.programme.ProgrammeCatalog;
import edu.lifecycle.admissions.topics.AdmissionsTopics;
import edu.lifecycle.registry.client.MockSchemaRegistry;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.command.CommandOutcome;
import edu.lifecycle.servicekit.command.CommandTopics;
import edu.lifecycle.servicekit.stream.EventContext;
import edu.lifecycle.servicekit.stream.Publication;
import edu.lifecycle.servicekit.stream.ServiceTopology;
import edu.lifecycle.servicekit.stream.StreamsDefaults;
import edu.lifecycle.servicekit.stream.StreamsSettings;
import edu.lifecycle.servicekit.topic.AvroSerdes;
import edu.lifecycle.servicekit.topic.Topic;
import edu.lifecycle.servicekit.topic.TopicNames;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.internals.WrappedStateStore;

/**
 * The intake alone in a TopologyTestDriver: commands in, outcomes and the events it told out, its stores, and what
 * each command wrote to the changelogs and the outcomes topic.
 */
final class IntakeDriver implements AutoCloseable {

    private final String registryScope = "intake-" + UUID.randomUUID();
    private final TopologyTestDriver driver;
    private final AdmissionsTopics topics;
    private final TestInputTopic<String, CommandEnvelope> commands;
    private final List<IntakeEvent> told = new ArrayList<>();

    IntakeDriver(ProgrammeCatalog programmes) {
        var names = TopicNames.unprefixed();
        topics = new AdmissionsTopics(
                names, CommandTopics.forService(names, "admissions"), new AvroSerdes("mock://" + registryScope));
        IntakeNotices recording = new IntakeNotices() {
            @Override
            public List<Publication> of(EventContext context, IntakeEvent event) {
                told.add(event);
                return List.of();
            }

            @Override
            public List<Topic<?, ?>> topics() {
                return List.of();
            }
        };
        var topology = ServiceTopology.build(
                List.of(builder -> IntakeAggregate.attach(
                        builder,
                        topics.intakeCommands(),
                        topics.commandTopics().outcomes(),
                        new IntakeDecider(programmes),
                        recording)),
                topics.commandTopics());
        var stateDir = Path.of(System.getProperty("java.io.tmpdir"), "topology-tests", registryScope);
        driver = new TopologyTestDriver(
                topology,
                StreamsDefaults.properties(
                        StreamsSettings.of("admissions", "unused:9092").withStateDir(stateDir.toString())),
                Instant.parse("2026-06-02T08:00:00Z"));
        commands = driver.createInputTopic(
                topics.intakeCommands().name(),
                new StringSerializer(),
                topics.intakeCommands().valueSerde().serializer());
    }

    /** Sends {@code command} as the applications do; returns the events it caused. */
    List<IntakeEvent> send(IntakeCommand command) {
        return send(command.commandId(), command);
    }

    /** Sends {@code command} under another id, as a redelivery under a new id would. */
    List<IntakeEvent> send(String commandId, IntakeCommand command) {
        told.clear();
        commands.pipeInput(command.intake().toString(), envelope(commandId, command));
        return List.copyOf(told);
    }

    /** The outcome last recorded for {@code commandId}. */
    CommandOutcome outcome(String commandId) {
        KeyValueStore<String, CommandOutcome> processed =
                driver.getKeyValueStore(IntakeAggregate.PROCESSED_COMMANDS_STORE);
        return processed.get(commandId);
    }

    /** The bytes the processed-commands store holds for {@code commandId}, below its serde. */
    byte[] storedOutcome(String commandId) {
        return processedBytes().get(Bytes.wrap(commandId.getBytes(StandardCharsets.UTF_8)));
    }

    /** Puts an outcome's bytes in the processed-commands store, as an earlier release left it (ADR 16). */
    void putStoredOutcome(String commandId, byte[] stored) {
        processedBytes().put(Bytes.wrap(commandId.getBytes(StandardCharsets.UTF_8)), stored);
    }

    @SuppressWarnings("unchecked")
    private KeyValueStore<Bytes, byte[]> processedBytes() {
        var typed = driver.getKeyValueStore(IntakeAggregate.PROCESSED_COMMANDS_STORE);
        return (KeyValueStore<Bytes, byte[]>) ((WrappedStateStore<?, ?, ?>) typed).wrapped();
    }

    /** Bytes (keys and values) written to every topic since the last call, changelogs included. */
    long bytesWritten() {
        long bytes = 0;
        for (String topic : driver.producedTopicNames()) {
            var written = driver.createOutputTopic(topic, new ByteArrayDeserializer(), new ByteArrayDeserializer());
            for (var record : written.readRecordsToList()) {
                bytes += (record.key() == null ? 0 : record.key().length)
                        + (record.value() == null ? 0 : record.value().length);
            }
        }
        return bytes;
    }

    /** The changelog topics the intake wrote to so far. */
    List<String> changelogs() {
        return driver.producedTopicNames().stream()
                .filter(topic -> topic.endsWith("-changelog"))
                .sorted()
                .toList();
    }

    KeyValueStore<String, IntakeRecord> tallies() {
        return driver.getKeyValueStore(IntakeAggregate.STATE_STORE);
    }

    /** The intake as its query shows it. */
    IntakeView view(IntakeKey key) {
        return IntakeView.read(
                key,
                Optional.ofNullable(tallies().get(key.toString())),
                prefix -> valuesUnder(IntakeAggregate.SEATS_STORE, prefix),
                prefix -> valuesUnder(IntakeAggregate.WAITLIST_STORE, prefix));
    }

    private <V> List<V> valuesUnder(String store, String prefix) {
        KeyValueStore<String, V> entries = driver.getKeyValueStore(store);
        var values = new ArrayList<V>();
        try (var scan = entries.prefixScan(prefix, new StringSerializer())) {
            scan.forEachRemaining(entry -> values.add(entry.value));
        }
        return values;
    }

    private static CommandEnvelope envelope(String commandId, IntakeCommand command) {
        String key = command.intake().toString();
        if (command instanceof IntakeCommand.PlaceApplicant place) {
            return CommandEnvelope.of(
                            commandId,
                            key,
                            IntakePayloads.PLACE_APPLICANT,
                            new IntakePayloads.PlaceApplicant(
                                    place.studentId(),
                                    place.requested(),
                                    place.reason().orElse(null),
                                    place.examScore()),
                            place.issuedAt())
                    .withActor(place.staffId().orElse(null));
        }
        return CommandEnvelope.of(
                commandId,
                key,
                IntakePayloads.RELEASE_SEAT,
                new IntakePayloads.ReleaseSeat(command.studentId()),
                command.issuedAt());
    }

    @Override
    public void close() {
        driver.close();
        MockSchemaRegistry.dropScope(registryScope);
    }
}
