package edu.lifecycle.kafka.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Exit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerIntegrationTest {

    @TempDir
    Path data;

    @Test
    void servesTransactionalProducersAndConsumerGroups() throws Exception {
        try (var broker = EmbeddedKafkaBroker.start(BrokerSettings.ephemeral(data))) {
            assertThat(broker.freshlyFormatted()).isTrue();
            createTopic(broker, "lifecycle.test");

            try (var producer = transactionalProducer(broker)) {
                producer.initTransactions();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("lifecycle.test", "student-1", "committed"));
                producer.commitTransaction();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("lifecycle.test", "student-1", "aborted"));
                producer.abortTransaction();
            }

            assertThat(readAll(broker, "lifecycle.test", 1)).containsExactly("committed");
        }
    }

    @Test
    void keepsTopicsAndRecordsAcrossRestartsOfTheSameDataDirectory() throws Exception {
        try (var broker = EmbeddedKafkaBroker.start(BrokerSettings.ephemeral(data))) {
            createTopic(broker, "lifecycle.durable");
            try (var producer = plainProducer(broker)) {
                producer.send(new ProducerRecord<>("lifecycle.durable", "student-1", "enrolled"))
                        .get();
            }
        }

        try (var restarted = EmbeddedKafkaBroker.start(BrokerSettings.ephemeral(data))) {
            assertThat(restarted.freshlyFormatted()).isFalse();
            assertThat(readAll(restarted, "lifecycle.durable", 1)).containsExactly("enrolled");
        }
    }

    @Test
    void refusesToStartOnATakenPortWithAClearMessage() throws IOException {
        try (var occupied = new ServerSocket()) {
            occupied.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            var settings = BrokerSettings.ephemeral(data).withPort(occupied.getLocalPort());

            assertThatThrownBy(() -> EmbeddedKafkaBroker.start(settings))
                    .isInstanceOf(BrokerStartupException.class)
                    .hasMessageContaining(String.valueOf(occupied.getLocalPort()))
                    .hasMessageContaining("already in use");
        }
    }

    @Test
    void aFatalBrokerFaultIsReportedInsteadOfHaltingTheJvm() {
        try (var broker = EmbeddedKafkaBroker.start(BrokerSettings.ephemeral(data))) {
            List<BrokerFault> seen = new CopyOnWriteArrayList<>();
            broker.onFault(seen::add);

            // What Kafka's fatal fault handlers do; without the guard this line would end the test JVM.
            Exit.halt(1, "simulated metadata fault");

            assertThat(seen).containsExactly(new BrokerFault(1, "simulated metadata fault"));
            assertThat(broker.fault()).contains(new BrokerFault(1, "simulated metadata fault"));
        }
    }

    private static void createTopic(EmbeddedKafkaBroker broker, String topic) throws Exception {
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.createTopics(Set.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
    }

    private static KafkaProducer<String, String> plainProducer(EmbeddedKafkaBroker broker) {
        return new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new StringSerializer(),
                new StringSerializer());
    }

    private static KafkaProducer<String, String> transactionalProducer(EmbeddedKafkaBroker broker) {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        broker.bootstrapServers(),
                        ProducerConfig.TRANSACTIONAL_ID_CONFIG,
                        "tx-" + UUID.randomUUID()),
                new StringSerializer(),
                new StringSerializer());
    }

    /** Reads committed values through a consumer group until the expected count arrives or a deadline passes. */
    private static List<String> readAll(EmbeddedKafkaBroker broker, String topic, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed");
        var values = new ArrayList<String>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            var deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (values.size() < expected && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
            }
            // One more short poll: nothing beyond what was expected may be visible (the aborted record stays hidden).
            consumer.poll(Duration.ofMillis(500)).forEach(record -> values.add(record.value()));
        }
        return values;
    }
}
