package edu.lifecycle.registry.server.log;

import java.util.function.Consumer;

/**
 * The single ordered log all registry state is derived from.
 *
 * <p>State is never written anywhere else: every change is appended here and reaches the in-memory state only by
 * being read back, in log order. That keeps a restarted registry identical to the one that wrote the log.
 */
public interface SchemaLog extends AutoCloseable {

    /**
     * Starts handing every record to {@code reader}, from the first one on, on a single thread and in log order,
     * and keeps following the log for new records. Returns as soon as reading has started: to know that the
     * reader has caught up, append a marker and wait for it.
     */
    void open(Consumer<LogRecord> reader);

    /**
     * Appends a record and returns once the reader has been handed it, so that the caller reads its own write.
     *
     * @throws SchemaLogException when the write fails or does not come back in time
     */
    void append(byte[] key, byte[] value);

    /** Where the log lives, for startup messages. */
    String description();

    /** The id of the Kafka cluster the log lives in, or a fixed name for a log without one. */
    String clusterId();

    @Override
    void close();
}
