package edu.lifecycle.chaos.cluster;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * Three KRaft nodes, each a combined broker and controller in its own JVM, closed like the local stack's broker:
 * clients log in with SASL/SCRAM-SHA-512, {@code StandardAuthorizer} refuses what no ACL allows. Every topic defaults
 * to three replicas and {@code min.insync.replicas=2}, Kafka's own internal topics included, so one broker down
 * loses nothing and stops nothing.
 */
public final class KafkaCluster implements AutoCloseable {

    public static final int NODES = 3;
    static final String CLIENT = "CLIENT";
    static final String CONTROLLER = "CONTROLLER";
    static final String BROKER_USER = "broker";
    static final String MECHANISM = "SCRAM-SHA-512";
    private static final Duration READY_WITHIN = Duration.ofSeconds(120);

    private final Path directory;
    private final int[] clientPorts = new int[NODES];
    private final int[] controllerPorts = new int[NODES];
    private final JavaProcess[] nodes = new JavaProcess[NODES];
    private final Map<String, String> environment;
    private final String brokerPassword;
    private final String adminUser;
    private final Map<String, Object> adminClient;

    private KafkaCluster(Path directory, Ports ports, String brokerPassword, String adminUser, String adminPassword) {
        this.directory = directory;
        for (int i = 0; i < NODES; i++) {
            clientPorts[i] = ports.next();
            controllerPorts[i] = ports.next();
        }
        this.brokerPassword = brokerPassword;
        this.adminUser = adminUser;
        this.environment = Map.of(
                BrokerNodeMain.CLUSTER_ID,
                Uuid.randomUuid().toString(),
                BrokerNodeMain.SCRAM_USERS,
                scram(BROKER_USER, brokerPassword) + " " + scram(adminUser, adminPassword));
        var admin = new HashMap<String, Object>();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        admin.put("security.protocol", "SASL_PLAINTEXT");
        admin.put("sasl.mechanism", MECHANISM);
        admin.put("sasl.jaas.config", scramJaas(adminUser, adminPassword));
        this.adminClient = Map.copyOf(admin);
    }

