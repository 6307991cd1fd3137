package edu.lifecycle.chaos.system;

import edu.lifecycle.chaos.cluster.KafkaCluster;
import edu.lifecycle.chaos.cluster.Ports;
import edu.lifecycle.identity.Clients;
import edu.lifecycle.identity.IdentityProvider;
import edu.lifecycle.identity.IdentitySettings;
import edu.lifecycle.localstack.LocalStack;
import edu.lifecycle.localstack.backbone.Backbone;
import edu.lifecycle.localstack.backbone.CredentialStore;
import edu.lifecycle.localstack.backbone.Login;
import edu.lifecycle.localstack.backbone.Principals;
import edu.lifecycle.registry.server.RegistrySettings;
import edu.lifecycle.registry.server.SchemaRegistryServer;
import edu.lifecycle.registry.server.security.RegistryAccess;
import edu.lifecycle.registry.server.security.RegistryAccount;
import edu.lifecycle.registry.server.security.RegistrySecurity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import tools.jackson.databind.json.JsonMapper;

/**
 * The system under test: the three-broker cluster (closed, provisioned by the local stack's backbone classes), the
 * schema registry and the identity provider in this JVM (neither is a target of the faults), and {@code instances}
 * JVMs of each of the four services sharing its application id, each with its own state folder.
 */
