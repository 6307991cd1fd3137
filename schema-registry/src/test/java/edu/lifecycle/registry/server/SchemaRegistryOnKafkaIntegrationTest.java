package edu.lifecycle.registry.server;

import static edu.lifecycle.registry.server.StudentSchemas.EMAIL_WITH_DEFAULT;
import static edu.lifecycle.registry.server.StudentSchemas.ID;
import static edu.lifecycle.registry.server.StudentSchemas.NAME;
import static edu.lifecycle.registry.server.StudentSchemas.course;
import static edu.lifecycle.registry.server.StudentSchemas.student;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.lifecycle.kafka.embedded.BrokerSettings;
import edu.lifecycle.kafka.embedded.EmbeddedKafkaBroker;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.avro.Schema;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry on a real KRaft broker: its state lives in the schema topic, in Confluent's format. */
class SchemaRegistryOnKafkaIntegrationTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final AtomicInteger TOPICS = new AtomicInteger();

    @TempDir
    static Path data;

    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedKafkaBroker.start(BrokerSettings.ephemeral(data));
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    /** Each test gets its own schema topic on the shared broker. */
    private static RegistrySettings settings(String topic) {
        return RegistrySettings.kafka(broker.bootstrapServers())
                .withTopic(topic)
                .withKafkaTimeout(Duration.ofSeconds(20));
    }

    private static String newTopic() {
        return "_schemas_" + TOPICS.incrementAndGet();
    }

    @Test
    void aNewRegistryOnTheSameTopicRecoversEverySubjectVersionIdConfigAndMode() {
        RegistrySettings settings = settings(newTopic());
        String before = run(settings, http -> {
            http.register("students-value", student(ID));
            http.register("students-value", student(ID, EMAIL_WITH_DEFAULT));
            http.register("courses-value", course());
            http.register("retired-value", student(ID));
            http.register("gone-value", student(ID, NAME));
            http.delete("/subjects/retired-value");
            http.delete("/subjects/gone-value");
            http.delete("/subjects/gone-value?permanent=true");
            http.delete("/subjects/students-value/versions/1");
            http.put("/config", "{\"compatibility\":\"FULL\"}");
            http.setCompatibility("courses-value", "NONE");
            http.setMode("courses-value", "READONLY");
        });

        String after = run(settings, http -> {});

        assertThat(after).isEqualTo(before);
        assertThat(before)
                .contains("\"students-value\"", "\"retired-value\"", "{\"compatibilityLevel\":\"NONE\"}")
                .contains("{\"mode\":\"READONLY\"}")
                .doesNotContain("gone-value");
        run(
                settings,
                http -> assertThat(http.register("new-value", student(ID, StudentSchemas.NAME_AS_INT))
                                .id())
                        .as("ids continue after the highest one ever used")
                        .isEqualTo(5));
    }

    @Test
    void writesConfluentsKeysAndValues() {
        String topic = newTopic();
        String probe = new Schema.Parser().parse(student(ID)).toString();
        run(settings(topic), http -> {
            http.register("probe-value", student(ID));
            http.register("other-value", student(ID));
            http.put("/config", "{\"compatibility\":\"FULL\"}");
            http.setCompatibility("probe-value", "NONE");
            http.delete("/config/probe-value");
            http.delete("/subjects/probe-value/versions/1");
            http.delete("/subjects/probe-value/versions/1?permanent=true");
            http.delete("/subjects/other-value");
            http.put("/mode", "{\"mode\":\"READONLY\"}");
        });

        List<String> records = readTopic(topic);

        assertThat(records.get(0)).isEqualTo("{\"keytype\":\"NOOP\",\"magic\":0} null");
        assertThat(records.stream().filter(r -> !r.startsWith("{\"keytype\":\"NOOP\"")))
                .containsExactly(
                        "{\"keytype\":\"SCHEMA\",\"subject\":\"probe-value\",\"version\":1,\"magic\":1}"
                                + " {\"subject\":\"probe-value\",\"version\":1,\"id\":1,\"schemaType\":\"AVRO\",\"schema\":"
                                + RegistryHttp.jsonString(probe) + ",\"deleted\":false}",
                        "{\"keytype\":\"SCHEMA\",\"subject\":\"other-value\",\"version\":1,\"magic\":1}"
                                + " {\"subject\":\"other-value\",\"version\":1,\"id\":1,\"schemaType\":\"AVRO\",\"schema\":"
                                + RegistryHttp.jsonString(probe) + ",\"deleted\":false}",
                        "{\"keytype\":\"CONFIG\",\"magic\":0} {\"compatibilityLevel\":\"FULL\"}",
                        "{\"keytype\":\"CONFIG\",\"subject\":\"probe-value\",\"magic\":0}"
                                + " {\"subject\":\"probe-value\",\"compatibilityLevel\":\"NONE\"}",
                        "{\"keytype\":\"CONFIG\",\"subject\":\"probe-value\",\"magic\":0} null",
                        "{\"keytype\":\"SCHEMA\",\"subject\":\"probe-value\",\"version\":1,\"magic\":1}"
                                + " {\"subject\":\"probe-value\",\"version\":1,\"id\":1,\"schemaType\":\"AVRO\",\"schema\":"
                                + RegistryHttp.jsonString(probe) + ",\"deleted\":true}",
                        "{\"keytype\":\"SCHEMA\",\"subject\":\"probe-value\",\"version\":1,\"magic\":1} null",
                        "{\"keytype\":\"DELETE_SUBJECT\",\"subject\":\"other-value\",\"magic\":0}"
                                + " {\"subject\":\"other-value\",\"version\":1}",
                        "{\"keytype\":\"MODE\",\"magic\":0} {\"mode\":\"READONLY\"}");
    }

    @Test
    void readsATopicWrittenByConfluentsRegistry() throws Exception {
        String topic = newTopic();
        createTopic(topic, 1, TopicConfig.CLEANUP_POLICY_COMPACT);
        String payment = "{\"type\":\"record\",\"name\":\"Payment\",\"namespace\":\"interop\",\"fields\":[{\"name\":"
                + "\"id\",\"type\":\"string\"},{\"name\":\"amount\",\"type\":\"double\"}]}";
        try (var producer = producer()) {
            producer.send(new ProducerRecord<>(topic, 0, "{\"keytype\":\"NOOP\",\"magic\":0}", null));
            producer.send(new ProducerRecord<>(
                    topic,
                    0,
                    "{\"keytype\":\"CONTEXT\",\"tenant\":\"default\",\"context\":\".\",\"magic\":0}",
                    "{\"tenant\":\"default\",\"context\":\".\",\"deleted\":false}"));
            producer.send(new ProducerRecord<>(
                    topic,
                    0,
                    "{\"keytype\":\"SCHEMA\",\"subject\":\"t1-value\",\"version\":1,\"magic\":1}",
                    "{\"subject\":\"t1-value\",\"version\":1,\"id\":7,\"md5\":\"x\",\"schemaType\":\"AVRO\",\"schema\":"
                            + RegistryHttp.jsonString(payment) + ",\"deleted\":false,\"ts\":1700000000000}"));
            producer.send(new ProducerRecord<>(
                    topic,
                    0,
                    "{\"keytype\":\"CONFIG\",\"subject\":\"t1-value\",\"magic\":0}",
                    "{\"subject\":\"t1-value\",\"alias\":null,\"normalize\":null,\"compatibilityLevel\":\"FULL\"}"));
            producer.flush();
        }

        run(settings(topic), http -> {
            assertThat(http.get("/schemas/ids/7").json().get("schema").asText()).isEqualTo(payment);
            assertThat(http.get("/config/t1-value").body()).isEqualTo("{\"compatibilityLevel\":\"FULL\"}");
            assertThat(http.register("t2-value", course()).id()).isEqualTo(8);
        });
    }

    @Test
    void createsTheTopicWithOnePartitionCompacted() throws Exception {
        String topic = newTopic();

        run(settings(topic), http -> {});

        try (var admin = admin()) {
            var description =
                    admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
            var resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            var config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
            assertThat(description.partitions()).hasSize(1);
            assertThat(description.partitions().get(0).replicas()).hasSize(1);
            assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo("compact");
        }
    }

    @Test
    void refusesATopicWithMoreThanOnePartition() throws Exception {
        String topic = newTopic();
        createTopic(topic, 3, TopicConfig.CLEANUP_POLICY_COMPACT);

        assertThatThrownBy(() -> SchemaRegistryServer.start(settings(topic)))
                .isInstanceOf(RegistryStartupException.class)
                .hasMessageContaining("The schema topic " + topic + " has 3 partitions")
                .hasMessageContaining("needs exactly 1");
    }

    @Test
    void refusesATopicThatIsNotCompacted() throws Exception {
        String topic = newTopic();
        createTopic(topic, 1, TopicConfig.CLEANUP_POLICY_DELETE);

        assertThatThrownBy(() -> SchemaRegistryServer.start(settings(topic)))
                .isInstanceOf(RegistryStartupException.class)
                .hasMessageContaining("The schema topic " + topic + " has cleanup.policy=delete")
                .hasMessageContaining("needs compact");
    }

    @Test
    void refusesToStartWithoutKafkaAfterItsTimeout() {
        var unreachable = RegistrySettings.kafka("127.0.0.1:1").withKafkaTimeout(Duration.ofSeconds(2));

        assertThatThrownBy(() -> SchemaRegistryServer.start(unreachable))
                .isInstanceOf(RegistryStartupException.class)
                .hasMessageContaining("127.0.0.1:1");
    }

    /** Starts a registry, runs the steps, and answers a snapshot of everything it serves; closes it after. */
    private static String run(RegistrySettings settings, Consumer<RegistryHttp> steps) {
        try (var server = SchemaRegistryServer.start(settings)) {
            var http = new RegistryHttp(server.url());
            steps.accept(http);
            return String.join(
                    "\n",
                    http.get("/subjects?deleted=true").body(),
                    http.get("/schemas?deleted=true").body(),
                    http.get("/schemas/ids/1").body(),
                    http.get("/schemas/ids/2").body(),
                    http.get("/schemas/ids/3").body(),
                    http.get("/schemas/ids/4").body(),
                    http.get("/config").body(),
                    http.get("/config/courses-value").body(),
                    http.get("/mode/courses-value").body(),
                    http.get("/schemas/ids/1?fetchMaxId=true").body());
        }
    }

    /** Every record of the topic as "key value", read with a plain consumer up to the end offset. */
    private static List<String> readTopic(String topic) {
        var partition = new TopicPartition(topic, 0);
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false);
        List<String> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            Instant deadline = Instant.now().plus(DEADLINE);
            while (consumer.position(partition) < end) {
                assertThat(Instant.now())
                        .as("reading %s up to offset %d", topic, end)
                        .isBefore(deadline);
                consumer.poll(Duration.ofMillis(200)).forEach(r -> records.add(r.key() + " " + r.value()));
            }
        }
        return records;
    }

    private static void createTopic(String topic, int partitions, String cleanupPolicy) throws Exception {
        try (var admin = admin()) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1)
                            .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, cleanupPolicy))))
                    .all()
                    .get();
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new StringSerializer(),
                new StringSerializer());
    }
}
