package edu.lifecycle.registry.client;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * In-memory registries selected with {@code schema.registry.url=mock://<scope>}. Every serde configured with the same
 * scope shares one registry, so a test's producer and consumer see each other's schemas; different scopes are isolated.
 */
public final class MockSchemaRegistry {

    private static final ConcurrentMap<String, MockSchemaRegistryClient> SCOPES = new ConcurrentHashMap<>();

    private MockSchemaRegistry() {}

    public static SchemaRegistryClient getClientForScope(String scope) {
        return SCOPES.computeIfAbsent(scope, s -> new MockSchemaRegistryClient());
    }

    /** Forgets the scope; the next client for it starts empty. Call it after a test to keep tests independent. */
    public static void dropScope(String scope) {
        SCOPES.remove(scope);
    }
}
