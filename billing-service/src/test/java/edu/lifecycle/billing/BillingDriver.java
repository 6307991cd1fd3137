package edu.lifecycle.billing;

import edu.lifecycle.billing.account.Account;
import edu.lifecycle.billing.account.AccountCommand;
import edu.lifecycle.billing.account.TuitionCatalog;
import edu.lifecycle.billing.account.stream.AccountAggregate;
import edu.lifecycle.billing.account.stream.AccountCommandFormat;
import edu.lifecycle.billing.account.stream.AccountLedger;
import edu.lifecycle.billing.account.stream.AccountsTopology;
import edu.lifecycle.billing.account.stream.LedgerEntry;
import edu.lifecycle.billing.overdue.stream.OverdueScanTopology;
import edu.lifecycle.billing.receivables.OverdueLine;
import edu.lifecycle.billing.receivables.Receivables;
import edu.lifecycle.billing.receivables.stream.ReceivablesStores;
import edu.lifecycle.billing.receivables.stream.ReceivablesTopology;
import edu.lifecycle.billing.topics.BillingTopics;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.command.CommandMeta;
import edu.lifecycle.servicekit.command.CommandOutcome;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.query.ThisInstance;
import edu.lifecycle.servicekit.stream.TopologyDefinition;
import edu.lifecycle.servicekit.testing.LocalStores;
import edu.lifecycle.servicekit.testing.ServiceDriver;
import edu.lifecycle.testing.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;

/**
 * The billing topology (accounts, policies, overdue scan, read models) on the kit's {@link ServiceDriver}, in
 * billing's words, with a clock the test moves: no Spring, no broker, no waiting.
 */
public final class BillingDriver implements AutoCloseable {

    public static final Instant START = Instant.parse("2026-09-01T08:00:00Z");
    public static final Duration SCAN_INTERVAL = Duration.ofMinutes(1);

    public final TestClock clock;
    private final ServiceDriver<BillingTopics> driver;
    private final BillingTopics topics;

    public BillingDriver(TuitionCatalog catalog) {
        this(catalog, UnaryOperator.identity());
    }

    /** The command side alone (accounts, policies, overdue scan): no read model. */
    public static BillingDriver commandSideOnly(TuitionCatalog catalog) {
        return new BillingDriver(catalog, ServiceDriver.Builder::commandSideOnly);
    }

    /** The read models alone, fed by {@link #redeliver}, as a rebuild of the read-models application runs them. */
    public static BillingDriver readModelsOnly(TuitionCatalog catalog) {
        return new BillingDriver(catalog, ServiceDriver.Builder::readModelsOnly);
    }

    private BillingDriver(TuitionCatalog catalog, UnaryOperator<ServiceDriver.Builder<BillingTopics>> part) {
        driver = part.apply(ServiceDriver.of("billing", BillingTopics::new)
                        .topologies((topics, clock) -> definitions(topics, catalog, clock))
                        .startingAt(START))
                .build();
        topics = driver.topics();
        clock = driver.clock();
    }

    /** Billing's topology definitions, in the order the service applies them. */
    public static List<TopologyDefinition> definitions(BillingTopics topics, TuitionCatalog catalog, Clock clock) {
        return List.of(
                new AccountsTopology(topics, catalog),
                new OverdueScanTopology(topics, catalog, clock, SCAN_INTERVAL),
                new ReceivablesTopology(topics));
    }

    /** The names of the topics written so far, changelogs included. */
    public Set<String> producedTopics() {
        return driver.driver().producedTopicNames();
    }

    /** Sends a command as the REST gateway would and returns its outcome. */
    public CommandOutcome send(String commandId, String studentId, String type, Object payload) {
        return driver.send(
                topics.accountCommands(), CommandEnvelope.of(commandId, studentId, type, payload, clock.instant()));
    }

    public CommandOutcome send(String studentId, String type, Object payload) {
        return send(UUID.randomUUID().toString(), studentId, type, payload);
    }

