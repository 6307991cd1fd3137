package edu.lifecycle.billing;

import edu.lifecycle.billing.account.Account;
import edu.lifecycle.billing.account.TuitionCatalog;
import edu.lifecycle.billing.account.stream.AccountAggregate;
import edu.lifecycle.billing.account.stream.AccountLedger;
import edu.lifecycle.billing.account.stream.AccountsTopology;
import edu.lifecycle.billing.account.stream.LedgerEntry;
import edu.lifecycle.billing.overdue.stream.OverdueScanTopology;
import edu.lifecycle.billing.receivables.OverdueLine;
import edu.lifecycle.billing.receivables.Receivables;
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
import edu.lifecycle.servicekit.stream.TopologyDefinition;
import edu.lifecycle.servicekit.topic.AvroSerdes;
import edu.lifecycle.servicekit.topic.TopicNames;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The whole billing topology (accounts, policies, overdue scan, read models) in a TopologyTestDriver with a clock the
 * test moves: no Spring, no broker, no waiting. {@link #commandSideOnly} builds the command side alone, as the
 * service runs it in its first Streams application.
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
    private final TestOutputTopic<String, CommandEnvelope> commandsSent;
    private final List<CommandEnvelope> commandsSeen = new ArrayList<>();
    private final TestOutputTopic<String, SpecificRecord> events;
    private final Map<String, CommandOutcome> outcomesSeen = new HashMap<>();
    private final List<SpecificRecord> eventsSeen = new ArrayList<>();

    public BillingDriver(TuitionCatalog catalog) {
        this(catalog, ServiceTopology::build);
    }

    /** The command side alone (accounts, policies, overdue scan): no read model. */
    public static BillingDriver commandSideOnly(TuitionCatalog catalog) {
        return new BillingDriver(catalog, ServiceTopology::commandSide);
    }

    /** The read models alone, fed by {@link #redeliver}, as a rebuild of the read-models application runs them. */
    public static BillingDriver readModelsOnly(TuitionCatalog catalog) {
        return new BillingDriver(catalog, ServiceTopology::readModels);
    }

    private BillingDriver(
            TuitionCatalog catalog, BiFunction<List<TopologyDefinition>, CommandTopics, Topology> topologyOf) {
        var names = TopicNames.unprefixed();
        topics = new BillingTopics(
                names, CommandTopics.forService(names, "billing"), new AvroSerdes("mock://" + registryScope));
        var topology = topologyOf.apply(definitions(topics, catalog, clock), topics.commandTopics());
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
        commandsSent = driver.createOutputTopic(
                commandTopic.name(),
                commandTopic.keySerde().deserializer(),
                commandTopic.valueSerde().deserializer());
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

    /** The names of the topics written so far, changelogs included. */
    public Set<String> producedTopics() {
        return driver.producedTopicNames();
    }

    /** The values written so far to a topic the test does not otherwise read, e.g. a store's changelog, as strings. */
    public List<KeyValue<String, String>> written(String topic) {
        return driver.createOutputTopic(topic, new StringDeserializer(), new StringDeserializer())
                .readKeyValuesToList();
    }

    /** Billing's topology definitions, in the order the service applies them. */
    public static List<TopologyDefinition> definitions(BillingTopics topics, TuitionCatalog catalog, Clock clock) {
        return List.of(
                new AccountsTopology(topics, catalog),
                new OverdueScanTopology(topics, catalog, clock, SCAN_INTERVAL),
                new ReceivablesTopology(topics));
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

    /** Every command the topology itself sent (policies, overdue scan) so far, in order; not those a test sent. */
    public List<CommandEnvelope> commandsSent() {
        commandsSeen.addAll(commandsSent.readValuesToList());
        return List.copyOf(commandsSeen);
    }

    /** The day the overdue scan last asked the student's account to mark its overdue lines; null if never. */
    public LocalDate overdueScanAsked(String studentId) {
        KeyValueStore<String, LocalDate> store = driver.getKeyValueStore(OverdueScanTopology.ASKED_STORE);
        return store.get(studentId);
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
        KeyValueStore<String, LedgerEntry> store = driver.getKeyValueStore(AccountLedger.STORE);
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
