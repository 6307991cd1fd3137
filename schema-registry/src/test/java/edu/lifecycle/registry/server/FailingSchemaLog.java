package edu.lifecycle.registry.server;

import edu.lifecycle.registry.server.log.InMemorySchemaLog;
import edu.lifecycle.registry.server.log.LogRecord;
import edu.lifecycle.registry.server.log.SchemaLog;
import edu.lifecycle.registry.server.log.SchemaLogException;
import java.util.function.Consumer;

/** An in-memory log whose writes start failing on demand, as Kafka's do when the brokers are gone. */
final class FailingSchemaLog implements SchemaLog {

    private final InMemorySchemaLog delegate = new InMemorySchemaLog();
    private volatile SchemaLogException failure;

    void failWith(SchemaLogException e) {
        failure = e;
    }

    @Override
    public void open(Consumer<LogRecord> reader) {
        delegate.open(reader);
    }

    @Override
    public void append(byte[] key, byte[] value) {
        if (failure != null) {
            throw failure;
        }
        delegate.append(key, value);
    }

    @Override
    public String description() {
        return "failing log";
    }

    @Override
    public String clusterId() {
        return delegate.clusterId();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
