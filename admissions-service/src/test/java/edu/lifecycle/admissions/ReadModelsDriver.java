package edu.lifecycle.admissions;

import edu.lifecycle.admissions.cohort.stream.CohortTopology;
import edu.lifecycle.admissions.timeline.stream.TimelineTopology;
import edu.lifecycle.admissions.topics.AdmissionsTopics;
import edu.lifecycle.schemas.EventCatalog;
import edu.lifecycle.schemas.PublicTopic;
import edu.lifecycle.servicekit.testing.ServiceDriver;
import edu.lifecycle.servicekit.topic.Topic;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;

/**
 * The read models' topologies, wired as the service wires them (with the kit's own table), on the kit's
 * {@link ServiceDriver}: no Spring, no broker. Events go to the public topic the catalogue gives their type.
 */
public final class ReadModelsDriver implements AutoCloseable {

    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

    private final ServiceDriver<AdmissionsTopics> driver;
    private final Map<String, Topic<String, SpecificRecord>> lifecycleTopics;

    public ReadModelsDriver() {
        this(false);
    }

    private ReadModelsDriver(boolean atLeastOnce) {
        var builder = ServiceDriver.of("admissions-service", AdmissionsTopics::new)
                .topologies(topics -> List.of(new CohortTopology(topics), new TimelineTopology(topics)))
                .startingAt(START);
        driver = (atLeastOnce ? builder.atLeastOnce() : builder).build();
        lifecycleTopics =
                driver.topics().lifecycleTopics().stream().collect(Collectors.toMap(Topic::name, Function.identity()));
    }

    /**
     * A driver that sends what the deserialization handler dead-letters: TopologyTestDriver drops such records while
     * a transaction is open, so this one runs at-least-once (the kit's integration tests cover exactly-once).
     */
    public static ReadModelsDriver atLeastOnce() {
        return new ReadModelsDriver(true);
    }

    /** The in-memory registry the topics' serdes use, for a test that writes with a serde of its own. */
    public String registryUrl() {
        return driver.registryUrl();
    }

    public AdmissionsTopics topics() {
        return driver.topics();
    }

    /** Publishes each event, in order, keyed by its student id, stamped with its occurrence time. */
    public void publish(SpecificRecord... events) {
        publish(Arrays.asList(events));
    }

    public void publish(List<? extends SpecificRecord> events) {
        for (SpecificRecord event : events) {
            driver.pipe(topicOf(event), Events.studentIdOf(event), event, Events.occurredAtOf(event));
        }
    }

    /** One event on {@code topic} under {@code key}, stamped with the test clock, however odd its own times are. */
    public void deliver(Topic<String, SpecificRecord> topic, String key, SpecificRecord event) {
        driver.pipe(topic, key, event);
    }

    /** Why each dead letter so far was set aside: "source topic: reason". */
    public List<String> deadLetterReasons() {
        return driver.deadLetterReasons();
    }

    /** Bytes that are not what the topic's serde reads. */
    public void publishRaw(Topic<String, ?> topic, String key, byte[] value) {
        driver.pipeRaw(topic, key, value);
    }

    /** The dead letters set aside from {@code topic} so far. */
    public List<TestRecord<byte[], byte[]>> deadLettersOf(Topic<?, ?> topic) {
        return driver.deadLetters(topic.name());
    }

    /** Rewrites a read model's store as the JSON the releases before ADR 16 wrote. */
    public <V> void rewriteAsJson(String store, Class<V> type) {
        driver.rewriteAsJson(store, type);
    }

    public <V> KeyValueStore<String, V> store(String name) {
        return driver.store(name);
    }

    private Topic<String, SpecificRecord> topicOf(SpecificRecord event) {
        return EventCatalog.topics().stream()
                .filter(topic -> topic.recordTypes().contains(event.getClass()))
                .map(PublicTopic::name)
                .filter(lifecycleTopics::containsKey)
                .findFirst()
                .map(lifecycleTopics::get)
                .orElseThrow(() -> new IllegalArgumentException(
                        "No lifecycle topic carries " + event.getClass().getSimpleName()));
    }

    @Override
    public void close() {
        driver.close();
    }
}
