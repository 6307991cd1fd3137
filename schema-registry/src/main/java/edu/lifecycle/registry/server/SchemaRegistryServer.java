package edu.lifecycle.registry.server;

import com.sun.net.httpserver.HttpServer;
import edu.lifecycle.registry.server.http.RegistryHttpHandler;
import edu.lifecycle.registry.server.log.InMemorySchemaLog;
import edu.lifecycle.registry.server.log.KafkaSchemaLog;
import edu.lifecycle.registry.server.log.SchemaLog;
import edu.lifecycle.registry.server.log.SchemaLogException;
import edu.lifecycle.registry.server.security.RegistryAccess;
import edu.lifecycle.registry.server.security.RegistrySecurity;
import edu.lifecycle.registry.server.store.RegistryJournal;
import edu.lifecycle.registry.server.store.SchemaStore;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A schema registry speaking Confluent's REST API on the JDK's HTTP server, with no framework, so it starts in
 * milliseconds inside any test or application.
 *
 * <pre>{@code
 * try (var registry = SchemaRegistryServer.start(RegistrySettings.kafka(bootstrapServers))) {
 *     props.put("schema.registry.url", registry.url());
 * }
 * }</pre>
 */
public final class SchemaRegistryServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SchemaRegistryServer.class);
    /** Requests mostly wait on the log, so a few threads are plenty, and they stay few on a shared machine. */
    private static final int HTTP_THREADS = 8;

    private static final String NODELAY_PROPERTY = "sun.net.httpserver.nodelay";

    private final HttpServer http;
    private final ExecutorService executor;
    private final RegistryJournal journal;
    private final String url;
    private volatile boolean closed;

    private SchemaRegistryServer(HttpServer http, ExecutorService executor, RegistryJournal journal, String url) {
        this.http = http;
        this.executor = executor;
        this.journal = journal;
        this.url = url;
    }

    /**
     * Starts a registry and returns once it has replayed its log and serves requests.
     *
     * @throws RegistryStartupException when the port is taken or the schema log cannot be used
     */
    public static SchemaRegistryServer start(RegistrySettings settings) {
        return start(settings, RegistrySecurity.none());
    }

    /**
     * Starts a registry that logs in to Kafka with the security's client settings and lets in only the callers its
     * access allows.
     */
    public static SchemaRegistryServer start(RegistrySettings settings, RegistrySecurity security) {
        Objects.requireNonNull(settings, "settings");
        SchemaLog schemaLog = settings.inMemoryStore()
                ? new InMemorySchemaLog()
                : new KafkaSchemaLog(
                        settings.bootstrapServers(), settings.topic(), settings.kafkaTimeout(), security.kafkaClient());
        return start(settings, schemaLog, security.access());
    }

    /**
     * Starts a registry on a log of the caller's choosing, for instance an {@link InMemorySchemaLog} shared by
     * successive registries to simulate restarts without Kafka. The registry closes the log when it closes.
     */
    public static SchemaRegistryServer start(RegistrySettings settings, SchemaLog schemaLog) {
        return start(settings, schemaLog, RegistryAccess.open());
    }

    /** Starts a registry on a log of the caller's choosing, letting in only the callers the access allows. */
    public static SchemaRegistryServer start(RegistrySettings settings, SchemaLog schemaLog, RegistryAccess access) {
        // Bind first: a taken port should fail fast, before minutes of waiting on Kafka.
        HttpServer http = bind(settings);
        var store = new SchemaStore();
        var journal = new RegistryJournal(schemaLog, store);
        try {
            journal.open();
        } catch (SchemaLogException e) {
            http.stop(0);
            journal.close();
            throw new RegistryStartupException(
                    "Cannot start the schema registry on " + schemaLog.description() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            http.stop(0);
            journal.close();
            throw e;
        }
        ExecutorService executor = Executors.newFixedThreadPool(HTTP_THREADS, new DaemonThreads());
        var context = http.createContext(
                "/",
                new RegistryHttpHandler(RegistryEndpoints.router(store, journal, settings.defaultCompatibility())));
        access.install(context);
        http.setExecutor(executor);
        http.start();
        String url = "http://" + clientHost(settings.host()) + ":"
                + http.getAddress().getPort();
        log.info(
                "Schema registry listening on {} ({}, {} records replayed)",
                url,
                journal.description(),
                journal.recordsRead());
        return new SchemaRegistryServer(http, executor, journal, url);
    }

    private static HttpServer bind(RegistrySettings settings) {
        // The JDK server writes headers and body separately without TCP_NODELAY, so Nagle's algorithm and the
        // client's delayed ACK stall every answer by ~40 ms. The switch is read once, when the JVM's first
        // HttpServer starts; it only changes socket timing, so setting it for the whole JVM is harmless.
        if (System.getProperty(NODELAY_PROPERTY) == null) {
            System.setProperty(NODELAY_PROPERTY, "true");
        }
        var address = new InetSocketAddress(settings.host(), settings.port());
        try {
            return HttpServer.create(address, 0);
        } catch (BindException e) {
            throw new RegistryStartupException(
                    "Cannot start the schema registry: port " + settings.port() + " on " + settings.host()
                            + " is already in use",
                    e);
        } catch (IOException e) {
            throw new RegistryStartupException(
                    "Cannot start the schema registry on " + settings.host() + ":" + settings.port() + ": " + e, e);
        }
    }

    /** A wildcard address is where we listen, not where a client can connect to. */
    private static String clientHost(String host) {
        return host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
    }

    /** The base URL for {@code schema.registry.url}, e.g. {@code http://127.0.0.1:34567}. */
    public String url() {
        return url;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        http.stop(0);
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        journal.close();
        log.info("Schema registry on {} stopped", url);
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "schema-registry-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
