package edu.lifecycle.registry.server;

import edu.lifecycle.registry.server.log.InMemorySchemaLog;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh in-memory registry per test whose log stamps every record with the same instant, so that whole answer
 * bodies, {@code ts} included, can be compared with what Confluent's registry sends.
 */
final class ConformanceRegistry implements BeforeEachCallback, AfterEachCallback {

    static final Instant WRITTEN_AT = Instant.parse("2025-09-01T08:00:00Z");
    /** The {@code ts} of every version: epoch millis of {@link #WRITTEN_AT}. */
    static final long TS = WRITTEN_AT.toEpochMilli();

    private final CompatibilityLevel defaultCompatibility;
    private InMemorySchemaLog schemaLog;
    private SchemaRegistryServer server;
    private RegistryHttp http;

    ConformanceRegistry() {
        this(CompatibilityLevel.BACKWARD);
    }

    ConformanceRegistry(CompatibilityLevel defaultCompatibility) {
        this.defaultCompatibility = defaultCompatibility;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        schemaLog = new InMemorySchemaLog(Clock.fixed(WRITTEN_AT, ZoneOffset.UTC));
        server = SchemaRegistryServer.start(
                RegistrySettings.inMemory().withDefaultCompatibility(defaultCompatibility), schemaLog);
        http = new RegistryHttp(server.url());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        server.close();
    }

    RegistryHttp http() {
        return http;
    }

    /** How many records the registry has written to its log, read-your-writes markers included. */
    long recordsWritten() {
        return schemaLog.records().size();
    }

    /**
     * The GUID Confluent gives a schema without references, computed here from its definition (the MD5 of the
     * stored text read as a UUID) rather than by the code under test.
     */
    static String guidOf(String storedText) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(storedText.getBytes(StandardCharsets.UTF_8));
            var bytes = java.nio.ByteBuffer.wrap(md5);
            return new UUID(bytes.getLong(), bytes.getLong()).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
