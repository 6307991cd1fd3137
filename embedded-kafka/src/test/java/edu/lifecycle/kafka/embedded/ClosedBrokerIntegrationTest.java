package edu.lifecycle.kafka.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TransactionalIdAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClosedBrokerIntegrationTest {

    private static final BrokerSecurity SECURITY =
            new BrokerSecurity("brokerSecret0123456789", "admin", "adminSecret0123456789");
    private static final String CLERK_PASSWORD = "clerkSecret0123456789";

    @TempDir
    Path data;

    @Test
    void clientsMustLogInAndMayDoOnlyWhatAnAclAllows() throws Exception {
        try (var broker =
                        EmbeddedKafkaBroker.start(BrokerSettings.ephemeral(data).withSecurity(SECURITY));
                var admin = Admin.create(broker.adminClientProperties())) {
            admin.createTopics(Set.of(new NewTopic("ledger", 1, (short) 1)))
                    .all()
                    .get();
            createUser(admin, "clerk", CLERK_PASSWORD);

            assertThatThrownBy(() -> send(anonymous(broker), "ledger"))
                    .as("no credentials")
                    .isInstanceOf(TimeoutException.class);
            assertThatThrownBy(() -> send(login(broker, "clerk", "notTheClerkSecret0"), "ledger"))
                    .as("a wrong password")
                    .isInstanceOf(SaslAuthenticationException.class);
            assertThatThrownBy(() -> send(login(broker, "clerk", CLERK_PASSWORD), "ledger"))
                    .as("a known user without an ACL")
                    .isInstanceOf(TopicAuthorizationException.class);

            allow(
                    admin,
                    "clerk",
                    new ResourcePattern(ResourceType.TOPIC, "ledger", PatternType.LITERAL),
                    AclOperation.WRITE);

            send(login(broker, "clerk", CLERK_PASSWORD), "ledger");
        }
    }

    @Test
    void transactionsNeedTheirOwnAclAndThenRunAsUsual() throws Exception {
        try (var broker =
                        EmbeddedKafkaBroker.start(BrokerSettings.ephemeral(data).withSecurity(SECURITY));
                var admin = Admin.create(broker.adminClientProperties())) {
            admin.createTopics(Set.of(new NewTopic("ledger", 1, (short) 1)))
                    .all()
                    .get();
            createUser(admin, "clerk", CLERK_PASSWORD);
            allow(
                    admin,
                    "clerk",
                    new ResourcePattern(ResourceType.TOPIC, "ledger", PatternType.LITERAL),
                    AclOperation.WRITE);
            var transactional = login(broker, "clerk", CLERK_PASSWORD);
            transactional.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "clerk-" + UUID.randomUUID());

            assertThatThrownBy(() -> commitOne(transactional))
                    .isInstanceOf(TransactionalIdAuthorizationException.class);

            allow(
                    admin,
                    "clerk",
                    new ResourcePattern(ResourceType.TRANSACTIONAL_ID, "clerk-", PatternType.PREFIXED),
                    AclOperation.WRITE);
            // Transaction markers travel between brokers as the broker's own SCRAM user: the commit proves it logs in.
            commitOne(transactional);
        }
    }

    @Test
    void theSuperUsersComeWithTheFirstFormatAndSurviveARestart() throws Exception {
        try (var broker =
                        EmbeddedKafkaBroker.start(BrokerSettings.ephemeral(data).withSecurity(SECURITY));
                var admin = Admin.create(broker.adminClientProperties())) {
            assertThat(broker.freshlyFormatted()).isTrue();
            createUser(admin, "clerk", CLERK_PASSWORD);
        }

        try (var restarted =
                        EmbeddedKafkaBroker.start(BrokerSettings.ephemeral(data).withSecurity(SECURITY));
                var admin = Admin.create(restarted.adminClientProperties())) {
            assertThat(restarted.freshlyFormatted()).isFalse();
            assertThat(admin.describeUserScramCredentials().users().get()).contains("admin", "broker", "clerk");
        }
    }

    @Test
    void settingsNeverShowTheSecrets() {
        var settings = BrokerSettings.ephemeral(data).withSecurity(SECURITY);

        assertThat(settings.toString())
                .doesNotContain(SECURITY.adminPassword())
                .doesNotContain(SECURITY.brokerPassword());
    }

    private static void createUser(Admin admin, String user, String password) throws Exception {
        admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(
                        user, new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), password)))
                .all()
                .get();
    }

    private static void allow(Admin admin, String user, ResourcePattern resource, AclOperation operation)
            throws Exception {
        admin.createAcls(List.of(new AclBinding(
                        resource, new AccessControlEntry("User:" + user, "*", operation, AclPermissionType.ALLOW))))
                .all()
                .get();
    }

    private static Map<String, Object> anonymous(EmbeddedKafkaBroker broker) {
        var config = new HashMap<String, Object>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3_000);
        return config;
    }

    private static Map<String, Object> login(EmbeddedKafkaBroker broker, String user, String password) {
        var config = anonymous(broker);
        config.putAll(BrokerSecurity.scramClient(user, password));
        return config;
    }

    private static void send(Map<String, Object> config, String topic) throws Exception {
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "k", "v")).get();
        } catch (ExecutionException e) {
            throw (Exception) e.getCause();
        }
    }

    private static void commitOne(Map<String, Object> config) {
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>("ledger", "k", "v"));
            producer.commitTransaction();
        }
    }
}