    /** Starts the three nodes together (a quorum needs two of them) and returns once all three serve clients. */
    public static KafkaCluster start(
            Path directory, Ports ports, String brokerPassword, String adminUser, String adminPassword) {
        var cluster = new KafkaCluster(directory, ports, brokerPassword, adminUser, adminPassword);
        try {
            for (int i = 0; i < NODES; i++) {
                cluster.startNode(i);
            }
            cluster.awaitBrokers(NODES);
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    public String bootstrapServers() {
        var servers = new ArrayList<String>();
        for (int port : clientPorts) {
            servers.add(Ports.HOST + ":" + port);
        }
        return String.join(",", servers);
    }

    /** The administrator's client settings (a super user). Holds a secret: never print it. */
    public Map<String, Object> adminClient() {
        return adminClient;
    }

    public boolean isRunning(int node) {
        return nodes[node] != null && nodes[node].isAlive();
    }

    /** Starts node {@code node} (0-based) on its data, formatting it only the first time. */
    public void startNode(int node) {
        var file = directory.resolve("node-" + (node + 1) + ".properties");
        writePrivately(file, properties(node));
        nodes[node] = JavaProcess.start(
                "broker-" + (node + 1),
                BrokerNodeMain.class,
                List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k"),
                List.of(file.toString()),
                environment,
                directory.resolve("logs").resolve("broker-" + (node + 1) + ".log"));
    }

    /** A clean stop (SIGTERM: the broker hands its leaderships over), bounded; a kill if it hangs. */
    public void stopNode(int node) {
        if (nodes[node] != null) {
            nodes[node].stop(Duration.ofSeconds(60));
        }
    }

    /** Waits until {@code count} brokers are registered and answer, or fails after the deadline. */
    public void awaitBrokers(int count) {
        var config = new HashMap<>(adminClient);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        Exception last = null;
        try (var admin = Admin.create(config)) {
            while (System.nanoTime() < deadline) {
                try {
                    if (admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).size() >= count) {
                        return;
                    }
                } catch (Exception e) {
                    last = e;
                }
                LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            }
        }
        throw new IllegalStateException(
                count + " brokers did not answer within " + READY_WITHIN.toSeconds() + " s (logs in "
                        + directory.resolve("logs") + ")",
                last);
    }

    private Properties properties(int node) {
        var props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(node + 1));
        var voters = new ArrayList<String>();
        for (int i = 0; i < NODES; i++) {
            voters.add((i + 1) + "@" + Ports.HOST + ":" + controllerPorts[i]);
        }
        // A static quorum of the three nodes: the cluster never changes its controllers during a run.
        props.put("controller.quorum.voters", String.join(",", voters));
        props.put("controller.listener.names", CONTROLLER);
        props.put(
                "listeners",
                CLIENT + "://" + Ports.HOST + ":" + clientPorts[node] + "," + CONTROLLER + "://" + Ports.HOST + ":"
                        + controllerPorts[node]);
        props.put("advertised.listeners", CLIENT + "://" + Ports.HOST + ":" + clientPorts[node]);
        props.put("inter.broker.listener.name", CLIENT);
        props.put("listener.security.protocol.map", CLIENT + ":SASL_PLAINTEXT," + CONTROLLER + ":SASL_PLAINTEXT");
        props.put("sasl.enabled.mechanisms", MECHANISM);
        props.put("sasl.mechanism.inter.broker.protocol", MECHANISM);
        props.put("listener.name.client.scram-sha-512.sasl.jaas.config", scramJaas(BROKER_USER, brokerPassword));
        // Controllers cannot look SCRAM users up in the metadata they serve: the quorum speaks SASL/PLAIN.
        props.put("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        props.put("sasl.mechanism.controller.protocol", "PLAIN");
        props.put(
                "listener.name.controller.plain.sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + BROKER_USER
                        + "\" password=\"" + brokerPassword + "\" user_" + BROKER_USER + "=\"" + brokerPassword
                        + "\";");
        props.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        props.put("allow.everyone.if.no.acl.found", "false");
        props.put("super.users", "User:" + BROKER_USER + ";User:" + adminUser);
        props.put(
                "log.dirs",
                directory.resolve("data-" + (node + 1)).toAbsolutePath().toString());
        // Three replicas, two in sync, for every topic: the system's, Streams' internal ones and Kafka's own.
        props.put("default.replication.factor", "3");
        props.put("min.insync.replicas", "2");
        props.put("offsets.topic.replication.factor", "3");
        props.put("transaction.state.log.replication.factor", "3");
        props.put("transaction.state.log.min.isr", "2");
        props.put("share.coordinator.state.topic.replication.factor", "3");
        props.put("share.coordinator.state.topic.min.isr", "2");
        props.put("unclean.leader.election.enable", "false");
        props.put("offsets.topic.num.partitions", "10");
        props.put("transaction.state.log.num.partitions", "10");
        props.put("group.initial.rebalance.delay.ms", "0");
        // A restarted broker takes its leaderships back soon, so the load spreads again after each restart.
        props.put("leader.imbalance.check.interval.seconds", "10");
        props.put("log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024));
        props.put("num.io.threads", "2");
        props.put("num.network.threads", "2");
        props.put("background.threads", "2");
        props.put("num.recovery.threads.per.data.dir", "1");
        props.put("log.cleaner.threads", "1");
        return props;
    }

    private static String scram(String user, String password) {
        return MECHANISM + "=[name=" + user + ",password=" + password + "]";
    }

    static String scramJaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user + "\" password=\""
                + password + "\";";
    }

    private static void writePrivately(Path file, Properties props) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            var text = new StringWriter();
            props.store(text, "one node of the chaos run's cluster; private: it holds the broker's secret");
            Files.writeString(file, text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** Which nodes run, for the report. */
    public String describe() {
        return java.util.stream.IntStream.range(0, NODES)
                .mapToObj(i -> "broker-" + (i + 1) + (isRunning(i) ? " up" : " down"))
                .collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        for (int i = NODES - 1; i >= 0; i--) {
            if (nodes[i] != null && nodes[i].isAlive()) {
                nodes[i].stop(Duration.ofSeconds(30));
            }
        }
    }
}
