package edu.lifecycle.identity;

import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;

/**
 * The embedded OpenID provider: Spring Authorization Server in a Spring context of its own, on a loopback address,
 * with its signing key and accounts kept in {@link IdentitySettings#directory()}.
 */
public final class IdentityProvider implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);
    /** A port chosen free may be taken by someone else before the server binds it: try a few. */
    private static final int PORT_ATTEMPTS = 5;

    private final IdentityRuntime runtime;
    private final ConfigurableApplicationContext context;
    private final TokenClient tokens;

    private IdentityProvider(IdentityRuntime runtime, ConfigurableApplicationContext context) {
        this.runtime = runtime;
        this.context = context;
        this.tokens = new TokenClient(runtime.issuer(), runtime.mailboxes());
    }

    /** Starts a provider and returns once it serves its OpenID discovery document. */
    public static IdentityProvider start(IdentitySettings settings) {
        Path directory = PrivateFiles.folder(settings.directory().toAbsolutePath());
        IdentitySettings resolved = new IdentitySettings(
                directory, settings.host(), settings.port(), settings.redirectUris(), settings.testClients());
        List<ClientSpec> clients = ClientSpec.all(resolved.testClients());
        IdentityAccounts accounts = IdentityAccounts.loadOrGenerate(
                directory,
                ClientSpec.confidentialIds(clients),
                DemoUsers.ALL.stream().map(DemoUser::username).toList());
        RSAKey key = SigningKey.loadOrGenerate(directory);
        InetAddress address = address(resolved.host());
        for (int attempt = 1; ; attempt++) {
            int port = resolved.port() != 0 ? resolved.port() : freePort(address);
            IdentityRuntime runtime = new IdentityRuntime(
                    resolved, address, port, issuer(resolved.host(), port), key, accounts, clients, Clock.systemUTC());
            try {
                IdentityProvider provider = new IdentityProvider(runtime, run(runtime));
                provider.awaitDiscovery();
                return provider;
            } catch (RuntimeException e) {
                if (resolved.port() != 0 || attempt == PORT_ATTEMPTS || !portInUse(e)) {
                    throw e;
                }
            }
        }
    }

    private static ConfigurableApplicationContext run(IdentityRuntime runtime) {
        // Its own environment: no system properties, environment variables or application.yml of the services
        // (their server.port, profiles, logging) reach this context.
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        return new SpringApplicationBuilder(IdentityServerConfiguration.class)
                .environment(environment)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                .properties(Map.of(
                        "spring.config.location",
                                "optional:classpath:/edu/lifecycle/identity/identity-provider.properties",
                        "spring.application.name", "identity-provider"))
                .initializers(context -> context.getBeanFactory().registerSingleton("identityRuntime", runtime))
                .run();
    }

    private static boolean portInUse(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PortInUseException) {
                return true;
            }
        }
        return false;
    }

    private void awaitDiscovery() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (true) {
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(discovery)
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not serving yet: ask again until the deadline
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("Interrupted while waiting for " + discovery, e);
            }
            if (Instant.now().isAfter(deadline)) {
                close();
                throw new IllegalStateException("The identity provider does not serve " + discovery);
            }
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("Interrupted while waiting for " + discovery, e);
            }
        }
    }

    private static InetAddress address(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Unknown host " + host, e);
        }
    }

    private static int freePort(InetAddress address) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(address, 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on " + address, e);
        }
    }

    private static String issuer(String host, int port) {
        String literal = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "http://" + literal + ":" + port;
    }

    /** {@code http://<host>:<port>}, with the port actually bound: the {@code iss} of every token. */
    public String issuer() {
        return runtime.issuer();
    }

    public Path directory() {
        return runtime.settings().directory();
    }

    /** Whether this start generated secrets (so they are shown once, with where they are kept). */
    public boolean firstStart() {
        return runtime.accounts().generated();
    }

    public IdentityAccounts accounts() {
        return runtime.accounts();
    }

    /** A client of this provider that can also sign demo users in through their mailbox. */
    public TokenClient tokens() {
        return tokens;
    }

    @Override
    public void close() {
        context.close();
    }
}
