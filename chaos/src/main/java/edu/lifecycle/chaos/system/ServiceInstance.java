package edu.lifecycle.chaos.system;

import edu.lifecycle.chaos.cluster.JavaProcess;
import edu.lifecycle.chaos.cluster.Ports;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * One instance of a service: a JVM with its own state folder and HTTP port, kept across restarts, so a restarted
 * instance finds its stores and its static membership id where it left them.
 */
public final class ServiceInstance {

    // Generous: on two cores shared with other builds a Spring context and its Streams threads took up to 4 min.
    static final Duration READY_WITHIN = Duration.ofSeconds(420);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String service;
    private final int index;
    private final int port;
    private final Path folder;
    private final List<String> arguments;
    private final Map<String, String> environment;
    private volatile JavaProcess process;

    ServiceInstance(
            String service, int index, int port, Path folder, List<String> arguments, Map<String, String> environment) {
        this.service = service;
        this.index = index;
        this.port = port;
        this.folder = folder;
        this.arguments = List.copyOf(arguments);
        this.environment = Map.copyOf(environment);
    }

    public String service() {
        return service;
    }

    /** {@code admissions-1}, {@code admissions-2}, ... */
    public String name() {
        return service + "-" + index;
    }

    public String url() {
        return "http://" + Ports.HOST + ":" + port;
    }

    /**
     * The instance's static membership id, kept by the kit in its state folder: its Streams members are
     * {@code group.instance.id}s starting with it.
     */
    public java.util.Optional<String> instanceId() {
        var file = folder.resolve("state").resolve("lifecycle-instance-id");
        try {
            return java.nio.file.Files.exists(file)
                    ? java.util.Optional.of(java.nio.file.Files.readString(file).trim())
                    : java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Starts the JVM; {@link #awaitReady} tells when it answers commands. */
    public void start() {
        var args = new ArrayList<String>();
        args.add(service);
        args.addAll(arguments);
        args.add("--lifecycle.kit.state-dir=" + folder.resolve("state").toAbsolutePath());
        args.add("--server.port=" + port);
        process = JavaProcess.start(
                name(),
                ServiceInstanceMain.class,
                List.of(
                        "-Xmx448m",
                        "-XX:+UseSerialGC",
                        "-XX:TieredStopAtLevel=1",
                        // C1 alone reserves 48 MB for compiled code; a full cache disables the compiler.
                        "-XX:ReservedCodeCacheSize=128m",
                        "-Xss512k",
                        "-Djava.io.tmpdir=" + folder.toAbsolutePath()),
                args,
                environment,
                folder.resolve("instance.log"));
    }

    /** {@code kill -9} of the JVM. */
    public void kill() {
        if (process != null) {
            process.kill();
        }
    }

    /** Asks the JVM to stop (SIGTERM) without waiting, so many instances stop together. */
    public void signalStop() {
        if (process != null && process.isAlive()) {
            process.signalStop();
        }
    }

    /** A polite stop at the end of the run. */
    public void stop() {
        if (process != null && process.isAlive()) {
            process.stop(Duration.ofSeconds(20));
        }
    }

    /** Waits until the instance is ready (answers commands), or fails after the deadline or if the JVM died. */
    public void awaitReady() {
        var request = HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!isAlive()) {
                throw new IllegalStateException(
                        name() + " ended while starting (see " + folder.resolve("instance.log") + ")");
            }
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not answering yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name(), e);
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
        throw new IllegalStateException(name() + " was not ready within " + READY_WITHIN.toSeconds() + " s");
    }

    @Override
    public String toString() {
        return name();
    }
}
