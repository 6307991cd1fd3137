package edu.lifecycle.servicekit.stream;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.servicekit.json.JsonSerde;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The kit's read-model block: a fold per key, and a step over several stores, as a projector would use them. */
class ProjectionTest {

    /** A student's marks so far, as a read model would keep them; sent on under the student's programme. */
    record Marks(String programme, List<Integer> marks) {
        Marks with(int mark) {
            var more = new java.util.ArrayList<>(marks);
            more.add(mark);
            return new Marks(programme, List.copyOf(more));
        }
    }

    private TopologyTestDriver driver;

    @AfterEach
    void close() {
        if (driver != null) {
            driver.close();
        }
    }

    @Test
    void aFoldKeepsOneValuePerKeyAndSendsOnlyWhatChangedOn() {
        // "enrolled:M2" opens the marks of a student; "mark:14" adds one; "mark:0" means nothing here.
        Projection.Fold<String, Marks> fold = (student, before, event) -> {
            if (event.startsWith("enrolled:")) {
                return before != null ? before : new Marks(event.substring(9), List.of());
            }
            if (before == null || event.equals("mark:0")) {
                return before;
            }
            return before.with(Integer.parseInt(event.substring(5)));
        };
        var topology = new Topology()
                .addSource(
                        "events",
                        Serdes.String().deserializer(),
                        Serdes.String().deserializer(),
                        "events")
                .addProcessor(
                        "marks",
                        Projection.folding(
                                ReadModelStores.keyValue("marks", Marks.class), fold, marks -> marks.programme()),
                        "events")
                .addSink(
                        "by-programme",
                        "marks-by-programme",
                        Serdes.String().serializer(),
                        JsonSerde.of(Marks.class).serializer(),
                        "marks");
        driver = new TopologyTestDriver(topology, properties());
        var events = driver.createInputTopic(
                "events", Serdes.String().serializer(), Serdes.String().serializer());
        var sent = driver.createOutputTopic(
                "marks-by-programme",
                Serdes.String().deserializer(),
                JsonSerde.of(Marks.class).deserializer());

        events.pipeInput("s1", "mark:12"); // before the enrollment: nothing to keep yet
        events.pipeInput("s1", "enrolled:M2-ISD");
        events.pipeInput("s1", "mark:14");
        events.pipeInput("s1", "mark:0"); // changes nothing: neither written nor sent again
        events.pipeInput("s1", "enrolled:M2-ISD"); // a redelivery: the same value
        events.pipeInput(null, "enrolled:M1"); // no key: no student
        events.pipeInput("s2", "enrolled:M1-RI");

        KeyValueStore<String, Marks> store = driver.getKeyValueStore("marks");
        assertThat(store.get("s1")).isEqualTo(new Marks("M2-ISD", List.of(14)));
        assertThat(store.get("s2")).isEqualTo(new Marks("M1-RI", List.of()));
        assertThat(sent.readKeyValuesToList())
                .containsExactly(
                        KeyValue.pair("M2-ISD", new Marks("M2-ISD", List.of())),
                        KeyValue.pair("M2-ISD", new Marks("M2-ISD", List.of(14))),
                        KeyValue.pair("M1-RI", new Marks("M1-RI", List.of())));
    }

    @Test
    void aStepReachesEveryStoreItDeclaredAndKnowsWhereTheRecordCameFrom() {
        Projection.Step<String, String, Void, Void> step = (record, target) -> {
            KeyValueStore<String, String> last = target.store("last");
            KeyValueStore<String, Long> offsets = target.store("offsets");
            last.put(record.key(), record.value());
            offsets.put(record.key(), target.source().orElseThrow().offset());
        };
        var topology = new Topology()
                .addSource(
                        "events",
                        Serdes.String().deserializer(),
                        Serdes.String().deserializer(),
                        "events")
                .addProcessor(
                        "two-stores",
                        Projection.of(
                                step,
                                ReadModelStores.keyValue("last", Serdes.String()),
                                ReadModelStores.keyValue("offsets", Serdes.Long())),
                        "events");
        driver = new TopologyTestDriver(topology, properties());
        var events = driver.createInputTopic(
                "events", Serdes.String().serializer(), Serdes.String().serializer());

        events.pipeInput("s1", "a");
        events.pipeInput("s2", "b");
        events.pipeInput("s1", "c");

        KeyValueStore<String, String> last = driver.getKeyValueStore("last");
        KeyValueStore<String, Long> offsets = driver.getKeyValueStore("offsets");
        assertThat(last.get("s1")).isEqualTo("c");
        assertThat(offsets.get("s1")).isEqualTo(2L);
        assertThat(offsets.get("s2")).isEqualTo(1L);
    }

    private static Properties properties() {
        var properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "projection-" + UUID.randomUUID());
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        properties.put(
                StreamsConfig.STATE_DIR_CONFIG,
                Path.of(System.getProperty("java.io.tmpdir"), "topology-tests", "projection-" + UUID.randomUUID())
                        .toString());
        return properties;
    }
}
