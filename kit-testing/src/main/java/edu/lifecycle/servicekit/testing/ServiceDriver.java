package edu.lifecycle.servicekit.testing;

import edu.lifecycle.registry.client.MockSchemaRegistry;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.command.CommandOutcome;
import edu.lifecycle.servicekit.command.CommandTopics;
import edu.lifecycle.servicekit.json.JsonSerde;
import edu.lifecycle.servicekit.stream.DeadLetters;
import edu.lifecycle.servicekit.stream.ServiceTopology;
import edu.lifecycle.servicekit.stream.StreamsDefaults;
import edu.lifecycle.servicekit.stream.StreamsSettings;
import edu.lifecycle.servicekit.stream.TopologyDefinition;
import edu.lifecycle.servicekit.topic.AvroSerdes;
import edu.lifecycle.servicekit.topic.Topic;
import edu.lifecycle.servicekit.topic.TopicNames;
import edu.lifecycle.testing.TestClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.internals.WrappedStateStore;
import org.apache.kafka.streams.test.TestRecord;

/**
 * A service's topology in a {@link TopologyTestDriver}, built by {@link ServiceTopology#build} as the kit builds it
 * (its outcome and policy-rejection tables included), on an in-memory registry of its own, with a {@link TestClock}
 * the test moves: no Spring, no broker, no waiting.
 *
 * <p>Records piped in are stamped with the clock's time; what the topology writes is read once and kept, so that a
 * test can ask for every outcome, event or dead letter so far as often as it likes.
 *
 * <pre>{@code
 * try (var driver = ServiceDriver.of("billing", BillingTopics::new)
 *         .topologies(topics -> List.of(new AccountsTopology(topics, catalog)))
 *         .startingAt(Instant.parse("2026-09-01T08:00:00Z"))
 *         .build()) {
 *     var outcome = driver.send(driver.topics().accountCommands(), "s1", "pay", payment);
 *     ...
 * }
 * }</pre>
 *
 * @param <T> the service's topics
 */
public final class ServiceDriver<T> implements AutoCloseable {

    /** How a service builds its topics from the kit's parts: its constructor, most of the time. */
    @FunctionalInterface
    public interface TopicsFactory<T> {
        T create(TopicNames names, CommandTopics commandTopics, AvroSerdes avro);
    }

    private final String service;
    private final String registryScope;
    private final T topics;
    private final CommandTopics commandTopics;
    private final TestClock clock;
    private final TopologyTestDriver driver;
    private final Map<String, TestInputTopic<String, Object>> inputs = new HashMap<>();
    private final Map<String, TestOutputTopic<String, Object>> outputs = new HashMap<>();
    private final Map<String, List<TestRecord<String, Object>>> written = new LinkedHashMap<>();
    private final Map<String, CommandOutcome> outcomes = new LinkedHashMap<>();
    private final List<TestRecord<byte[], byte[]>> deadLetters = new ArrayList<>();
    private final TestOutputTopic<byte[], byte[]> deadLetterTopic;

