package edu.lifecycle.launcher;

import edu.lifecycle.demo.ServiceUrls;
import edu.lifecycle.identity.Clients;
import edu.lifecycle.identity.IdentityProvider;
import edu.lifecycle.identity.IdentitySettings;
import edu.lifecycle.localstack.LocalStack;
import edu.lifecycle.localstack.LocalStackSettings;
import edu.lifecycle.localstack.backbone.Principals;
import edu.lifecycle.localstack.backbone.StackAccess;
import edu.lifecycle.servicekit.logging.ServiceLogNames;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.MDC;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The services started on a Kafka broker and registry — the launcher's own local stack, or any other (a test's
 * containers) — each service a Spring application of its own in this JVM. Closing stops the services, then the
 * local stack if this system started it.
 */
public final class RunningSystem implements AutoCloseable {

    /** How long a service may take from its start until it answers commands. */
    static final Duration READY_WITHIN = Duration.ofSeconds(120);

    /** The embedded provider's folder below the data folder: signing key, accounts, mailboxes. */
    public static final String IDENTITY_FOLDER = "identity";

    static final String ISSUER_PROPERTY = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

    private final Optional<LocalStack> stack;
    private final Optional<IdentityProvider> identity;
    private final String bootstrapServers;
    private final String schemaRegistryUrl;
    private final Map<String, ConfigurableApplicationContext> services;
    private final List<AutoCloseable> held = new ArrayList<>();
    /** The operations console, once started ({@link #startConsole}); closed first. */
    private volatile ConfigurableApplicationContext console;

    private RunningSystem(
            Optional<LocalStack> stack,
            Optional<IdentityProvider> identity,
            String bootstrapServers,
            String schemaRegistryUrl,
            Map<String, ConfigurableApplicationContext> services) {
        this.stack = stack;
        this.identity = identity;
        this.bootstrapServers = bootstrapServers;
        this.schemaRegistryUrl = schemaRegistryUrl;
        this.services = services;
    }

    /**
     * Where the services run and what they share.
     *
     * @param bootstrapServers the Kafka cluster
     * @param schemaRegistryUrl the registry
     * @param dataDirectory each service keeps its state in {@code state/<name>} below it
     * @param host the address services bind to and advertise to each other
     * @param topicPrefix put before every topic name of every service (empty but in tests sharing a broker)
     * @param clock the time every service reads, when one is imposed (a demo or a test playing a year)
     * @param access the services' logins on the closed backbone, and the rights their topics and applications need
     * @param issuer the OpenID provider whose tokens the services trust
     */
    public record Placement(
            String bootstrapServers,
            String schemaRegistryUrl,
            Path dataDirectory,
            String host,
            String topicPrefix,
            Optional<Clock> clock,
            StackAccess access,
            String issuer) {

        public Placement {
            Objects.requireNonNull(access, "access: the backbone is closed, every service needs its login");
            Objects.requireNonNull(issuer, "issuer: every service needs the provider whose tokens it trusts");
        }

        /** The services on this stack, with its addresses and access, trusting this issuer's tokens. */
        public static Placement on(
                StackAccess stack,
                String issuer,
                Path dataDirectory,
                String host,
                String topicPrefix,
                Optional<Clock> clock) {
            return new Placement(
                    stack.bootstrapServers(),
                    stack.schemaRegistryUrl(),
                    dataDirectory,
                    host,
                    topicPrefix,
                    clock,
                    stack,
                    issuer);
        }
    }

    /** Starts the system as {@link #start(LocalStackSettings, int, List, Consumer, Optional)} does, its provider on any free port. */
    public static RunningSystem start(
            LocalStackSettings settings,
            List<ServiceSpec> specs,
            Consumer<LocalStack.StartupStep> progress,
            Optional<Clock> clock) {
        return start(settings, 0, specs, progress, clock);
    }

    /**
     * Starts the local stack and, meanwhile, the OpenID provider (its key and accounts in {@value #IDENTITY_FOLDER}
     * below the data folder), then the services together, trusting its tokens; reports every component as it becomes
     * ready. The provider needs nothing from the broker, so its start costs no wall time on a second run; {@code
     * progress} may therefore be called from two threads at once.
     */
    public static RunningSystem start(
            LocalStackSettings settings,
            int identityPort,
            List<ServiceSpec> specs,
            Consumer<LocalStack.StartupStep> progress,
            Optional<Clock> clock) {
        var identityStart = CompletableFuture.supplyAsync(
                () -> startIdentity(settings, identityPort, progress), RunningSystem::onOwnThread);
        LocalStack stack;
        try {
            stack = LocalStack.start(settings, progress);
        } catch (RuntimeException e) {
            identityStart.thenAccept(IdentityProvider::close);
            throw e;
        }
        IdentityProvider identity = null;
        try {
            identity = joined(identityStart);
            var placement =
                    Placement.on(stack, identity.issuer(), settings.dataDirectory(), settings.host(), "", clock);
            return new RunningSystem(
                    Optional.of(stack),
                    Optional.of(identity),
                    stack.bootstrapServers(),
                    stack.schemaRegistryUrl(),
                    startServices(placement, specs, progress));
        } catch (RuntimeException e) {
            if (identity != null) {
                identity.close();
            }
            stack.close();
            throw e;
        }
    }

