package edu.lifecycle.testing;

import edu.lifecycle.identity.BearerTokens;
import edu.lifecycle.identity.Clients;
import edu.lifecycle.identity.IdentityProvider;
import edu.lifecycle.identity.IdentitySettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The run's identity provider — the embedded Spring Authorization Server, in both stack modes — and the tokens tests
 * present to services. Every token is real: obtained over HTTP from the provider, by client credentials or by a
 * user's password-less sign-in (one-time link and authorization code with PKCE), and kept until shortly before it
 * expires. A second provider, started only when a test asks for it, issues tokens the services must not trust.
 */
public final class TestIdentity implements AutoCloseable {

    private final IdentityProvider provider;
    private final Path folder;
    private final Map<String, BearerTokens> kept = new ConcurrentHashMap<>();
    private IdentityProvider foreign;
    private BearerTokens foreignTokens;
    private String expired;

    private TestIdentity(IdentityProvider provider, Path folder) {
        this.provider = provider;
        this.folder = folder;
    }

    static TestIdentity start() {
        return start(List.of());
    }

    /**
     * A provider of a test's own whose console client also accepts these redirect URIs — and so answers their
     * origins from script — for a browser signing in from a page the run's provider does not know, e.g. Swagger UI on
     * a test's port. The test closes it; services trust it through {@link StackEndpoints#withIdentity}.
     */
    public static TestIdentity withRedirectUris(List<String> redirectUris) {
        return start(redirectUris);
    }

    private static TestIdentity start(List<String> redirectUris) {
        try {
            // java.io.tmpdir points into the module's target/ folder under the build, so nothing outlives `clean`.
            var folder = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "test-identity-");
            var settings = new IdentitySettings(folder.resolve("run"), "127.0.0.1", 0, redirectUris, true);
            return new TestIdentity(IdentityProvider.start(settings), folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a data folder for the test identity provider", e);
        }
    }

    /** The issuer services trust ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}). */
    public String issuer() {
        return provider.issuer();
    }

    /** The provider itself, for tests of sign-in. */
    public IdentityProvider provider() {
        return provider;
    }

    /**
     * {@code Authorization} value of the machine-integration client, as the demo uses it: every staff role and
     * {@code operations-viewer}, no student and no privacy officer.
     */
    public String staff() {
        return client(Clients.INTEGRATION);
    }

    /** {@code Authorization} value of a confidential client by client credentials, e.g. {@link Clients#METRICS}. */
    public String client(String clientId) {
        return kept.computeIfAbsent("client:" + clientId, id -> clientTokens(provider, clientId))
                .get();
    }

    private static BearerTokens clientTokens(IdentityProvider issuer, String clientId) {
        var secret = issuer.accounts().clientSecret(clientId);
        return issuer.tokens().cached(() -> issuer.tokens().clientCredentials(clientId, secret));
    }

    /**
     * {@code Authorization} value of a demo user signed in without a password; the username is the role's name
     * ({@code bursar}, {@code privacy-officer}, …), or {@code student} ({@code student_id} s00001) and
     * {@code student2} (s00002).
     */
    public String user(String username) {
        return kept.computeIfAbsent(
                        "user:" + username,
                        name -> provider.tokens().cached(() -> provider.tokens().user(username)))
                .get();
    }

    /** A valid token of this issuer that carries no role at all. */
    public String noRole() {
        return client(Clients.TEST);
    }

    /** A token of this issuer, correctly signed, whose expiry passed five minutes ago (beyond any clock skew). */
    public synchronized String expired() {
        // Fetched once: it stays expired, and every client-credentials request costs the provider a BCrypt check.
        if (expired == null) {
            var client = Clients.TEST_EXPIRED;
            expired = "Bearer "
                    + provider.tokens()
                            .clientCredentials(client, provider.accounts().clientSecret(client))
                            .value();
        }
        return expired;
    }

    /** A token with every staff role from a provider the services do not trust: another issuer, another key. */
    public synchronized String foreignIssuer() {
        if (foreign == null) {
            foreign = IdentityProvider.start(IdentitySettings.forTests(folder.resolve("foreign")));
            foreignTokens = clientTokens(foreign, Clients.INTEGRATION);
        }
        return foreignTokens.get();
    }

    @Override
    public synchronized void close() {
        if (foreign != null) {
            foreign.close();
        }
        provider.close();
    }
}
