package edu.lifecycle.admissions;

import edu.lifecycle.admissions.cohort.stream.CohortTopology;
import edu.lifecycle.admissions.timeline.stream.TimelineTopology;
import edu.lifecycle.admissions.topics.AdmissionsTopics;
import edu.lifecycle.registry.client.MockSchemaRegistry;
import edu.lifecycle.schemas.EventCatalog;
import edu.lifecycle.schemas.PublicTopic;
import edu.lifecycle.servicekit.command.CommandTopics;
import edu.lifecycle.servicekit.stream.DeadLetters;
import edu.lifecycle.servicekit.stream.ServiceTopology;
import edu.lifecycle.servicekit.stream.StreamsDefaults;
import edu.lifecycle.servicekit.stream.StreamsSettings;
import edu.lifecycle.servicekit.topic.AvroSerdes;
import edu.lifecycle.servicekit.topic.Topic;
import edu.lifecycle.servicekit.topic.TopicNames;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The read models' topologies, wired as the service wires them (with the kit's own table), in a TopologyTestDriver
 * on an in-memory registry: no Spring, no broker. Events go to the public topic the catalogue gives their type.
 */
public final class ReadModelsDriver implements AutoCloseable {

    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

    private final String registryScope = "admissions-read-models-" + UUID.randomUUID();
    private final AdmissionsTopics topics;
    private final TopologyTestDriver driver;
    private final Map<String, TestInputTopic<String, SpecificRecord>> inputs = new HashMap<>();

    public ReadModelsDriver() {
        this(new Properties());
    }

    private ReadModelsDriver(Properties overrides) {
        var names = TopicNames.unprefixed();
        topics = new AdmissionsTopics(
                names, CommandTopics.forService(names, "admissions-service"), new AvroSerdes(registryUrl()));
        var topology = ServiceTopology.build(
                List.of(new CohortTopology(topics), new TimelineTopology(topics)), topics.commandTopics());
        // Each driver its own state directory: RocksDB locks it.
        var stateDir = Path.of(System.getProperty("java.io.tmpdir"), "topology-tests", registryScope);
        var properties = StreamsDefaults.properties(
                StreamsSettings.of("admissions-service", "unused:9092").withStateDir(stateDir.toString()));
        properties.putAll(overrides);
        driver = new TopologyTestDriver(topology, properties, START);
        for (Topic<String, SpecificRecord> topic : topics.lifecycleTopics()) {
            inputs.put(
                    topic.name(),
                    driver.createInputTopic(
                            topic.name(),
                            topic.keySerde().serializer(),
                            topic.valueSerde().serializer()));
        }
    }

    /**
     * A driver that sends what the deserialization handler dead-letters: TopologyTestDriver drops such records while
     * a transaction is open, so this one runs at-least-once (the kit's integration tests cover exactly-once).
     */
    public static ReadModelsDriver atLeastOnce() {
        var overrides = new Properties();
        overrides.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        return new ReadModelsDriver(overrides);
    }

    /** The in-memory registry the topics' serdes use, for a test that writes with a serde of its own. */
    public String registryUrl() {
        return "mock://" + registryScope;
    }

    public AdmissionsTopics topics() {
        return topics;
    }

    /** Publishes each event, in order, keyed by its student id, stamped with its occurrence time. */
    public void publish(SpecificRecord... events) {
        publish(Arrays.asList(events));
    }

    public void publish(List<? extends SpecificRecord> events) {
        for (SpecificRecord event : events) {
            inputs.get(topicOf(event)).pipeInput(Events.studentIdOf(event), event, Events.occurredAtOf(event));
        }
    }

    /** Bytes that are not what the topic's serde reads. */
    public void publishRaw(Topic<String, ?> topic, String key, byte[] value) {
        driver.createInputTopic(topic.name(), new StringSerializer(), new ByteArraySerializer())
                .pipeInput(key, value);
    }

    public TestOutputTopic<byte[], byte[]> deadLettersOf(Topic<?, ?> topic) {
        return driver.createOutputTopic(
                DeadLetters.topicFor("admissions-service"), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    public <V> KeyValueStore<String, V> store(String name) {
        return driver.getKeyValueStore(name);
    }

    private String topicOf(SpecificRecord event) {
        return EventCatalog.topics().stream()
                .filter(topic -> topic.recordTypes().contains(event.getClass()))
                .map(PublicTopic::name)
                .filter(inputs::containsKey)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "No lifecycle topic carries " + event.getClass().getSimpleName()));
    }

    @Override
    public void close() {
        driver.close();
        MockSchemaRegistry.dropScope(registryScope);
    }
}
