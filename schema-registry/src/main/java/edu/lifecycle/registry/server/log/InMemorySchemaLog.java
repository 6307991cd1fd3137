package edu.lifecycle.registry.server.log;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A schema log in a list, for registries without Kafka.
 *
 * <p>Records still go through the same JSON encoding and the same reader as with Kafka, so tests over HTTP exercise
 * the code path a Kafka-backed registry uses. The records outlive {@link #close()}: a new registry opened on the same
 * instance replays them, like a restart on the same topic.
 */
public final class InMemorySchemaLog implements SchemaLog {

    private final Clock clock;
    private final List<LogRecord> records = new ArrayList<>();
    private Consumer<LogRecord> reader;

    public InMemorySchemaLog() {
        this(Clock.systemUTC());
    }

    public InMemorySchemaLog(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized void open(Consumer<LogRecord> newReader) {
        if (reader != null) {
            throw new IllegalStateException("The log is already open");
        }
        reader = Objects.requireNonNull(newReader, "reader");
        records.forEach(reader);
    }

    /** Delivery happens on the appending thread, under the lock, which keeps records in append order. */
    @Override
    public synchronized void append(byte[] key, byte[] value) {
        if (reader == null) {
            throw new SchemaLogException("The in-memory schema log is not open", false, null);
        }
        var record = new LogRecord(key, value, clock.millis());
        records.add(record);
        reader.accept(record);
    }

    /** A copy of every record appended so far, in order. */
    public synchronized List<LogRecord> records() {
        return List.copyOf(records);
    }

    @Override
    public String description() {
        return "in-memory log";
    }

    @Override
    public String clusterId() {
        return "in-memory";
    }

    @Override
    public synchronized void close() {
        reader = null;
    }
}
