package edu.lifecycle.chaos.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A JVM started from this JVM's class path ({@code java -cp}), its output appended to a log file. Stopping it is
 * either a {@code kill -9} ({@link #kill}) or a polite SIGTERM ({@link #stop}), each bounded by a deadline.
 */
public final class JavaProcess {

    private final String name;
    private final Process process;

    private JavaProcess(String name, Process process) {
        this.name = name;
        this.process = process;
    }

    /**
     * @param environment added to the child's environment: secrets go there, never on the command line
     */
    public static JavaProcess start(
            String name,
            Class<?> main,
            List<String> jvmOptions,
            List<String> arguments,
            Map<String, String> environment,
            Path log) {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(arguments);
        try {
            Files.createDirectories(log.getParent());
            var builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            return new JavaProcess(name, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** {@code kill -9}: no shutdown hook, no leaving the group, no flush. */
    public void kill() {
        process.destroyForcibly();
        await(Duration.ofSeconds(30));
    }

    /** SIGTERM, then {@code kill -9} if it has not ended within {@code grace}. */
    public void stop(Duration grace) {
        process.destroy();
        if (!await(grace)) {
            kill();
        }
    }

    /** SIGTERM without waiting: {@link #stop} afterwards waits for the end. */
    public void signalStop() {
        process.destroy();
    }

    private boolean await(Duration limit) {
        try {
            return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }
}
