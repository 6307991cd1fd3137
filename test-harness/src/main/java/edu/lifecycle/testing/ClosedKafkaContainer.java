package edu.lifecycle.testing;

import edu.lifecycle.localstack.backbone.Login;
import java.io.IOException;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.kafka.KafkaContainer;

/**
 * Apache Kafka's image closed as the embedded broker is: clients log in with SASL/SCRAM-SHA-512 on the host-facing and
 * the network listener, the broker reaches its controller and itself with SASL/PLAIN as the super user
 * {@code broker}, and {@code StandardAuthorizer} refuses what no ACL allows. The listener names are Testcontainers'
 * ({@code PLAINTEXT} for the host, {@code BROKER}, {@code CONTROLLER}, {@code TC-0} for the network); only their
 * security protocol changes.
 */
final class ClosedKafkaContainer extends KafkaContainer {

    private static final String BROKER_LOGIN = "/tmp/broker-login.properties";
    private static final String ADMIN_SCRAM = "/tmp/admin-scram.properties";

    private final Login broker;

    ClosedKafkaContainer(String image, Login broker, String adminUser) {
        super(image);
        this.broker = broker;
        var plain = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + broker.user()
                + "\" password=\"" + broker.password() + "\" user_" + broker.user() + "=\"" + broker.password()
                + "\";";
        var scramServer = "org.apache.kafka.common.security.scram.ScramLoginModule required;";
        withEnv("KAFKA_SASL_ENABLED_MECHANISMS", "SCRAM-SHA-512");
        withEnv("KAFKA_LISTENER_NAME_PLAINTEXT_SCRAM___SHA___512_SASL_JAAS_CONFIG", scramServer);
        withEnv("KAFKA_LISTENER_NAME_TC___0_SCRAM___SHA___512_SASL_JAAS_CONFIG", scramServer);
        withEnv("KAFKA_LISTENER_NAME_BROKER_SASL_ENABLED_MECHANISMS", "PLAIN");
        withEnv("KAFKA_LISTENER_NAME_BROKER_PLAIN_SASL_JAAS_CONFIG", plain);
        withEnv("KAFKA_SASL_MECHANISM_INTER_BROKER_PROTOCOL", "PLAIN");
        withEnv("KAFKA_LISTENER_NAME_CONTROLLER_SASL_ENABLED_MECHANISMS", "PLAIN");
        withEnv("KAFKA_LISTENER_NAME_CONTROLLER_PLAIN_SASL_JAAS_CONFIG", plain);
        withEnv("KAFKA_SASL_MECHANISM_CONTROLLER_PROTOCOL", "PLAIN");
        withEnv("KAFKA_AUTHORIZER_CLASS_NAME", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        withEnv("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND", "false");
        withEnv("KAFKA_SUPER_USERS", "User:" + broker.user() + ";User:" + adminUser);
    }

    /** After Testcontainers has added its listeners: every one of them takes SASL. */
    @Override
    protected void configure() {
        super.configure();
        var map = getEnvMap().get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP");
        getEnvMap().put("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", map.replace(":PLAINTEXT", ":SASL_PLAINTEXT"));
    }

    /**
     * Creates the administrator's SCRAM user as the broker itself, over the broker listener inside the container: the
     * one step no SCRAM login can take, since no SCRAM user exists yet. Secrets travel in files, not command lines.
     */
    void createScramUser(Login admin) {
        copyFileToContainer(
                Transferable.of(
                        "security.protocol=SASL_PLAINTEXT\nsasl.mechanism=PLAIN\n"
                                + "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required"
                                + " username=\"" + broker.user() + "\" password=\"" + broker.password() + "\";\n",
                        0600),
                BROKER_LOGIN);
        copyFileToContainer(Transferable.of("SCRAM-SHA-512=[password=" + admin.password() + "]\n", 0600), ADMIN_SCRAM);
        try {
            var result = execInContainer(
                    "/opt/kafka/bin/kafka-configs.sh",
                    "--bootstrap-server",
                    "localhost:9093",
                    "--command-config",
                    BROKER_LOGIN,
                    "--alter",
                    "--add-config-file",
                    ADMIN_SCRAM,
                    "--entity-type",
                    "users",
                    "--entity-name",
                    admin.user());
            if (result.getExitCode() != 0) {
                throw new IllegalStateException(
                        "Cannot create the administrator in the Kafka container: " + result.getStderr());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the administrator in the Kafka container", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
