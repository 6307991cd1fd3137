package edu.lifecycle.identity;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where and how the embedded provider runs.
 *
 * @param directory its data folder (signing key, accounts, mailboxes); created with mode 0700
 * @param host the loopback host it binds to and names in its issuer, e.g. {@code 127.0.0.1}
 * @param port its port; 0 takes any free one
 * @param redirectUris extra redirect URIs of the console client (Swagger UI's are always registered)
 * @param testClients whether the test-only clients ({@link Clients#TEST}, {@link Clients#TEST_EXPIRED}) exist
 */
public record IdentitySettings(Path directory, String host, int port, List<String> redirectUris, boolean testClients) {

    public IdentitySettings {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        redirectUris = List.copyOf(redirectUris == null ? List.of() : redirectUris);
    }

    /** A provider for tests: loopback, any free port, with the test clients. */
    public static IdentitySettings forTests(Path directory) {
        return new IdentitySettings(directory, "127.0.0.1", 0, List.of(), true);
    }
}