    /** Sends a domain command as the REST gateway would, in the internal command format, and returns its outcome. */
    public CommandOutcome send(Function<CommandMeta, AccountCommand> command) {
        var meta = new CommandMeta(UUID.randomUUID().toString(), clock.instant(), Optional.empty());
        return driver.send(topics.accountCommands(), AccountCommandFormat.CODEC.envelope(meta, command.apply(meta)));
    }

    public void admissions(String studentId, SpecificRecord event) {
        driver.pipe(topics.admissionsEvents(), studentId, event);
    }

    public void placement(String studentId, SpecificRecord event) {
        driver.pipe(topics.placementEvents(), studentId, event);
    }

    /** Delivers one of billing's own events again, as an at-least-once consumer might. */
    public void redeliver(String studentId, SpecificRecord event) {
        driver.pipe(topics.events(), studentId, event);
    }

    /** One of billing's own events with headers, e.g. the trace context of the command that caused it. */
    public void redeliver(String studentId, SpecificRecord event, Headers headers) {
        driver.pipe(topics.events(), studentId, event, headers);
    }

    /** Every record written so far to a topic the test does not otherwise read (a repartition topic), raw. */
    public List<TestRecord<byte[], byte[]>> rawRecords(String topicName) {
        return driver.rawRecords(topicName);
    }

    /** Moves the test clock and lets the wall-clock punctuation run as it would over that time. */
    public void timePasses(Duration duration) {
        driver.timePasses(duration);
    }

    public CommandOutcome outcomeOf(String commandId) {
        return driver.outcomeOf(commandId);
    }

    /** Every outcome seen so far, by command id. */
    public Map<String, CommandOutcome> outcomes() {
        return driver.outcomes();
    }

    /** Every command the topology itself sent (policies, overdue scan) so far, in order; not those a test sent. */
    public List<CommandEnvelope> commandsSent() {
        return driver.values(topics.accountCommands());
    }

    /** The day the overdue scan last asked the student's account to mark its overdue lines; null if never. */
    public LocalDate overdueScanAsked(String studentId) {
        KeyValueStore<String, LocalDate> store = driver.store(OverdueScanTopology.ASKED_STORE);
        return store.get(studentId);
    }

    /** Every public event published so far, in order. */
    public List<SpecificRecord> events() {
        return driver.values(topics.events());
    }

    public <T extends SpecificRecord> List<T> events(Class<T> type) {
        return driver.values(topics.events(), type);
    }

    public Account account(String studentId) {
        KeyValueStore<String, Account> store = driver.store(AccountAggregate.STATE_STORE);
        return store.get(studentId);
    }

    /** The account as the read model folded it from {@code billing.events}. */
    public Account accountReadModel(String studentId) {
        KeyValueStore<String, LedgerEntry> store = driver.store(AccountLedger.STORE);
        var entry = store.get(studentId);
        return entry == null ? null : entry.account();
    }

    public Receivables receivables(String cohortKey) {
        KeyValueStore<String, Receivables> store = driver.store(ReceivablesStores.RECEIVABLES);
        return store.get(cohortKey);
    }

    /**
     * The stores as a controller reads them from a running instance that owns every key (there is one, the driver),
     * so a web test answers from what the topology built.
     */
    public StoreQueries queries(ThisInstance self) {
        return LocalStores.answeringFrom(driver::store, self);
    }

    /** Rewrites a read model's store as the JSON the releases before ADR 16 wrote. */
    public <V> void rewriteAsJson(String store, Class<V> type) {
        driver.rewriteAsJson(store, type);
    }

    /** Why each record billing set aside as a dead letter so far was set aside: "source topic: reason". */
    public List<String> deadLetterReasons() {
        return driver.deadLetterReasons();
    }

    public List<OverdueLine> overdueLines() {
        KeyValueStore<String, OverdueLine> store = driver.store(ReceivablesStores.OVERDUE);
        var lines = new ArrayList<OverdueLine>();
        try (var all = store.all()) {
            all.forEachRemaining(entry -> lines.add(entry.value));
        }
        return lines;
    }

    @Override
    public void close() {
        driver.close();
    }
}
