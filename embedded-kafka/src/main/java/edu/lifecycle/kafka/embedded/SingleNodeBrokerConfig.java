package edu.lifecycle.kafka.embedded;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/** The broker properties of a one-node KRaft cluster that runs transactions and consumer groups. */
final class SingleNodeBrokerConfig {

    static final int NODE_ID = 1;
    static final String CONTROLLER_LISTENER = "CONTROLLER";

    private SingleNodeBrokerConfig() {}

    static Properties properties(BrokerSettings settings, int port, int controllerPort, Path logDirectory) {
        var host = settings.host();
        var props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@" + host + ":" + controllerPort);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put(
                "listeners",
                "PLAINTEXT://" + host + ":" + port + "," + CONTROLLER_LISTENER + "://" + host + ":" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://" + host + ":" + port);
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
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
        props.putAll(Map.copyOf(settings.overrides()));
        return props;
    }
}
