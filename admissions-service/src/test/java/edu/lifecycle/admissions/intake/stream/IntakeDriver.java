package edu.lifecycle.admissions.intake.stream;

import edu.lifecycle.admissions.intake.IntakeCommand;
import edu.lifecycle.admissions.intake.IntakeDecider;
import edu.lifecycle.admissions.intake.IntakeEvent;
import edu.lifecycle.admissions.intake.IntakeKey;
import edu.lifecycle.admissions.programme.ProgrammeCatalog;
import edu.lifecycle.admissions.topics.AdmissionsTopics;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.command.CommandMeta;
import edu.lifecycle.servicekit.command.CommandOutcome;
import edu.lifecycle.servicekit.stream.EventContext;
import edu.lifecycle.servicekit.stream.Publication;
import edu.lifecycle.servicekit.testing.ServiceDriver;
import edu.lifecycle.servicekit.topic.Topic;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The intake alone in the kit's {@link ServiceDriver}: commands in, outcomes and the events it told out, its stores, and
 * what each command wrote to the changelogs and the outcomes topic.
 */
final class IntakeDriver implements AutoCloseable {

    private final ServiceDriver<AdmissionsTopics> driver;
    private final List<IntakeEvent> told = new ArrayList<>();

    IntakeDriver(ProgrammeCatalog programmes) {
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
        driver = ServiceDriver.of("admissions", AdmissionsTopics::new)
                .topologies(topics -> List.of(builder -> IntakeAggregate.attach(
                        builder,
                        topics.intakeCommands(),
                        topics.commandTopics().outcomes(),
                        new IntakeDecider(programmes),
                        recording)))
                .startingAt(Instant.parse("2026-06-02T08:00:00Z"))
                .build();
    }

    /** Sends {@code command} as the applications do; returns the events it caused. */
    List<IntakeEvent> send(IntakeCommand command) {
        return send(command.commandId(), command);
    }

    /** Sends {@code command} under another id, as a redelivery under a new id would. */
    List<IntakeEvent> send(String commandId, IntakeCommand command) {
        told.clear();
        driver.pipe(driver.topics().intakeCommands(), command.intake().toString(), envelope(commandId, command));
        return List.copyOf(told);
    }

    /** The outcome last recorded for {@code commandId}. */
    CommandOutcome outcome(String commandId) {
        return driver.<CommandOutcome>store(IntakeAggregate.PROCESSED_COMMANDS_STORE)
                .get(commandId);
    }

    /** The bytes the processed-commands store holds for {@code commandId}, below its serde. */
    byte[] storedOutcome(String commandId) {
        return driver.storedBytes(IntakeAggregate.PROCESSED_COMMANDS_STORE, commandId);
    }

    /** Puts an outcome's bytes in the processed-commands store, as an earlier release left it (ADR 16). */
    void putStoredOutcome(String commandId, byte[] stored) {
        driver.putStoredBytes(IntakeAggregate.PROCESSED_COMMANDS_STORE, commandId, stored);
    }

    /** Bytes (keys and values) written to every topic since the last call, changelogs included. */
    long bytesWritten() {
        long bytes = 0;
        for (String topic : driver.driver().producedTopicNames()) {
            for (var record : driver.rawRecords(topic)) {
                bytes += (record.key() == null ? 0 : record.key().length)
                        + (record.value() == null ? 0 : record.value().length);
            }
        }
        return bytes;
    }

    /** The changelog topics the intake wrote to so far. */
    List<String> changelogs() {
        return driver.driver().producedTopicNames().stream()
                .filter(topic -> topic.endsWith("-changelog"))
                .sorted()
                .toList();
    }

    KeyValueStore<String, IntakeRecord> tallies() {
        return driver.store(IntakeAggregate.STATE_STORE);
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
        KeyValueStore<String, V> entries = driver.store(store);
        var values = new ArrayList<V>();
        try (var scan = entries.prefixScan(prefix, new StringSerializer())) {
            scan.forEachRemaining(entry -> values.add(entry.value));
        }
        return values;
    }

    /** As the application writes it ({@link IntakeCommandFormat}), under {@code commandId}. */
    private static CommandEnvelope envelope(String commandId, IntakeCommand command) {
        var actor = command instanceof IntakeCommand.PlaceApplicant place ? place.staffId() : Optional.<String>empty();
        var written = IntakeCommandFormat.CODEC.envelope(
                new CommandMeta(command.commandId(), command.issuedAt(), actor), command);
        return new CommandEnvelope(
                commandId,
                written.aggregateKey(),
                written.type(),
                written.payload(),
                written.issuedAt(),
                written.fingerprint(),
                written.actor());
    }

    @Override
    public void close() {
        driver.close();
    }
}