    private ServiceDriver(Builder<T> builder) {
        this.service = builder.service;
        this.registryScope = builder.service + "-" + UUID.randomUUID();
        var names = TopicNames.unprefixed();
        this.commandTopics = CommandTopics.forService(names, builder.service);
        this.topics = builder.topicsFactory.create(names, commandTopics, new AvroSerdes(registryUrl()));
        this.clock = new TestClock(builder.start);
        var topology = builder.topologyOf.apply(builder.definitions.apply(topics, clock), commandTopics);
        // Each driver its own state directory: RocksDB locks it, and a test may hold two drivers at once.
        var stateDir = Path.of(System.getProperty("java.io.tmpdir"), "topology-tests", registryScope);
        var properties = StreamsDefaults.properties(
                StreamsSettings.of(builder.service, "unused:9092").withStateDir(stateDir.toString()));
        properties.putAll(builder.overrides);
        this.driver = new TopologyTestDriver(topology, properties, builder.start);
        this.deadLetterTopic = driver.createOutputTopic(
                DeadLetters.topicFor(builder.service), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** A driver for {@code service}: its application id, and the name of its command topics and dead letters. */
    public static <T> Builder<T> of(String service, TopicsFactory<T> topics) {
        return new Builder<>(service, topics);
    }

    public T topics() {
        return topics;
    }

    /** The clock the test moves; what is piped in is stamped with its time. */
    public TestClock clock() {
        return clock;
    }

    /** The in-memory registry behind the topics' serdes, for a test that writes with a serde of its own. */
    public String registryUrl() {
        return "mock://" + registryScope;
    }

    /** Sends a command as the REST gateway would, issued now by the test clock, and returns its outcome. */
    public CommandOutcome send(Topic<String, CommandEnvelope> commands, String key, String type, Object payload) {
        return send(commands, CommandEnvelope.of(UUID.randomUUID().toString(), key, type, payload, clock.instant()));
    }

    /** Sends a command envelope as it is (its own id, issue time and actor) and returns its outcome. */
    public CommandOutcome send(Topic<String, CommandEnvelope> commands, CommandEnvelope envelope) {
        pipe(commands, envelope.aggregateKey(), envelope);
        return outcomeOf(envelope.commandId());
    }

    /** A record on {@code topic}, as its producer would write it, stamped with the clock's time. */
    public <V> void pipe(Topic<String, V> topic, String key, V value) {
        pipe(topic, key, value, clock.instant());
    }

    public <V> void pipe(Topic<String, V> topic, String key, V value, Instant timestamp) {
        input(topic).pipeInput(key, value, timestamp);
    }

    /** A record on {@code topic} with headers (a trace context, say), stamped with the clock's time. */
    public <V> void pipe(Topic<String, V> topic, String key, V value, Headers headers) {
        input(topic).pipeInput(new TestRecord<>(key, value, headers, clock.instant()));
    }

    @SuppressWarnings("unchecked")
    private <V> TestInputTopic<String, Object> input(Topic<String, V> topic) {
        return inputs.computeIfAbsent(
                topic.name(),
                name -> (TestInputTopic<String, Object>) (TestInputTopic<String, ?>) driver.createInputTopic(
                        name, new StringSerializer(), topic.valueSerde().serializer()));
    }

    /** Bytes on {@code topic} that its serde may not read: a poison record. */
    public void pipeRaw(Topic<?, ?> topic, String key, byte[] value) {
        driver.createInputTopic(topic.name(), new StringSerializer(), new ByteArraySerializer())
                .pipeInput(key, value, clock.instant());
    }

    /**
     * Every record the topology wrote so far to {@code topicName}, raw, headers included: a topic the test does not
     * otherwise read, e.g. a repartition topic.
     */
    public List<TestRecord<byte[], byte[]>> rawRecords(String topicName) {
        return driver.createOutputTopic(topicName, new ByteArrayDeserializer(), new ByteArrayDeserializer())
                .readRecordsToList();
    }

    /** The outcome of a command, however long ago it was decided. */
    public CommandOutcome outcomeOf(String commandId) {
        var outcome = outcomes().get(commandId);
        if (outcome == null) {
            throw new AssertionError("no outcome for command " + commandId + " in " + service);
        }
        return outcome;
    }

    /** Every outcome so far (policies' commands included), by command id, in the order decided. */
    public Map<String, CommandOutcome> outcomes() {
        for (var record : records(commandTopics.outcomes())) {
            outcomes.put(record.key(), record.value());
        }
        return Map.copyOf(outcomes);
    }

    /** Every record the topology wrote to {@code topic} so far, in order. */
    @SuppressWarnings("unchecked")
    public <V> List<TestRecord<String, V>> records(Topic<String, V> topic) {
        var output = outputs.computeIfAbsent(
                topic.name(),
                name -> (TestOutputTopic<String, Object>) (TestOutputTopic<String, ?>) driver.createOutputTopic(
                        name,
                        topic.keySerde().deserializer(),
                        topic.valueSerde().deserializer()));
        var all = written.computeIfAbsent(topic.name(), name -> new ArrayList<>());
        all.addAll(output.readRecordsToList());
        return List.copyOf((List<TestRecord<String, V>>) (List<?>) all);
    }

    /** The values the topology wrote to {@code topic} so far, in order. */
    public <V> List<V> values(Topic<String, V> topic) {
        return records(topic).stream().map(TestRecord::value).toList();
    }

    /** The values of one type the topology wrote to {@code topic} so far, in order. */
    public <V, E extends V> List<E> values(Topic<String, V> topic, Class<E> type) {
        return values(topic).stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Every dead letter the service set aside so far (one dead-letter topic per consumer). */
    public List<TestRecord<byte[], byte[]>> deadLetters() {
        deadLetters.addAll(deadLetterTopic.readRecordsToList());
        return List.copyOf(deadLetters);
    }

    /** Why each dead letter so far was set aside, as "source topic: reason", for a test's failure message. */
    public List<String> deadLetterReasons() {
        return deadLetters().stream()
                .map(record -> DeadLetters.header(record.headers(), DeadLetters.SOURCE_TOPIC) + ": "
                        + DeadLetters.header(record.headers(), DeadLetters.REASON))
                .toList();
    }

    /** The dead letters set aside from {@code sourceTopic}. */
    public List<TestRecord<byte[], byte[]>> deadLetters(String sourceTopic) {
        return deadLetters().stream()
                .filter(record -> sourceTopic.equals(DeadLetters.header(record.headers(), DeadLetters.SOURCE_TOPIC)))
                .toList();
    }

    public <V> KeyValueStore<String, V> store(String name) {
        return Objects.requireNonNull(driver.getKeyValueStore(name), () -> "no store " + name + " in " + service);
    }

    /**
     * Puts {@code stored} under {@code key} in a store as bytes, below its serde: what an earlier release left there
     * (its JSON, say), for a test that the store reads on after an upgrade (ADR 16).
     */
    public void putStoredBytes(String storeName, String key, byte[] stored) {
        bytesStore(storeName).put(Bytes.wrap(key.getBytes(StandardCharsets.UTF_8)), stored);
    }

    /** The bytes a store holds under {@code key}, below its serde: which format a value was written in. */
    public byte[] storedBytes(String storeName, String key) {
        return bytesStore(storeName).get(Bytes.wrap(key.getBytes(StandardCharsets.UTF_8)));
    }

    @SuppressWarnings("unchecked")
    private KeyValueStore<Bytes, byte[]> bytesStore(String storeName) {
        var typed = Objects.requireNonNull(driver.getKeyValueStore(storeName), () -> "no store " + storeName);
        return (KeyValueStore<Bytes, byte[]>) ((WrappedStateStore<?, ?, ?>) typed).wrapped();
    }

    /**
     * Rewrites every value of a store as the JSON of {@code type}, as the releases before ADR 16 stored it, and checks
     * that each reads back equal; the topology then goes on from a store an earlier release wrote.
     */
    public <V> void rewriteAsJson(String storeName, Class<V> type) {
        var json = JsonSerde.of(type);
        var values = new LinkedHashMap<String, V>();
        try (var all = this.<V>store(storeName).all()) {
            all.forEachRemaining(entry -> values.put(entry.key, entry.value));
        }
        if (values.isEmpty()) {
            throw new AssertionError("Nothing in " + storeName + " to rewrite");
        }
        values.forEach((key, value) -> putStoredBytes(storeName, key, json.serialize(storeName, value)));
        values.forEach((key, value) -> {
            if (!value.equals(this.<V>store(storeName).get(key))) {
                throw new AssertionError(storeName + " reads " + key + " from JSON differently");
            }
        });
    }

    /** Moves the clock and lets the wall-clock punctuations run as they would over that time. */
    public void timePasses(Duration duration) {
        clock.advance(duration);
        driver.advanceWallClockTime(duration);
    }

    /** The driver underneath, for what this class does not say (e.g. the names of the topics written). */
    public TopologyTestDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.close();
        MockSchemaRegistry.dropScope(registryScope);
    }

    /** What differs between a service's drivers: its topologies, its start time and its Streams settings. */
    public static final class Builder<T> {

        private final String service;
        private final TopicsFactory<T> topicsFactory;
        private BiFunction<T, TestClock, List<TopologyDefinition>> definitions = (topics, clock) -> List.of();
        private BiFunction<List<TopologyDefinition>, CommandTopics, Topology> topologyOf = ServiceTopology::build;
        private Instant start = Instant.parse("2026-09-01T08:00:00Z");
        private final Properties overrides = new Properties();

        private Builder(String service, TopicsFactory<T> topicsFactory) {
            this.service = service;
            this.topicsFactory = topicsFactory;
        }

        /** The topology definitions the test needs, built on the driver's topics. */
        public Builder<T> topologies(Function<T, List<TopologyDefinition>> definitions) {
            this.definitions = (topics, clock) -> definitions.apply(topics);
            return this;
        }

        /** The topology definitions, for those that read the time: built on the driver's topics and its clock. */
        public Builder<T> topologies(BiFunction<T, TestClock, List<TopologyDefinition>> definitions) {
            this.definitions = definitions;
            return this;
        }

        /** The command side alone (aggregates, policies, scans), as the service's first Streams application runs. */
        public Builder<T> commandSideOnly() {
            this.topologyOf = ServiceTopology::commandSide;
            return this;
        }

        /** The read models alone, as a rebuild of the read-models application runs them. */
        public Builder<T> readModelsOnly() {
            this.topologyOf = ServiceTopology::readModels;
            return this;
        }

        public Builder<T> startingAt(Instant start) {
            this.start = start;
            return this;
        }

        /** Streams settings that differ from the kit's defaults. */
        public Builder<T> with(Properties settings) {
            overrides.putAll(settings);
            return this;
        }

        /**
         * At-least-once processing: {@code TopologyTestDriver} drops what a handler dead-letters while a transaction
         * is open, so a test of dead letters runs without one (the integration tests cover exactly-once).
         */
        public Builder<T> atLeastOnce() {
            overrides.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
            return this;
        }

        public ServiceDriver<T> build() {
            return new ServiceDriver<>(this);
        }
    }
}
