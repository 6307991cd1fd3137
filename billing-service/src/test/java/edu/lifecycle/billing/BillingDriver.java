package edu.lifecycle.billing;

import edu.lifecycle.billing.account.Account;
import edu.lifecycle.billing.account.TuitionCatalog;
import edu.lifecycle.billing.account.stream.AccountAggregate;
import edu.lifecycle.billing.account.stream.AccountsTopology;
import edu.lifecycle.billing.overdue.stream.OverdueScan;
import edu.lifecycle.billing.receivables.OverdueLine;
import edu.lifecycle.billing.receivables.Receivables;
import edu.lifecycle.billing.receivables.stream.LedgerEntry;
import edu.lifecycle.billing.receivables.stream.ReceivablesStores;
import edu.lifecycle.billing.receivables.stream.ReceivablesTopology;
import edu.lifecycle.billing.topics.BillingTopics;
import edu.lifecycle.registry.client.MockSchemaRegistry;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.command.CommandOutcome;
import edu.lifecycle.servicekit.command.CommandTopics;
import edu.lifecycle.servicekit.stream.ServiceTopology;
import edu.lifecycle.servicekit.stream.StreamsDefaults;
import edu.lifecycle.servicekit.stream.StreamsSettings;
import edu.lifecycle.servicekit.topic.AvroSerdes;
import edu.lifecycle.servicekit.topic.TopicNames;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The whole billing topology (accounts, policies, read models, overdue scan) in a TopologyTestDriver with a clock the
 * test moves: no Spring, no broker, no waiting.
 */
public final class BillingDriver implements AutoCloseable {

    public static final Instant START = Instant.parse("2026-09-01T08:00:00Z");
    public static final Duration SCAN_INTERVAL = Duration.ofMinutes(1);

    public final MovingClock clock = new MovingClock(START);
    private final String registryScope = "billing-" + UUID.randomUUID();
    private final TopologyTestDriver driver;
    private final BillingTopics topics;
    private final TestInputTopic<String, CommandEnvelope> commands;
    private final TestInputTopic<String, SpecificRecord> admissionsEvents;
    private final TestInputTopic<String, SpecificRecord> placementEvents;
    private final TestInputTopic<String, SpecificRecord> ownEvents;
    private final TestOutputTopic<String, CommandOutcome> outcomes;
    private final TestOutputTopic<String, SpecificRecord> events;
    private final Map<String, CommandOutcome> outcomesSeen = new HashMap<>();
    private final List<SpecificRecord> eventsSeen = new ArrayList<>();

    public BillingDriver(TuitionCatalog catalog) {
        var names = TopicNames.unprefixed();
        topics = new BillingTopics(
                names, CommandTopics.forService(names, "billing"), new AvroSerdes("mock://" + registryScope));
        var topology = ServiceTopology.build(
                List.of(
                        new AccountsTopology(topics, catalog),
                        new ReceivablesTopology(topics, new OverdueScan(catalog), clock, SCAN_INTERVAL)),
                topics.commandTopics());
        var stateDir = Path.of(System.getProperty("java.io.tmpdir"), "topology-tests", registryScope);
        var properties = StreamsDefaults.properties(
                StreamsSettings.of("billing", "unused:9092").withStateDir(stateDir.toString()));
        driver = new TopologyTestDriver(topology, properties, START);

        var commandTopic = topics.accountCommands();
        commands = driver.createInputTopic(
                commandTopic.name(),
                new StringSerializer(),
                commandTopic.valueSerde().serializer());
        admissionsEvents = driver.createInputTopic(
                topics.admissionsEvents().name(),
                new StringSerializer(),
                topics.admissionsEvents().valueSerde().serializer());
        placementEvents = driver.createInputTopic(
                topics.placementEvents().name(),
                new StringSerializer(),
                topics.placementEvents().valueSerde().serializer());
        ownEvents = driver.createInputTopic(
                topics.events().name(),
                new StringSerializer(),
                topics.events().valueSerde().serializer());
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

    /** Sends a command as the REST gateway would and returns its outcome. */
    public CommandOutcome send(String commandId, String studentId, String type, Object payload) {
        commands.pipeInput(studentId, CommandEnvelope.of(commandId, studentId, type, payload, clock.instant()));
        return outcomeOf(commandId);
    }

    public CommandOutcome send(String studentId, String type, Object payload) {
        return send(UUID.randomUUID().toString(), studentId, type, payload);
    }

    public void admissions(String studentId, SpecificRecord event) {
        admissionsEvents.pipeInput(studentId, event, clock.instant());
    }

    public void placement(String studentId, SpecificRecord event) {
        placementEvents.pipeInput(studentId, event, clock.instant());
    }

    /** Delivers one of billing's own events again, as an at-least-once consumer might. */
    public void redeliver(String studentId, SpecificRecord event) {
        ownEvents.pipeInput(studentId, event, clock.instant());
    }

    /** Moves the test clock and lets the wall-clock punctuation run as it would over that time. */
    public void timePasses(Duration duration) {
        clock.advance(duration);
        driver.advanceWallClockTime(duration);
    }

    public CommandOutcome outcomeOf(String commandId) {
        outcomes.readKeyValuesToList().forEach(outcome -> outcomesSeen.put(outcome.key, outcome.value));
        var outcome = outcomesSeen.get(commandId);
        if (outcome == null) {
            throw new AssertionError("no outcome for " + commandId);
        }
        return outcome;
    }

    /** Every outcome seen so far, by command id. */
    public Map<String, CommandOutcome> outcomes() {
        outcomes.readKeyValuesToList().forEach(outcome -> outcomesSeen.put(outcome.key, outcome.value));
        return Map.copyOf(outcomesSeen);
    }

    /** Every public event published so far, in order. */
    public List<SpecificRecord> events() {
        eventsSeen.addAll(events.readValuesToList());
        return List.copyOf(eventsSeen);
    }

    public <T extends SpecificRecord> List<T> events(Class<T> type) {
        return events().stream().filter(type::isInstance).map(type::cast).toList();
    }

    public Account account(String studentId) {
        KeyValueStore<String, Account> store = driver.getKeyValueStore(AccountAggregate.STATE_STORE);
        return store.get(studentId);
    }

    /** The account as the read model folded it from {@code billing.events}. */
    public Account accountReadModel(String studentId) {
        KeyValueStore<String, LedgerEntry> store = driver.getKeyValueStore(ReceivablesStores.LEDGER);
        var entry = store.get(studentId);
        return entry == null ? null : entry.account();
    }

    public Receivables receivables(String cohortKey) {
        KeyValueStore<String, Receivables> store = driver.getKeyValueStore(ReceivablesStores.RECEIVABLES);
        return store.get(cohortKey);
    }

    public List<OverdueLine> overdueLines() {
        KeyValueStore<String, OverdueLine> store = driver.getKeyValueStore(ReceivablesStores.OVERDUE);
        var lines = new ArrayList<OverdueLine>();
        try (var all = store.all()) {
            all.forEachRemaining(entry -> lines.add(entry.value));
        }
        return lines;
    }

    @Override
    public void close() {
        driver.close();
        MockSchemaRegistry.dropScope(registryScope);
    }
}
