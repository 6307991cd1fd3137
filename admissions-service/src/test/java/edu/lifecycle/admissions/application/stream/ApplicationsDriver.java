package edu.lifecycle.admissions.application.stream;

import edu.lifecycle.admissions.application.Application;
import edu.lifecycle.admissions.application.ApplicationCommand;
import edu.lifecycle.admissions.intake.IntakeKey;
import edu.lifecycle.admissions.intake.stream.IntakeAggregate;
import edu.lifecycle.admissions.intake.stream.IntakeRecord;
import edu.lifecycle.admissions.intake.stream.IntakeView;
import edu.lifecycle.admissions.privacy.InMemoryKeyRings;
import edu.lifecycle.admissions.privacy.KeyRing;
import edu.lifecycle.admissions.privacy.PersonalDataKeys;
import edu.lifecycle.admissions.privacy.stream.PersonalFields;
import edu.lifecycle.admissions.programme.ProgrammeCatalog;
import edu.lifecycle.admissions.topics.AdmissionsTopics;
import edu.lifecycle.events.profiles.StudentProfile;
import edu.lifecycle.servicekit.command.CommandCodec;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.command.CommandMeta;
import edu.lifecycle.servicekit.command.CommandOutcome;
import edu.lifecycle.servicekit.stream.DeadLetters;
import edu.lifecycle.servicekit.testing.ServiceDriver;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.state.KeyValueStore;

/** The command side of admissions (applications and intakes) in a TopologyTestDriver, no Spring, no broker. */
final class ApplicationsDriver implements AutoCloseable {

    static final Instant START = Instant.parse("2026-06-02T08:00:00Z");

    private final ServiceDriver<AdmissionsTopics> driver;
    private final AdmissionsTopics topics;
    final TestInputTopic<String, byte[]> rawCommands;
    private final TestOutputTopic<String, StudentProfile> profiles;
    final TestOutputTopic<byte[], byte[]> commandDeadLetters;
    private final TestOutputTopic<String, KeyRing> keyTopic;
    /** The key topic as the broker would answer it: the aggregate's trims and tombstones are applied after each command. */
    final InMemoryKeyRings keyRings = new InMemoryKeyRings();

    final PersonalDataKeys keys = new PersonalDataKeys(keyRings, 100, Duration.ofMinutes(10), Clock.systemUTC());
    final PersonalFields personal = new PersonalFields(keys);
    final CommandCodec<ApplicationCommand> codec = ApplicationCommandFormat.codec(personal);
    /** What the aggregate published on the key topic (the REST side's own writes go straight to the store). */
    final List<org.apache.kafka.streams.test.TestRecord<String, KeyRing>> keyRecords = new ArrayList<>();

    private final Map<String, List<org.apache.kafka.streams.test.TestRecord<byte[], byte[]>>> rawSeen = new HashMap<>();

    ApplicationsDriver(ProgrammeCatalog programmes) {
        this(programmes, new Properties());
    }

