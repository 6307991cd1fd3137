package edu.lifecycle.servicekit.ledger;

import edu.lifecycle.registry.client.MockSchemaRegistry;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.command.CommandOutcome;
import edu.lifecycle.servicekit.command.CommandTopics;
import edu.lifecycle.servicekit.command.PolicyRejection;
import edu.lifecycle.servicekit.ledger.account.Account;
import edu.lifecycle.servicekit.ledger.bank.TransferReceived;
import edu.lifecycle.servicekit.ledger.stream.AccountAggregate;
import edu.lifecycle.servicekit.ledger.stream.LedgerEntry;
import edu.lifecycle.servicekit.ledger.stream.LedgerTopics;
import edu.lifecycle.servicekit.ledger.stream.LedgerTopology;
import edu.lifecycle.servicekit.ledger.stream.TallyAggregate;
import edu.lifecycle.servicekit.ledger.tally.BandTally;
import edu.lifecycle.servicekit.stream.DeadLetters;
import edu.lifecycle.servicekit.stream.PolicyRejectionsReadModel;
import edu.lifecycle.servicekit.stream.ServiceTopology;
import edu.lifecycle.servicekit.stream.StreamsDefaults;
import edu.lifecycle.servicekit.stream.StreamsSettings;
import edu.lifecycle.servicekit.topic.AvroSerdes;
import edu.lifecycle.servicekit.topic.TopicNames;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.internals.WrappedStateStore;

/** The test ledger's whole topology (the kit's outcome table included) in a TopologyTestDriver, no Spring. */
public final class LedgerDriver implements AutoCloseable {

    public static final Instant START = Instant.parse("2026-09-01T08:00:00Z");

    private final String registryScope = "ledger-" + UUID.randomUUID();
    private final TopologyTestDriver driver;
    private final LedgerTopics topics;

    public final TestInputTopic<String, CommandEnvelope> commands;
    public final TestInputTopic<String, byte[]> rawCommands;
    public final TestInputTopic<String, TransferReceived> transfers;
    /** Every command written to the commands topic, e.g. by a policy. */
    public final TestOutputTopic<String, CommandEnvelope> commandsWritten;

    public final TestOutputTopic<String, CommandOutcome> outcomes;
    public final TestOutputTopic<String, LedgerEntry> entries;
    public final TestOutputTopic<byte[], byte[]> commandDeadLetters;
    public final TestOutputTopic<byte[], byte[]> transferDeadLetters;

    private final Map<String, CommandOutcome> outcomesSeen = new HashMap<>();

    public LedgerDriver() {
        this(new Properties());
    }

    /** With Streams settings that differ from the kit's defaults. */
    public LedgerDriver(Properties overrides) {
        TrustedTestRecords.trust();
        var names = TopicNames.unprefixed();
        var avro = new AvroSerdes("mock://" + registryScope);
        topics = new LedgerTopics(names, CommandTopics.forService(names, "ledger"), avro.values());
        var topology = ServiceTopology.build(List.of(new LedgerTopology(topics)), topics.commands());
        // Each driver its own state directory: RocksDB locks it, and tests may hold two drivers at once.
        var stateDir = Path.of(System.getProperty("java.io.tmpdir"), "topology-tests", registryScope);
        var properties = StreamsDefaults.properties(
                StreamsSettings.of("ledger", "unused:9092").withStateDir(stateDir.toString()));
        properties.putAll(overrides);
        driver = new TopologyTestDriver(topology, properties, START);

        var commandTopic = topics.commands().commands();
        commands = driver.createInputTopic(
                commandTopic.name(),
                new StringSerializer(),
                commandTopic.valueSerde().serializer());
        rawCommands = driver.createInputTopic(commandTopic.name(), new StringSerializer(), new ByteArraySerializer());
        transfers = driver.createInputTopic(
                topics.transfers().name(),
                new StringSerializer(),
                topics.transfers().valueSerde().serializer());
        commandsWritten = driver.createOutputTopic(
                commandTopic.name(),
                new StringDeserializer(),
                commandTopic.valueSerde().deserializer());
        var outcomeTopic = topics.commands().outcomes();
        outcomes = driver.createOutputTopic(
                outcomeTopic.name(),
                outcomeTopic.keySerde().deserializer(),
                outcomeTopic.valueSerde().deserializer());
        entries = driver.createOutputTopic(
                topics.entries().name(),
                topics.entries().keySerde().deserializer(),
                topics.entries().valueSerde().deserializer());
        // One dead-letter topic per consumer: the commands' and the transfers' dead letters meet there.
        commandDeadLetters = driver.createOutputTopic(
                DeadLetters.topicFor("ledger"), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        transferDeadLetters = commandDeadLetters;
    }

    public LedgerTopics topics() {
        return topics;
    }

    /** Sends a command as the gateway would, and returns the outcome the topology emitted for it. */
    public CommandOutcome send(String commandId, String accountId, String type, Object payload) {
        commands.pipeInput(accountId, CommandEnvelope.of(commandId, accountId, type, payload, START));
        return lastOutcomeOf(commandId);
    }

    /** The latest outcome emitted for the command, however long ago. */
    public CommandOutcome lastOutcomeOf(String commandId) {
        outcomes.readKeyValuesToList().forEach(outcome -> outcomesSeen.put(outcome.key, outcome.value));
        var outcome = outcomesSeen.get(commandId);
        if (outcome == null) {
            throw new AssertionError("no outcome for " + commandId);
        }
        return outcome;
    }

    public KeyValueStore<String, Account> accounts() {
        return driver.getKeyValueStore(AccountAggregate.STATE_STORE);
    }

    public KeyValueStore<String, PolicyRejection> policyRejections() {
        return driver.getKeyValueStore(PolicyRejectionsReadModel.STORE);
    }

    public KeyValueStore<String, BandTally> tallies() {
        return driver.getKeyValueStore(TallyAggregate.STATE_STORE);
    }

    /** The bytes a store holds under {@code key}, below its serde. */
    public byte[] storedBytes(String store, String key) {
        return bytesOf(store).get(Bytes.wrap(key.getBytes(StandardCharsets.UTF_8)));
    }

    /** Puts {@code stored} under {@code key} in a store as bytes: what an earlier release left there (ADR 16). */
    public void putStoredBytes(String store, String key, byte[] stored) {
        bytesOf(store).put(Bytes.wrap(key.getBytes(StandardCharsets.UTF_8)), stored);
    }

    @SuppressWarnings("unchecked")
    private KeyValueStore<Bytes, byte[]> bytesOf(String store) {
        var typed = driver.getKeyValueStore(store);
        return (KeyValueStore<Bytes, byte[]>) ((WrappedStateStore<?, ?, ?>) typed).wrapped();
    }

    @Override
    public void close() {
        driver.close();
        MockSchemaRegistry.dropScope(registryScope);
    }
}
