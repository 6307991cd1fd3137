package edu.lifecycle.admissions.privacy.stream;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.admissions.privacy.DataKey;
import edu.lifecycle.admissions.privacy.KeyRing;
import edu.lifecycle.admissions.privacy.KeyRingStore;
import edu.lifecycle.servicekit.json.JsonSerde;
import edu.lifecycle.servicekit.topic.Topic;
import edu.lifecycle.testing.KafkaStack;
import edu.lifecycle.testing.StackEndpoints;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The key topic on a real broker: what one instance writes, another reads at once and hears of; a tombstone destroys;
 * among many people's rings, each read finds its own.
 */
@KafkaStack
class KafkaKeyRingsIntegrationTest {

    @Test
    void aKeyWrittenByOneInstanceIsReadByAnotherAndATombstoneDestroysIt(StackEndpoints stack) throws Exception {
        var keys = KeyTopic.create(stack, 3);
        var client = keys.client();
        var topic = keys.topic();
        var timeout = Duration.ofSeconds(20);
        try (var first = new KafkaKeyRings(client, client, topic, timeout);
                var second = new KafkaKeyRings(client, client, topic, timeout)) {
            var heard = new ConcurrentHashMap<String, Long>();
            second.watch(heard::put);
            assertThat(second.read("stu-1")).isEmpty();
            var key = new DataKey("k1", new byte[DataKey.SECRET_BYTES], null);
            var rotated = KeyRing.of(key).with(new DataKey("k2", new byte[DataKey.SECRET_BYTES], "r-1"));

            long written = first.write("stu-1", KeyRing.of(key));
            first.write("stu-2", rotated);
            assertThat(second.read("stu-1")).contains(new KeyRingStore.Versioned(KeyRing.of(key), written));
            long rewritten = first.write("stu-1", rotated);
            assertThat(rewritten).isGreaterThan(written);
            assertThat(second.read("stu-1")).contains(new KeyRingStore.Versioned(rotated, rewritten));
            assertThat(second.latestVersion("stu-1")).isEqualTo(rewritten);
            assertThat(heard).containsEntry("stu-1", rewritten);

            try (var producer = new KafkaProducer<>(client, new StringSerializer(), new ByteArraySerializer())) {
                producer.send(new ProducerRecord<>(topic.name(), "stu-1", null)).get();
            }
            assertThat(second.read("stu-1")).isEmpty();
            assertThat(second.latestVersion("stu-1")).isGreaterThan(rewritten);
            assertThat(second.read("stu-2").map(KeyRingStore.Versioned::ring)).contains(rotated);
            assertThat(first.read("stu-3")).isEmpty();
        }
    }

    @Test
    void amongManyPeopleEachReadFindsItsOwnRingAndAFreshInstanceLearnsThemAll(StackEndpoints stack) throws Exception {
        var keys = KeyTopic.create(stack, 2);
        var client = keys.client();
        var topic = keys.topic();
        var timeout = Duration.ofSeconds(20);
        var rings = new HashMap<String, KeyRing>();
        try (var writer = new KafkaKeyRings(client, client, topic, timeout)) {
            for (int person = 0; person < 200; person++) {
                var secret = new byte[DataKey.SECRET_BYTES];
                secret[0] = (byte) person;
                var ring = KeyRing.of(new DataKey("k" + person, secret, null));
                writer.write("stu-" + person, ring);
                rings.put("stu-" + person, ring);
            }
        }
        try (var fresh = new KafkaKeyRings(client, client, topic, timeout)) {
            for (var person : List.of("stu-0", "stu-99", "stu-199", "stu-57")) {
                assertThat(fresh.read(person).map(KeyRingStore.Versioned::ring)).contains(rings.get(person));
            }
            assertThat(fresh.read("stu-200")).isEmpty();
        }
    }

    /** A key topic of its own, on the shared broker, and a client allowed to use it as admissions would. */
    private record KeyTopic(Map<String, Object> client, Topic<String, KeyRing> topic) {

        static KeyTopic create(StackEndpoints stack, int partitions) throws Exception {
            var prefix = "keys-" + UUID.randomUUID().toString().substring(0, 8) + ".";
            var login = stack.openTestService("key-rings", prefix, prefix + "app");
            Map<String, Object> client = login.kafkaClient(stack.bootstrapServers());
            Topic<String, KeyRing> topic = Topic.compacted(
                    prefix + "admissions.personal-data-keys", Serdes.String(), JsonSerde.of(KeyRing.class));
            try (var admin = Admin.create(client)) {
                admin.createTopics(List.of(new NewTopic(topic.name(), partitions, (short) 1)))
                        .all()
                        .get();
            }
            return new KeyTopic(client, topic);
        }
    }
}
