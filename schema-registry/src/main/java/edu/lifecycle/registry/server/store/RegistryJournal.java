package edu.lifecycle.registry.server.store;

import edu.lifecycle.registry.server.log.LogRecord;
import edu.lifecycle.registry.server.log.SchemaLog;
import edu.lifecycle.registry.server.records.MalformedRecordException;
import edu.lifecycle.registry.server.records.RecordCodec;
import edu.lifecycle.registry.server.records.RegistryKey;
import edu.lifecycle.registry.server.records.RegistryKey.NoopKey;
import edu.lifecycle.registry.server.records.RegistryValue;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only way registry state changes: records appended to the log by one writer at a time, and read back into
 * the {@link SchemaStore}.
 *
 * <p>A change decides what to write from the store (is the schema new? which version comes next?), so the decision
 * and the writes run under one lock, after the store has caught up with the log. Each append returns once the
 * record is applied, so the rest of the change, and the HTTP answer, see it.
 */
public final class RegistryJournal implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RegistryJournal.class);
    private static final byte[] NOOP_KEY = new RecordCodec().encodeKey(new NoopKey());

    private final SchemaLog schemaLog;
    private final SchemaStore store;
    private final RecordCodec codec = new RecordCodec();
    private final ReentrantLock writer = new ReentrantLock();
    private volatile long recordsRead;

    public RegistryJournal(SchemaLog schemaLog, SchemaStore store) {
        this.schemaLog = Objects.requireNonNull(schemaLog, "schemaLog");
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Replays the whole log into the store and returns once it has caught up. */
    public void open() {
        schemaLog.open(this::read);
        catchUp();
    }

    private void read(LogRecord raw) {
        try {
            store.apply(codec.decode(raw.key(), raw.value(), raw.timestamp()));
        } catch (MalformedRecordException e) {
            // Another writer may share the topic; a record we cannot read must not stop us reading the rest.
            log.warn("Ignoring a schema log record this registry cannot read: {}", e.getMessage());
        }
        recordsRead++;
    }

    /** Runs {@code change} as the only writer, on a store that holds every record written before it. */
    public <T> T write(Supplier<T> change) {
        writer.lock();
        try {
            catchUp();
            return change.get();
        } finally {
            writer.unlock();
        }
    }

    /** Appends one record and returns once the store has applied it; only inside {@link #write}. */
    public void append(RegistryKey key, RegistryValue value) {
        if (!writer.isHeldByCurrentThread()) {
            throw new IllegalStateException("Records are appended only inside write(...)");
        }
        schemaLog.append(codec.encodeKey(key), codec.encodeValue(value));
    }

    /** A NOOP marker that comes back through the reader proves that everything before it has been applied. */
    private void catchUp() {
        schemaLog.append(NOOP_KEY, null);
    }

    /** How many records have been read from the log so far, markers included. */
    public long recordsRead() {
        return recordsRead;
    }

    public String description() {
        return schemaLog.description();
    }

    public String clusterId() {
        return schemaLog.clusterId();
    }

    @Override
    public void close() {
        schemaLog.close();
    }
}
