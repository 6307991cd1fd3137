package edu.lifecycle.registry.server;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A fresh in-memory registry on a free loopback port for each test. */
final class InMemoryRegistry implements BeforeEachCallback, AfterEachCallback {

    private SchemaRegistryServer server;
    private RegistryHttp http;

    @Override
    public void beforeEach(ExtensionContext context) {
        server = SchemaRegistryServer.start(RegistrySettings.inMemory());
        http = new RegistryHttp(server.url());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        server.close();
    }

    RegistryHttp http() {
        return http;
    }

    SchemaRegistryServer server() {
        return server;
    }
}
