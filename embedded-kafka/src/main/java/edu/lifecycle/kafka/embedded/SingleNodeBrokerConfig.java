package edu.lifecycle.kafka.embedded;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/** The broker properties of a one-node KRaft cluster that runs transactions and consumer groups. */
final class SingleNodeBrokerConfig {

    static final int NODE_ID = 1;
    static final String CONTROLLER_LISTENER = "CONTROLLER";
    static final String CLIENT_LISTENER = "CLIENT";
    /** The controller serves only the broker in the same JVM: it never listens beyond this machine. */
    static final String CONTROLLER_HOST = "127.0.0.1";

    private SingleNodeBrokerConfig() {}

    static Properties properties(BrokerSettings settings, int port, int controllerPort, Path logDirectory) {
        var host = settings.host();
        var props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@" + CONTROLLER_HOST + ":" + controllerPort);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put(
                "listeners",
                CLIENT_LISTENER + "://" + host + ":" + port + "," + CONTROLLER_LISTENER + "://" + CONTROLLER_HOST + ":"
                        + controllerPort);
        props.put("advertised.listeners", CLIENT_LISTENER + "://" + host + ":" + port);
        props.put("inter.broker.listener.name", CLIENT_LISTENER);
        settings.security()
                .ifPresentOrElse(
                        security -> closed(props, security),
                        () -> props.put(
                                "listener.security.protocol.map",
                                CLIENT_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT"));
        props.put("log.dirs", logDirectory.toString());
        // One node: every internal topic must accept a single replica, or transactions and groups hang.
        props.put("offsets.topic.replication.factor", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("default.replication.factor", "1");
        props.put("min.insync.replicas", "1");
        // Fewer internal partitions make the first group join and first transaction start in well under a second.
        props.put("offsets.topic.num.partitions", "10");
        props.put("transaction.state.log.num.partitions", "10");
        props.put("group.initial.rebalance.delay.ms", "0");
        // The cleaner's dedupe buffer defaults to 128 MiB of heap; a local broker needs far less.
        props.put("log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024));
        props.put("num.io.threads", "2");
        props.put("num.network.threads", "2");
        props.put("background.threads", "2");
        props.put("num.recovery.threads.per.data.dir", "1");
        props.put("log.cleaner.threads", "1");
        // The cleaner looks for dirty logs every 2 s instead of 15: on a local broker the look costs nothing, and an
        // erased person's superseded profile leaves the disk sooner once its segment may be compacted.
        props.put("log.cleaner.backoff.ms", "2000");
        props.putAll(Map.copyOf(settings.overrides()));
        return props;
    }

    /**
     * Clients authenticate with SCRAM-SHA-512 (users live in the KRaft metadata); the broker reaches its controller
     * with SASL/PLAIN, since a KRaft controller cannot look up SCRAM users in the metadata it is serving, and reaches
     * other brokers (transaction markers go to partition leaders, itself included) with its own SCRAM user. Both
     * identities are the super user {@code broker}; everyone else needs an ACL.
     */
    private static void closed(Properties props, BrokerSecurity security) {
        var broker = BrokerSecurity.BROKER_USER;
        var secret = security.brokerPassword();
        props.put(
                "listener.security.protocol.map",
                CLIENT_LISTENER + ":SASL_PLAINTEXT," + CONTROLLER_LISTENER + ":SASL_PLAINTEXT");
        props.put("sasl.enabled.mechanisms", BrokerSecurity.CLIENT_MECHANISM);
        props.put("sasl.mechanism.inter.broker.protocol", BrokerSecurity.CLIENT_MECHANISM);
        props.put("listener.name.client.scram-sha-512.sasl.jaas.config", BrokerSecurity.scramJaas(broker, secret));
        props.put("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        props.put("sasl.mechanism.controller.protocol", "PLAIN");
        props.put(
                "listener.name.controller.plain.sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + broker
                        + "\" password=\"" + secret + "\" user_" + broker + "=\"" + secret + "\";");
        props.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        props.put("allow.everyone.if.no.acl.found", "false");
        props.put("super.users", "User:" + broker + ";User:" + security.adminUser());
    }
}
