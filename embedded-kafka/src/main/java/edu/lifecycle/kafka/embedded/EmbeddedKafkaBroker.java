package edu.lifecycle.kafka.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Kafka broker (KRaft, combined broker and controller) started in-process from the Apache Kafka jars.
 *
 * <p>The data directory is formatted on first start only and reused afterwards, so topics and offsets survive a
 * restart. {@link #start} returns once the broker answers clients; a half-started broker is shut down before the
 * error is rethrown, so a failed start never leaves non-daemon threads holding the JVM open. With
 * {@link BrokerSettings#withSecurity} the client listener takes SASL/SCRAM-SHA-512 only and ACLs decide everything.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final Map<String, Object> adminClientProperties;
    private final Path logDirectory;
    private final boolean freshlyFormatted;
    private final Consumer<BrokerFault> faultRelay;
    private final CopyOnWriteArrayList<Consumer<BrokerFault>> faultListeners = new CopyOnWriteArrayList<>();
    private volatile BrokerFault fault;
    private volatile boolean closed;

    private EmbeddedKafkaBroker(
            KafkaRaftServer server,
            String bootstrapServers,
            Optional<BrokerSecurity> security,
            Path logDirectory,
            boolean freshlyFormatted) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        var admin = new HashMap<String, Object>();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        security.ifPresent(
                closed -> admin.putAll(BrokerSecurity.scramClient(closed.adminUser(), closed.adminPassword())));
        this.adminClientProperties = Map.copyOf(admin);
        this.logDirectory = logDirectory;
        this.freshlyFormatted = freshlyFormatted;
        this.faultRelay = this::onFault;
    }

    /** Whether a broker has ever been started on this data directory (its log is formatted). */
    public static boolean hasLogIn(Path dataDirectory) {
        return LogDirectoryFormatter.isFormatted(logDirectoryIn(dataDirectory));
    }

    private static Path logDirectoryIn(Path dataDirectory) {
        return dataDirectory.resolve("kraft-combined-logs").toAbsolutePath();
    }

    /** Starts a broker and waits until it serves clients. */
    public static EmbeddedKafkaBroker start(BrokerSettings settings) {
        var host = settings.host();
        int port = settings.port() == 0 ? FreePort.on(host) : settings.port();
        var controllerHost = SingleNodeBrokerConfig.CONTROLLER_HOST;
        int controllerPort =
                settings.controllerPort() == 0 ? FreePort.onOtherThan(controllerHost, port) : settings.controllerPort();
        FreePort.requireFree(host, port, "client");
        FreePort.requireFree(controllerHost, controllerPort, "controller");

        var logDirectory = logDirectoryIn(settings.dataDirectory());
        boolean formatted;
        try {
            formatted = LogDirectoryFormatter.formatIfNeeded(logDirectory, settings.security());
        } catch (Exception e) {
            throw new BrokerStartupException("Cannot format Kafka data directory " + logDirectory, e);
        }

        var config = new KafkaConfig(SingleNodeBrokerConfig.properties(settings, port, controllerPort, logDirectory));
        var server = new KafkaRaftServer(config, Time.SYSTEM);
        var broker = new EmbeddedKafkaBroker(server, host + ":" + port, settings.security(), logDirectory, formatted);
        FatalFaultGuard.register(broker.faultRelay);
        try {
            server.startup();
            broker.awaitReady(settings.startupTimeout());
        } catch (RuntimeException e) {
            broker.close();
            throw new BrokerStartupException("Kafka broker on " + host + ":" + port + " failed to start: " + e, e);
        }
        log.info(
                "Kafka broker ready on {} (data in {}{})",
                broker.bootstrapServers,
                logDirectory,
                formatted ? ", newly formatted" : "");
        return broker;
    }

    /** The {@code bootstrap.servers} value clients use. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /**
     * What an administrator's client needs: {@code bootstrap.servers}, and on a closed broker the administrator's
     * SASL login. Holds a secret: never print it.
     */
    public Map<String, Object> adminClientProperties() {
        return adminClientProperties;
    }

    public Path logDirectory() {
        return logDirectory;
    }

    /** Whether this start formatted the data directory (false when it reused an existing one). */
    public boolean freshlyFormatted() {
        return freshlyFormatted;
    }

    /** The fatal fault Kafka reported, if any; the broker should then be considered broken. */
    public Optional<BrokerFault> fault() {
        return Optional.ofNullable(fault);
    }

    /** Called once for each fatal fault Kafka reports while this broker runs. */
    public void onFault(Consumer<BrokerFault> listener) {
        faultListeners.add(listener);
    }

    private void onFault(BrokerFault reported) {
        if (closed) {
            return;
        }
        fault = reported;
        faultListeners.forEach(listener -> listener.accept(reported));
    }

    private void awaitReady(Duration timeout) {
        var deadline = Instant.now().plus(timeout);
        Map<String, Object> adminConfig = new HashMap<>(adminClientProperties);
        adminConfig.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000);
        adminConfig.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 4_000);
        try (var admin = Admin.create(adminConfig)) {
            RuntimeException last = null;
            while (Instant.now().isBefore(deadline)) {
                try {
                    if (!admin.describeCluster()
                            .nodes()
                            .get(4, TimeUnit.SECONDS)
                            .isEmpty()) {
                        return;
                    }
                } catch (Exception e) {
                    last = new IllegalStateException("broker not answering yet", e);
                }
            }
            throw new IllegalStateException("Kafka broker not ready after " + timeout, last);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            server.shutdown();
            server.awaitShutdown();
        } finally {
            FatalFaultGuard.unregister(faultRelay);
        }
    }
}