public final class ChaosSystem implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Admissions with no seat limit: the shipped capacity (30 a year) would waitlist every student after the 30th, and
     * the load would play nothing but applications. Boot binds a list from one source only, so both programmes are
     * restated in full.
     */
    static final List<String> UNLIMITED_SEATS = unlimitedSeats();

    private final Path directory;
    private final Ports ports;
    private final KafkaCluster cluster;
    private final Backbone backbone;
    private final SchemaRegistryServer registry;
    private final IdentityProvider identity;
    private final Map<String, List<ServiceInstance>> instances = new LinkedHashMap<>();
    private final List<ServiceInstance> extra = new ArrayList<>();
    private final List<String> serviceArguments;

    private ChaosSystem(
            Path directory,
            Ports ports,
            KafkaCluster cluster,
            Backbone backbone,
            SchemaRegistryServer registry,
            IdentityProvider identity,
            List<String> serviceArguments) {
        this.serviceArguments = List.copyOf(serviceArguments);
        this.directory = directory;
        this.ports = ports;
        this.cluster = cluster;
        this.backbone = backbone;
        this.registry = registry;
        this.identity = identity;
    }

    /** Starts everything, in order, and returns once every instance answers commands. */
    public static ChaosSystem start(Path directory, int instancesPerService, Consumer<String> progress) {
        return start(directory, instancesPerService, List.of(), progress);
    }

    /** As {@link #start(Path, int, Consumer)}, every instance with further arguments. */
    public static ChaosSystem start(
            Path directory, int instancesPerService, List<String> serviceArguments, Consumer<String> progress) {
        var ports = new Ports();
        var credentials = CredentialStore.open(directory.resolve("credentials"));
        var admin = credentials.login(Principals.ADMIN);
        var cluster = KafkaCluster.start(
                directory.resolve("kafka"),
                ports,
                credentials.login("broker").password(),
                admin.user(),
                admin.password());
        progress.accept("3 brokers ready on " + cluster.bootstrapServers());
        Backbone backbone = null;
        SchemaRegistryServer registry = null;
        IdentityProvider identity = null;
        ChaosSystem system = null;
        try {
            var accounts = new ConcurrentHashMap<String, RegistryAccount>();
            backbone =
                    new Backbone(credentials, cluster.adminClient(), account -> accounts.put(account.name(), account));
            backbone.provisionTheSystem(RegistrySettings.DEFAULT_TOPIC);
            backbone.systemRegistryAccounts().forEach(account -> accounts.put(account.name(), account));
            var registryLogin = backbone.login(Principals.SCHEMA_REGISTRY);
            registry = SchemaRegistryServer.start(
                    RegistrySettings.kafka(cluster.bootstrapServers())
                            .withHost(Ports.HOST)
                            .withPort(ports.next())
                            .withDefaultCompatibility(LocalStack.SUBJECT_COMPATIBILITY),
                    new RegistrySecurity(
                            registryLogin.kafkaClient(cluster.bootstrapServers()),
                            RegistryAccess.basic(name -> Optional.ofNullable(accounts.get(name)))));
            progress.accept("registry ready on " + registry.url());
            identity = IdentityProvider.start(
                    new IdentitySettings(directory.resolve("identity"), Ports.HOST, ports.next(), List.of(), false));
            progress.accept("identity provider ready on " + identity.issuer());
            system = new ChaosSystem(directory, ports, cluster, backbone, registry, identity, serviceArguments);
            system.startServices(instancesPerService, progress);
            return system;
        } catch (RuntimeException e) {
            if (system != null) {
                // The instances started so far go too: none may outlive the run.
                system.close();
                throw e;
            }
            if (identity != null) {
                identity.close();
            }
            if (registry != null) {
                registry.close();
            }
            if (backbone != null) {
                backbone.close();
            }
            cluster.close();
            throw e;
        }
    }

    private void startServices(int instancesPerService, Consumer<String> progress) {
        backbone.openTopics("");
        var all = new ArrayList<ServiceInstance>();
        for (var service : Principals.SERVICES) {
            var list = new ArrayList<ServiceInstance>();
            for (int i = 1; i <= instancesPerService; i++) {
                list.add(instance(service, i, List.of()));
            }
            instances.put(service, list);
            all.addAll(list);
        }
        // One at a time: eight Spring contexts starting together on two cores starve each other's readiness probes.
        for (var instance : all) {
            instance.start();
        }
        for (var instance : all) {
            instance.awaitReady();
            progress.accept(instance.name() + " ready on " + instance.url());
        }
    }

    private static List<String> unlimitedSeats() {
        var args = new ArrayList<String>();
        var programmes = List.of(
                List.of("M2-ISD", "Master 2 International Security and Defense"),
                List.of("M2-ISI", "Master 2 International Strategic Intelligence"));
        for (int i = 0; i < programmes.size(); i++) {
            var prefix = "--lifecycle.admissions.programmes[" + i + "].";
            args.add(prefix + "id=" + programmes.get(i).get(0));
            args.add(prefix + "title=" + programmes.get(i).get(1));
            args.add(prefix + "minimum-ects=240");
            args.add(prefix + "streams=RESEARCH,PROFESSIONAL");
            args.add(prefix + "schemes=INITIAL,APPRENTICESHIP");
            args.add(prefix + "capacities[2026-2027]=unlimited");
            args.add(prefix + "capacities[2027-2028]=unlimited");
        }
        return List.copyOf(args);
    }

    private ServiceInstance instance(String service, int index, List<String> more) {
        var arguments = new ArrayList<String>();
        arguments.add("--spring.kafka.bootstrap-servers=" + cluster.bootstrapServers());
        arguments.add("--lifecycle.kit.schema-registry-url=" + registry.url());
        arguments.add("--lifecycle.kit.advertised-host=" + Ports.HOST);
        // Three replicas of every topic the kit creates and of Streams' internal topics (two must be in sync).
        arguments.add("--lifecycle.kit.replication-factor=3");
        arguments.add("--server.address=" + Ports.HOST);
        arguments.add("--spring.main.banner-mode=off");
        arguments.add("--logging.level.root=WARN");
        arguments.add("--logging.level.org.apache.kafka=ERROR");
        if (service.equals("admissions")) {
            arguments.addAll(UNLIMITED_SEATS);
        }
        arguments.addAll(serviceArguments);
        arguments.addAll(more);
        return new ServiceInstance(
                service,
                index,
                ports.next(),
                directory.resolve("services").resolve(service + "-" + index + (more.isEmpty() ? "" : "-audit")),
                arguments,
                Map.of("SPRING_APPLICATION_JSON", loginJson(backbone.login(service))));
    }

    /** The service's backbone login and the issuer it trusts, as properties only its own process sees. */
    private String loginJson(Login login) {
        var properties = new LinkedHashMap<String, Object>(login.springProperties());
        properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", identity.issuer());
        return JSON.writeValueAsString(properties);
    }

    /**
     * Starts one more instance of {@code service} under another application id (its rights granted first), with
     * further arguments; it is stopped with the system. {@link ServiceInstance#awaitReady} tells when it answers.
     */
    public ServiceInstance startAudit(String service, String applicationId, List<String> more) {
        backbone.openStreams(service, applicationId);
        var args = new ArrayList<>(more);
        args.add("--lifecycle.kit.application-id=" + applicationId);
        var instance = instance(service, 0, args);
        extra.add(instance);
        instance.start();
        return instance;
    }

    public KafkaCluster cluster() {
        return cluster;
    }

    public String schemaRegistryUrl() {
        return registry.url();
    }

    public Login login(String principal) {
        return backbone.login(principal);
    }

    /** Every instance of every service, by service, in the services' order. */
    public Map<String, List<ServiceInstance>> instances() {
        return instances;
    }

    public List<ServiceInstance> allInstances() {
        return instances.values().stream().flatMap(List::stream).toList();
    }

    /** The integration client's bearer token, renewed as it expires: every staff role, as the demo signs in. */
    public Supplier<String> authorization() {
        var tokens = identity.tokens();
        var secret = identity.accounts().clientSecret(Clients.INTEGRATION);
        return tokens.cached(() -> tokens.clientCredentials(Clients.INTEGRATION, secret));
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void close() {
        try {
            // All at once: one after another, twelve graceful Spring and Streams shutdowns add up to minutes.
            extra.forEach(ServiceInstance::signalStop);
            allInstances().forEach(ServiceInstance::signalStop);
            extra.forEach(ServiceInstance::stop);
            allInstances().forEach(ServiceInstance::stop);
        } finally {
            try {
                identity.close();
            } finally {
                try {
                    registry.close();
                } finally {
                    try {
                        backbone.close();
                    } finally {
                        cluster.close();
                    }
                }
            }
        }
    }
}