    private static IdentityProvider startIdentity(
            LocalStackSettings settings, int identityPort, Consumer<LocalStack.StartupStep> progress) {
        long begin = System.nanoTime();
        var identity = IdentityProvider.start(new IdentitySettings(
                settings.dataDirectory().resolve(IDENTITY_FOLDER), settings.host(), identityPort, List.of(), false));
        progress.accept(
                new LocalStack.StartupStep("identity", identity.issuer(), Duration.ofNanos(System.nanoTime() - begin)));
        return identity;
    }

    /** A plain thread, not the common pool: on two cores the pool may have a single worker, busy elsewhere. */
    private static void onOwnThread(Runnable task) {
        var thread = new Thread(task, "start-identity");
        thread.setDaemon(true);
        thread.start();
    }

    /** The provider once started, or its own failure (not the executor's wrapper) thrown. */
    private static IdentityProvider joined(CompletableFuture<IdentityProvider> start) {
        try {
            return start.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Starts the services on a broker and registry that already run, e.g. a test's containers. */
    public static RunningSystem onExistingStack(
            Placement placement, List<ServiceSpec> specs, Consumer<LocalStack.StartupStep> progress) {
        return new RunningSystem(
                Optional.empty(),
                Optional.empty(),
                placement.bootstrapServers(),
                placement.schemaRegistryUrl(),
                startServices(placement, specs, progress));
    }

    /**
     * Starts every service at once, each on a thread of its own: they are independent applications (each provisions
     * the topics it reads, whoever else writes them), and on two cores most of a start is waiting on the broker.
     * Each is reported as it becomes ready; the map keeps the services' own order. If one fails, the others stop
     * waiting, everything started is closed and the error names the failed service and why.
     */
    private static Map<String, ConfigurableApplicationContext> startServices(
            Placement placement, List<ServiceSpec> specs, Consumer<LocalStack.StartupStep> progress) {
        // Rights and logins first, one service after another: the administrator's client is shared.
        var logins = new LinkedHashMap<String, Map<String, Object>>();
        specs.forEach(spec -> logins.put(spec.name(), loginOf(placement, spec)));
        var start = new ServiceStart(specs.size());
        var threads = new ArrayList<Thread>();
        for (var spec : specs) {
            var thread = new Thread(
                    () -> start.run(spec, () -> startOne(placement, spec, logins.get(spec.name()), start, progress)),
                    "start-" + spec.name());
            threads.add(thread);
            thread.start();
        }
        try {
            for (var thread : threads) {
                thread.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            start.failed("launcher", e);
            // The starting threads notice the failure while waiting for readiness; their contexts are closed below.
            threads.forEach(RunningSystem::joinUninterruptibly);
        }
        var started = new LinkedHashMap<String, ConfigurableApplicationContext>();
        specs.stream()
                .filter(spec -> start.contexts.containsKey(spec.name()))
                .forEach(spec -> started.put(spec.name(), start.contexts.get(spec.name())));
        if (start.failure != null) {
            closeAll(started);
            throw start.failure;
        }
        return started;
    }

    private static ConfigurableApplicationContext startOne(
            Placement placement,
            ServiceSpec spec,
            Map<String, Object> backboneLogin,
            ServiceStart start,
            Consumer<LocalStack.StartupStep> progress) {
        long begin = System.nanoTime();
        var application = spec.application().get();
        var login = new MapPropertySource("backbone-login", backboneLogin);
        // The service's own login, ahead of its configuration file, and never on a command line.
        application.initializers(
                context -> context.getEnvironment().getPropertySources().addFirst(login));
        // Registered before the context refreshes, so the kit's default clock steps aside for it.
        placement
                .clock()
                .ifPresent(shared -> application.initializers(
                        context -> context.getBeanFactory().registerSingleton("clock", shared)));
        // Lines logged while the service starts are its own (ServiceLogNames), also in the one-JVM launcher.
        MDC.put(ServiceLogNames.MDC_KEY, spec.name());
        ConfigurableApplicationContext context;
        try {
            context = application.run(arguments(placement, spec).toArray(String[]::new));
        } finally {
            MDC.remove(ServiceLogNames.MDC_KEY);
        }
        start.started(spec.name(), context);
        // Ready means it answers commands: the demo or a user may send some at once.
        awaitReady(spec.name(), context, start::hasFailed);
        start.report(
                progress,
                new LocalStack.StartupStep(spec.name(), urlOf(context), Duration.ofNanos(System.nanoTime() - begin)));
        return context;
    }

    /** What the starting threads share: the contexts started, the first failure, and the progress reports. */
    private static final class ServiceStart {

        final Map<String, ConfigurableApplicationContext> contexts;
        volatile RuntimeException failure;

        ServiceStart(int services) {
            contexts = new ConcurrentHashMap<>(services);
        }

        void run(ServiceSpec spec, Supplier<ConfigurableApplicationContext> starting) {
            try {
                starting.get();
            } catch (RuntimeException | Error e) {
                failed(spec.name(), e);
            }
        }

        void started(String service, ConfigurableApplicationContext context) {
            contexts.put(service, context);
        }

        boolean hasFailed() {
            return failure != null;
        }

        synchronized void failed(String service, Throwable cause) {
            var error = new IllegalStateException(service + " failed to start: " + reasonOf(cause), cause);
            if (failure == null) {
                failure = error;
            } else if (!(cause instanceof OtherServiceFailed)) {
                failure.addSuppressed(error);
            }
        }

        /** One report at a time: the progress consumer prints lines, and need not be thread-safe. */
        synchronized void report(Consumer<LocalStack.StartupStep> progress, LocalStack.StartupStep step) {
            progress.accept(step);
        }
    }

    /** Thrown by a service still waiting to be ready when another has failed: nothing to report of its own. */
    private static final class OtherServiceFailed extends RuntimeException {
        OtherServiceFailed(String service) {
            super(service + " stopped waiting: another service failed to start", null, false, false);
        }
    }

    /** The messages along the cause chain, each once: Spring's own ("Failed to start bean …") rarely says why. */
    static String reasonOf(Throwable error) {
        var reasons = new ArrayList<String>();
        for (Throwable cause = error; cause != null && reasons.size() < 4; cause = cause.getCause()) {
            var message = cause.getMessage();
            if (message != null && !message.isBlank() && reasons.stream().noneMatch(message::contains)) {
                reasons.add(message);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return reasons.isEmpty() ? error.getClass().getName() : String.join(": ", reasons);
    }

    private static void joinUninterruptibly(Thread thread) {
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                // keep waiting: a context half started must not be left running; the interrupt is restored above
            }
        }
    }

    private static void awaitReady(String service, ConfigurableApplicationContext context, BooleanSupplier abandoned) {
        var url = urlOf(context);
        var http = HttpClient.newHttpClient();
        var request = HttpRequest.newBuilder(URI.create(url + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (abandoned.getAsBoolean()) {
                throw new OtherServiceFailed(service);
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not answering yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + service, e);
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        throw new IllegalStateException(service + " did not become ready within " + READY_WITHIN.toSeconds() + " s: "
                + UnreadyParts.of(context) + " (see " + url + "/actuator/health)");
    }

    /** Grants the service its rights on its topics and Streams application, and gives it its login. */
    private static Map<String, Object> loginOf(Placement placement, ServiceSpec spec) {
        var access = placement.access();
        var prefix = placement.topicPrefix();
        access.openTopics(prefix);
        access.openStreams(
                spec.name(), prefix.isEmpty() ? Principals.applicationIdOf(spec.name()) : prefix + spec.name());
        var properties = new HashMap<String, Object>(access.login(spec.name()).springProperties());
        properties.put(ISSUER_PROPERTY, placement.issuer());
        return properties;
    }

    private static List<String> arguments(Placement placement, ServiceSpec spec) {
        var args = new ArrayList<String>();
        args.add("--spring.kafka.bootstrap-servers=" + placement.bootstrapServers());
        args.add("--lifecycle.kit.schema-registry-url=" + placement.schemaRegistryUrl());
        args.add("--lifecycle.kit.state-dir="
                + placement
                        .dataDirectory()
                        .resolve("state")
                        .resolve(spec.name())
                        .toAbsolutePath());
        args.add("--lifecycle.kit.advertised-host=" + placement.host());
        if (!placement.topicPrefix().isEmpty()) {
            args.add("--lifecycle.kit.topic-prefix=" + placement.topicPrefix());
            args.add("--lifecycle.kit.application-id=" + placement.topicPrefix() + spec.name());
        }
        args.add("--server.address=" + placement.host());
        args.add("--server.port=" + spec.port());
        args.add("--spring.main.banner-mode=off");
        // The launcher stops the services itself, before the broker they need to leave their groups cleanly.
        args.add("--spring.main.register-shutdown-hook=false");
        // The launcher prints its own progress; four services' start-up logs would bury it.
        args.add("--logging.level.root=WARN");
        args.add("--logging.level.org.apache.kafka=ERROR");
        args.add("--logging.level.org.springdoc=ERROR");
        args.addAll(spec.arguments());
        return args;
    }

    private static String urlOf(ConfigurableApplicationContext context) {
        var port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return "http://" + context.getEnvironment().getProperty("server.address", "127.0.0.1") + ":" + port;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public String schemaRegistryUrl() {
        return schemaRegistryUrl;
    }

    /** Each service's base URL, by name, in the order the services were given. */
    public Map<String, String> serviceUrls() {
        var urls = new LinkedHashMap<String, String>();
        services.forEach((name, context) -> urls.put(name, urlOf(context)));
        return urls;
    }

    /**
     * Starts the operations console after the services, in this JVM: it signs users in with {@code issuer} and calls
     * the services at their URLs with the user's token. Returns its URL.
     */
    public String startConsole(ServiceSpec spec, String issuer, Optional<Clock> clock) {
        var urls = serviceUrls();
        var host = URI.create(urls.values().iterator().next()).getHost();
        var args = new ArrayList<String>(List.of(
                "--server.address=" + host,
                "--server.port=" + spec.port(),
                "--spring.security.oauth2.client.provider.lifecycle.issuer-uri=" + issuer,
                "--lifecycle.console.admissions-url=" + urls.get("admissions"),
                "--lifecycle.console.billing-url=" + urls.get("billing"),
                "--lifecycle.console.curriculum-url=" + urls.get("curriculum"),
                "--lifecycle.console.placement-url=" + urls.get("placement"),
                "--spring.main.banner-mode=off",
                "--spring.main.register-shutdown-hook=false",
                "--logging.level.root=WARN"));
        args.addAll(spec.arguments());
        var application = spec.application().get();
        // The played year's clock, as the services read it: a payment is received "now" in that year.
        clock.ifPresent(shared ->
                application.initializers(context -> context.getBeanFactory().registerSingleton("clock", shared)));
        MDC.put(ServiceLogNames.MDC_KEY, spec.name());
        try {
            console = application.run(args.toArray(String[]::new));
        } finally {
            MDC.remove(ServiceLogNames.MDC_KEY);
        }
        return urlOf(console);
    }

    /** The operations console's URL, if it was started. */
    public Optional<String> consoleUrl() {
        var started = console;
        return started == null ? Optional.empty() : Optional.of(urlOf(started));
    }

    /** The services' addresses for a client of their APIs that signs its requests with {@code authorization}. */
    public ServiceUrls urls(Supplier<String> authorization) {
        var urls = serviceUrls();
        return new ServiceUrls(
                urls.get("admissions"),
                urls.get("billing"),
                urls.get("curriculum"),
                urls.get("placement"),
                authorization);
    }

    /**
     * The machine-integration client of the provider this system started, as the demo and benchmarks call the
     * services: its token (every staff role) fetched over HTTP by client credentials and renewed as it expires.
     */
    public Supplier<String> integrationClient() {
        var provider =
                identity.orElseThrow(() -> new IllegalStateException("This system did not start an identity provider"));
        var tokens = provider.tokens();
        var secret = provider.accounts().clientSecret(Clients.INTEGRATION);
        return tokens.cached(() -> tokens.clientCredentials(Clients.INTEGRATION, secret));
    }

    /** The OpenID provider this system started, if it started one. */
    public Optional<IdentityProvider> identity() {
        return identity;
    }

    /** The local stack this system started, if it started one. */
    public Optional<LocalStack> stack() {
        return stack;
    }

    /** Closes {@code resource} (e.g. the data folder's lock) after everything else, when the system stops. */
    public void holding(AutoCloseable resource) {
        held.add(resource);
    }

    @Override
    public void close() {
        try {
            var started = console;
            if (started != null) {
                started.close();
            }
            closeAll(services);
        } finally {
            try {
                try {
                    identity.ifPresent(IdentityProvider::close);
                } finally {
                    stack.ifPresent(LocalStack::close);
                }
            } finally {
                for (AutoCloseable resource : held) {
                    try {
                        resource.close();
                    } catch (Exception e) {
                        // the process is stopping; the lock goes with it anyway
                    }
                }
            }
        }
    }

    private static void closeAll(Map<String, ConfigurableApplicationContext> services) {
        var names = new ArrayList<>(services.keySet());
        for (int i = names.size() - 1; i >= 0; i--) {
            services.get(names.get(i)).close();
        }
    }
}