    /** With Streams settings that differ from the kit's defaults. */
    ApplicationsDriver(ProgrammeCatalog programmes, Properties overrides) {
        driver = ServiceDriver.of("admissions", AdmissionsTopics::new)
                .topologies(topics -> List.of(new ApplicationsTopology(topics, programmes, keys)))
                .startingAt(START)
                .with(overrides)
                .build();
        topics = driver.topics();
        var streams = driver.driver();
        // Read as they come, not kept: a test asks for what is new since it last looked.
        rawCommands = streams.createInputTopic(
                topics.applicationCommands().name(), new StringSerializer(), new ByteArraySerializer());
        profiles = streams.createOutputTopic(
                topics.studentProfiles().name(),
                topics.studentProfiles().keySerde().deserializer(),
                topics.studentProfiles().valueSerde().deserializer());
        keyTopic = streams.createOutputTopic(
                topics.personalDataKeys().name(),
                topics.personalDataKeys().keySerde().deserializer(),
                topics.personalDataKeys().valueSerde().deserializer());
        commandDeadLetters = streams.createOutputTopic(
                DeadLetters.topicFor("admissions"), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /**
     * Sends a domain command as the REST gateway would (through the codec, which seals personal values) and returns
     * its outcome.
     */
    CommandOutcome send(String commandId, Function<CommandMeta, ? extends ApplicationCommand> command) {
        return send(envelope(commandId, Optional.empty(), command));
    }

    CommandOutcome send(Function<CommandMeta, ? extends ApplicationCommand> command) {
        return send(UUID.randomUUID().toString(), command);
    }

    /** Sends a command as the REST gateway would for the signed-in {@code staffId}, and returns its outcome. */
    CommandOutcome sendAs(String staffId, Function<CommandMeta, ? extends ApplicationCommand> command) {
        return send(envelope(UUID.randomUUID().toString(), Optional.of(staffId), command));
    }

    /** The envelope the gateway would write for {@code command}: personal values sealed with the current key. */
    CommandEnvelope envelope(
            String commandId, Optional<String> actor, Function<CommandMeta, ? extends ApplicationCommand> command) {
        var meta = new CommandMeta(commandId, START, actor);
        return codec.envelope(meta, command.apply(meta));
    }

    CommandOutcome send(CommandEnvelope envelope) {
        driver.pipe(topics.applicationCommands(), envelope.aggregateKey(), envelope, START);
        return outcomeOf(envelope.commandId());
    }

    /** Sends a rectification as the REST side does: a new key for the corrected values, then the sealed command. */
    CommandOutcome rectify(String studentId, String fullName, String email) {
        keys.rotate(studentId, null);
        return send(rectification(studentId, fullName, email));
    }

    static Function<CommandMeta, ApplicationCommand> rectification(String studentId, String fullName, String email) {
        return meta -> new ApplicationCommand.RectifyPersonalData(
                meta.commandId(),
                studentId,
                meta.issuedAt(),
                Optional.ofNullable(fullName),
                Optional.ofNullable(email));
    }

    static Function<CommandMeta, ApplicationCommand> erasure(String studentId) {
        return meta -> new ApplicationCommand.ErasePersonalData(meta.commandId(), studentId, meta.issuedAt());
    }

    /** Every record written to a topic (changelogs included), as raw bytes: what the broker's disk would hold. */
    List<byte[]> rawRecordsOf(String topicSuffix) {
        var bytes = new ArrayList<byte[]>();
        for (String name : driver.driver().producedTopicNames()) {
            if (name.endsWith(topicSuffix)) {
                var topic = driver.driver()
                        .createOutputTopic(name, new ByteArrayDeserializer(), new ByteArrayDeserializer());
                rawSeen.computeIfAbsent(name, seen -> new ArrayList<>()).addAll(topic.readRecordsToList());
                for (var record : rawSeen.get(name)) {
                    if (record.key() != null) {
                        bytes.add(record.key());
                    }
                    if (record.value() != null) {
                        bytes.add(record.value());
                    }
                    record.headers().forEach(header -> bytes.add(header.value()));
                }
            }
        }
        return bytes;
    }

    List<String> producedTopicNames() {
        return List.copyOf(driver.driver().producedTopicNames());
    }

    CommandOutcome outcomeOf(String commandId) {
        keyTopic.readRecordsToList().forEach(record -> {
            keyRecords.add(record);
            keyRings.published(record.key(), record.value());
        });
        return driver.outcomeOf(commandId);
    }

    /** Every public event published so far, in order. */
    List<SpecificRecord> events() {
        return driver.values(topics.events());
    }

    <T extends SpecificRecord> List<T> events(Class<T> type) {
        return driver.values(topics.events(), type);
    }

    List<org.apache.kafka.streams.test.TestRecord<String, StudentProfile>> profiles() {
        return profiles.readRecordsToList();
    }

    Application application(String studentId) {
        KeyValueStore<String, Application> store = driver.store(ApplicationAggregate.STATE_STORE);
        return store.get(studentId);
    }

    /** Puts {@code stored} under {@code key} in a store as bytes: what an earlier release left there (ADR 16). */
    void putStoredBytes(String store, String key, byte[] stored) {
        driver.putStoredBytes(store, key, stored);
    }

    /** The intake as its query shows it, read from the stores. */
    IntakeView intake(String key) {
        KeyValueStore<String, IntakeRecord> tallies = driver.store(IntakeAggregate.STATE_STORE);
        return IntakeView.read(
                IntakeKey.parse(key).orElseThrow(),
                Optional.ofNullable(tallies.get(key)),
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

    @Override
    public void close() {
        driver.close();
    }
}
