package edu.lifecycle.servicekit.config;

import edu.lifecycle.servicekit.audit.ReadModelAudit;
import edu.lifecycle.servicekit.audit.ReadModelAuditController;
import edu.lifecycle.servicekit.calendar.AcademicCalendar;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.command.CommandGateway;
import edu.lifecycle.servicekit.command.CommandStatusController;
import edu.lifecycle.servicekit.command.CommandTopics;
import edu.lifecycle.servicekit.command.OutcomeListener;
import edu.lifecycle.servicekit.command.OutcomeStore;
import edu.lifecycle.servicekit.command.PendingOutcomes;
import edu.lifecycle.servicekit.command.RecentOutcomes;
import edu.lifecycle.servicekit.deadletter.DeadLetterLog;
import edu.lifecycle.servicekit.deadletter.DeadLettersController;
import edu.lifecycle.servicekit.logging.ServiceLogNames;
import edu.lifecycle.servicekit.logging.ServiceMdcFilter;
import edu.lifecycle.servicekit.observe.KitObservations;
import edu.lifecycle.servicekit.observe.MicrometerRecordTracing;
import edu.lifecycle.servicekit.observe.RecordTracing;
import edu.lifecycle.servicekit.observe.StreamsLag;
import edu.lifecycle.servicekit.observe.TraceIdInProblems;
import edu.lifecycle.servicekit.query.InstanceForwarder;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.query.ThisInstance;
import edu.lifecycle.servicekit.rejection.PolicyRejectionsController;
import edu.lifecycle.servicekit.stream.ServiceTopology;
import edu.lifecycle.servicekit.stream.StaticMembership;
import edu.lifecycle.servicekit.stream.StreamsApplication;
import edu.lifecycle.servicekit.stream.StreamsDefaults;
import edu.lifecycle.servicekit.stream.StreamsRuntime;
import edu.lifecycle.servicekit.stream.StreamsSettings;
import edu.lifecycle.servicekit.stream.TopologyDefinition;
import edu.lifecycle.servicekit.topic.AvroSerdes;
import edu.lifecycle.servicekit.topic.TopicCatalogue;
import edu.lifecycle.servicekit.topic.TopicLayout;
import edu.lifecycle.servicekit.topic.TopicNames;
import edu.lifecycle.servicekit.topic.TopicProvisioner;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Everything a service gets from the kit once it declares its {@link TopologyDefinition}s and
 * {@link TopicCatalogue}: topics created, the topology running, commands sent and awaited, queries routed, errors
 * answered as problems.
 *
 * <p>Start order: topics are created while the beans are built; the outcome listener positions itself before the web
 * server opens; Streams starts after it, once the actual port for {@code application.server} is known. Shutdown runs
 * the other way: the web server drains its requests, then Streams commits and leaves the group.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@EnableConfigurationProperties({ServiceKitProperties.class, CalendarProperties.class})
public class ServiceKitAutoConfiguration {

    static final int OUTCOME_LISTENER_PHASE = WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 512;
    static final int STREAMS_PHASE = WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE + 512;
    static final int READINESS_PHASE = STREAMS_PHASE + 1;
    static final String COMMANDS_ROLE = "commands";
    static final String READ_MODELS_ROLE = "read-models";

    /** The resolved identity of the service: names of its command topics and of its Streams applications. */
    record ServiceIdentity(String serviceName, String applicationId) {

        /** The read models' own application id (consumer group, prefix of their internal topics). */
        String readModelsApplicationId() {
            return applicationId + "-read-models";
        }
    }

    /** Marks that the topics exist; what reads or writes them depends on it. */
    record ProvisionedTopics(Collection<String> names) {}

    @Bean
    ServiceIdentity serviceIdentity(ServiceKitProperties kit, Environment environment) {
        String applicationName = environment.getProperty("spring.application.name");
        String service = kit.serviceName() != null ? kit.serviceName() : applicationName;
        String applicationId = kit.applicationId() != null ? kit.applicationId() : applicationName;
        if (service == null || applicationId == null) {
            throw new IllegalStateException("Set spring.application.name (or lifecycle.kit.service-name and "
                    + "lifecycle.kit.application-id): the kit names topics and the Streams application after it");
        }
        return new ServiceIdentity(service, applicationId);
    }

    @Bean
    @ConditionalOnMissingBean
    TopicNames topicNames(ServiceKitProperties kit) {
        return new TopicNames(kit.topicPrefix());
    }

    @Bean
    @ConditionalOnMissingBean
    CommandTopics commandTopics(TopicNames names, ServiceIdentity identity) {
        return CommandTopics.forService(names, identity.serviceName());
    }

    @Bean
    @ConditionalOnMissingBean
    AcademicCalendar academicCalendar(CalendarProperties calendar) {
        return calendar.toCalendar();
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty("lifecycle.kit.schema-registry-url")
    AvroSerdes avroSerdes(ServiceKitProperties kit, KafkaProperties kafka) {
        return new AvroSerdes(RegistryClientSettings.of(kit.schemaRegistryUrl(), kafka.getProperties()));
    }

    /** The service's topologies: the command side, and the read models when it has any. */
    record ServiceTopologies(Topology commandSide, Topology readModels) {

        List<Topology> all() {
            return List.of(commandSide, readModels);
        }

        Map<String, Topology> byApplicationId(ServiceIdentity identity) {
            var byId = new java.util.LinkedHashMap<String, Topology>();
            byId.put(identity.applicationId(), commandSide);
            byId.put(identity.readModelsApplicationId(), readModels);
            return byId;
        }
    }

    /**
     * The service's meters and record tracing, for the kit's processors, handlers and gateway. Meters go to the
     * service's registry (Prometheus), traces through Micrometer Tracing when Spring Boot configured it.
     */
    @Bean
    KitObservations kitObservations(
            ObjectProvider<MeterRegistry> registry,
            ObjectProvider<Tracer> tracer,
            ObjectProvider<Propagator> propagator,
            Clock clock) {
        Tracer found = tracer.getIfAvailable();
        Propagator propagation = propagator.getIfAvailable();
        RecordTracing tracing = found != null && found != Tracer.NOOP && propagation != null
                ? new MicrometerRecordTracing(found, propagation)
                : RecordTracing.NONE;
        return new KitObservations(registry.getIfAvailable(CompositeMeterRegistry::new), tracing, clock);
    }

    /** Every meter of the service says whose it is, so that one Prometheus or one dashboard serves all four. */
    @Bean
    MeterFilter serviceTag(ServiceIdentity identity) {
        return MeterFilter.commonTags(Tags.of("service", identity.serviceName()));
    }

    @Bean
    ServiceTopologies serviceTopologies(
            ObjectProvider<TopologyDefinition> definitions,
            CommandTopics commandTopics,
            ServiceIdentity identity,
            KafkaProperties kafka,
            KitObservations observations) {
        List<TopologyDefinition> ordered = definitions.orderedStream().toList();
        String bootstrap =
                bootstrapServers(kafka.buildStreamsProperties().get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG));
        // Built with every processor wrapped, so that records are traced across topics and staleness measured.
        return new ServiceTopologies(
                ServiceTopology.commandSide(
                        ordered,
                        commandTopics,
                        ServiceTopology.observedBuilder(
                                identity.applicationId(), bootstrap, COMMANDS_ROLE, observations)),
                ServiceTopology.readModels(
                        ordered,
                        commandTopics,
                        ServiceTopology.observedBuilder(
                                identity.readModelsApplicationId(), bootstrap, READ_MODELS_ROLE, observations)));
    }

    @Bean
    ProvisionedTopics provisionedTopics(
            ServiceKitProperties kit,
            KafkaProperties kafka,
            ObjectProvider<TopicCatalogue> catalogues,
            CommandTopics commandTopics,
            ServiceTopologies serviceTopologies,
            ServiceIdentity identity) {
        var plan = KitTopicPlan.of(
                catalogues.orderedStream().toList(),
                commandTopics,
                serviceTopologies.byApplicationId(identity),
                new TopicLayout(kit.partitions(), kit.replicationFactor()),
                kit.deadLetterRetention());
        new TopicProvisioner(kafka.buildAdminProperties(), Duration.ofSeconds(30)).ensure(plan);
        return new ProvisionedTopics(plan.stream().map(topic -> topic.name()).toList());
    }

    @Bean
    ThisInstance thisInstance(ServiceKitProperties kit, ApplicationContext context, Environment environment) {
        String host = kit.advertisedHost() != null ? kit.advertisedHost() : localHostName();
        return new ThisInstance(host, () -> {
            if (context instanceof WebServerApplicationContext web
                    && web.getWebServer() != null
                    && web.getWebServer().getPort() > 0) {
                return web.getWebServer().getPort();
            }
            return environment.getProperty("server.port", Integer.class, 8080);
        });
    }

    @Bean
    StreamsRuntime streamsRuntime(
            ServiceTopologies serviceTopologies,
            ProvisionedTopics provisionedTopics,
            ServiceKitProperties kit,
            ServiceIdentity identity,
            KafkaProperties kafka,
            ThisInstance thisInstance,
            KitObservations observations,
            ObjectProvider<MeterRegistry> registry) {
        // Every thread of the service's Streams applications and their clients has the application id in its name.
        ServiceLogNames.register(identity.applicationId(), identity.serviceName());
        String instanceId = StaticMembership.instanceId(
                kit.instanceId(),
                kit.stateDir() != null ? Path.of(kit.stateDir()) : StaticMembership.defaultStateDir());
        List<StreamsApplication> applications = new ArrayList<>();
        applications.add(new StreamsApplication(COMMANDS_ROLE, serviceTopologies.commandSide(), () -> {
            var config = streamsConfig(kit, identity.applicationId(), kit.commitInterval(), kafka, thisInstance);
            observed(config, observations, COMMANDS_ROLE, instanceId);
            return config;
        }));
        applications.add(new StreamsApplication(READ_MODELS_ROLE, serviceTopologies.readModels(), () -> {
            var config = streamsConfig(
                    kit, identity.readModelsApplicationId(), kit.readModelCommitInterval(), kafka, thisInstance);
            config.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, kit.readModelThreads());
            observed(config, observations, READ_MODELS_ROLE, instanceId);
            return config;
        }));
        List<StreamsRuntime.Listener> listeners = new ArrayList<>();
        MeterRegistry meters = registry.getIfAvailable();
        if (meters != null) {
            listeners.add(new StreamsMetricsBinding(meters));
        }
        return new StreamsRuntime(applications, STREAMS_PHASE, kit.closeTimeout(), listeners);
    }

    /** The kit's observations, the application's role and this instance's static membership, in its configuration. */
    private static void observed(Properties config, KitObservations observations, String role, String instanceId) {
        config.put(KitObservations.CONFIG_KEY, observations);
        config.put(edu.lifecycle.servicekit.stream.ObservingProcessorWrapper.ROLE_KEY, role);
        StaticMembership.apply(config, instanceId);
    }

    /** Binds each running Streams application's metrics (its threads, tasks, stores and clients) to the registry. */
    private static final class StreamsMetricsBinding implements StreamsRuntime.Listener {

        private final MeterRegistry registry;
        private final Map<String, KafkaStreamsMetrics> bound = new java.util.concurrent.ConcurrentHashMap<>();

        StreamsMetricsBinding(MeterRegistry registry) {
            this.registry = registry;
        }

        @Override
        public void started(String role, KafkaStreams streams) {
            var metrics = new KafkaStreamsMetrics(streams, Tags.of("application", role));
            metrics.bindTo(registry);
            bound.put(role, metrics);
        }

        @Override
        public void stopping(String role, KafkaStreams streams) {
            var metrics = bound.remove(role);
            if (metrics != null) {
                metrics.close();
            }
        }
    }

    @Bean
    StreamsLag streamsLag(
            KafkaProperties kafka,
            ServiceKitProperties kit,
            ServiceIdentity identity,
            KitObservations observations,
            ObjectProvider<MeterRegistry> registry,
            ProvisionedTopics provisionedTopics) {
        Map<String, Object> admin = new HashMap<>(kafka.buildAdminProperties());
        admin.put(CommonClientConfigs.CLIENT_ID_CONFIG, identity.applicationId() + "-lag");
        return new StreamsLag(
                admin,
                List.of(
                        new StreamsLag.Application(COMMANDS_ROLE, identity.applicationId()),
                        new StreamsLag.Application(READ_MODELS_ROLE, identity.readModelsApplicationId())),
                registry.getIfAvailable(CompositeMeterRegistry::new),
                kit.lagInterval(),
                READINESS_PHASE);
    }

    @Bean
    HealthIndicator streamsHealthIndicator(StreamsRuntime streamsRuntime, StreamsLag streamsLag) {
        return new StreamsHealthIndicator(streamsRuntime, streamsLag);
    }

    @Bean
    CommandReadiness commandReadiness(
            StreamsRuntime streamsRuntime,
            CommandGateway commandGateway,
            ServiceKitProperties kit,
            ServiceIdentity identity,
            Clock clock) {
        return new CommandReadiness(
                streamsRuntime,
                commandGateway,
                kit.readinessProbeTimeout(),
                clock,
                identity.applicationId(),
                READINESS_PHASE);
    }

    @Bean
    HealthIndicator commandsHealthIndicator(CommandReadiness commandReadiness) {
        return new CommandReadinessHealthIndicator(commandReadiness);
    }

    /** A 5xx problem body carries the trace id to quote. */
    @Bean
    TraceIdInProblems traceIdInProblems(ObjectProvider<Tracer> tracer) {
        return new TraceIdInProblems(() -> tracer.getIfAvailable(() -> Tracer.NOOP));
    }

    /** Lines of the web server's own threads (e.g. {@code http-nio-127.0.0.1-8091-exec-1}) are the service's. */
    @Bean
    ApplicationListener<WebServerInitializedEvent> webServerThreadsLogAsService(ServiceIdentity identity) {
        return event ->
                ServiceLogNames.register("-" + event.getWebServer().getPort() + "-exec-", identity.serviceName());
    }

    /** Every line a request logs names the service, also when several services share one JVM. */
    @Bean
    FilterRegistrationBean<ServiceMdcFilter> serviceMdcFilter(ServiceIdentity identity) {
        var registration = new FilterRegistrationBean<>(new ServiceMdcFilter(identity.serviceName()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    StoreQueries storeQueries(StreamsRuntime streamsRuntime, ThisInstance thisInstance) {
        return new StoreQueries(streamsRuntime, thisInstance);
    }

    @Bean
    InstanceForwarder instanceForwarder(ThisInstance thisInstance, ServiceKitProperties kit) {
        return new InstanceForwarder(thisInstance, kit.forwardTimeout());
    }

    @Bean
    KeyQueryRouter keyQueryRouter(StoreQueries storeQueries, InstanceForwarder instanceForwarder) {
        return new KeyQueryRouter(storeQueries, instanceForwarder);
    }

    @Bean
    PendingOutcomes pendingOutcomes() {
        return new PendingOutcomes();
    }

    @Bean
    RecentOutcomes recentOutcomes() {
        return new RecentOutcomes(RecentOutcomes.DEFAULT_CAPACITY);
    }

    @Bean
    OutcomeListener outcomeListener(
            KafkaProperties kafka,
            ServiceIdentity identity,
            CommandTopics commandTopics,
            PendingOutcomes pendingOutcomes,
            RecentOutcomes recentOutcomes,
            ObjectProvider<MeterRegistry> registry,
            ProvisionedTopics provisionedTopics) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.put(CommonClientConfigs.CLIENT_ID_CONFIG, identity.applicationId() + "-outcome-listener");
        ServiceLogNames.register(identity.applicationId(), identity.serviceName());
        return new OutcomeListener(
                config,
                commandTopics.outcomes().name(),
                pendingOutcomes,
                recentOutcomes,
                OUTCOME_LISTENER_PHASE,
                identity.applicationId() + "-outcome-listener",
                consumer -> {
                    // The listener's consumer metrics: how far behind the outcomes it is, fetch latency.
                    var metrics = new KafkaClientMetrics(consumer, Tags.of("client", "outcome-listener"));
                    metrics.bindTo(registry.getIfAvailable(CompositeMeterRegistry::new));
                    return metrics;
                });
    }

    @Bean
    OutcomeStore outcomeStore(
            RecentOutcomes recentOutcomes, StoreQueries storeQueries, InstanceForwarder instanceForwarder) {
        return new OutcomeStore(recentOutcomes, storeQueries, instanceForwarder);
    }

    @Bean
    CommandGateway commandGateway(
            KafkaProperties kafka,
            ServiceKitProperties kit,
            ServiceIdentity identity,
            CommandTopics commandTopics,
            PendingOutcomes pendingOutcomes,
            OutcomeStore outcomeStore,
            Clock clock,
            KitObservations observations,
            ProvisionedTopics provisionedTopics) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(CommonClientConfigs.CLIENT_ID_CONFIG, identity.applicationId() + "-command-gateway");
        Producer<String, CommandEnvelope> producer =
                CommandGateway.producer(config, commandTopics.commands(), kit.commandTimeout());
        return new CommandGateway(
                producer,
                commandTopics.commands(),
                pendingOutcomes,
                outcomeStore,
                clock,
                kit.commandTimeout(),
                observations);
    }

    /** The gateway's producer's metrics (records sent, errors, latency) in the service's registry. */
    @Bean
    KafkaClientMetrics commandGatewayMetrics(CommandGateway commandGateway, ObjectProvider<MeterRegistry> registry) {
        var metrics = new KafkaClientMetrics(commandGateway.producer(), Tags.of("client", "command-gateway"));
        metrics.bindTo(registry.getIfAvailable(CompositeMeterRegistry::new));
        return metrics;
    }

    @Bean
    CommandStatusController commandStatusController(
            RecentOutcomes recentOutcomes, KeyQueryRouter keyQueryRouter, StoreQueries storeQueries) {
        return new CommandStatusController(recentOutcomes, keyQueryRouter, storeQueries);
    }

    /** The read models' audit: a rebuild under {@code <application-id>-audit-<time>}, within the service's rights. */
    @Bean
    ReadModelAudit readModelAudit(
            ObjectProvider<TopologyDefinition> definitions,
            CommandTopics commandTopics,
            ServiceIdentity identity,
            ServiceKitProperties kit,
            KafkaProperties kafka,
            StreamsRuntime streamsRuntime,
            ThisInstance thisInstance,
            Clock clock) {
        // Asked for when an audit runs, not now: the configuration names the web server's port, which is chosen
        // only as the server starts (asking early made Tomcat open a second connector on the default port).
        Supplier<Properties> config = () -> {
            var properties = streamsConfig(
                    kit, identity.applicationId() + "-audit", kit.readModelCommitInterval(), kafka, thisInstance);
            properties.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, kit.readModelThreads());
            return properties;
        };
        Path stateRoot = kit.stateDir() != null
                ? Path.of(kit.stateDir(), "audits")
                : Path.of(System.getProperty("java.io.tmpdir"), "lifecycle-audits");
        return new ReadModelAudit(
                () -> ServiceTopology.readModels(definitions.orderedStream().toList(), commandTopics),
                identity.readModelsApplicationId(),
                identity.applicationId() + "-audit-",
                streamsRuntime::streamsHolding,
                config,
                kafka.buildAdminProperties(),
                stateRoot,
                clock,
                kit.auditTimeout());
    }

    @Bean
    ReadModelAuditController readModelAuditController(ReadModelAudit readModelAudit) {
        return new ReadModelAuditController(readModelAudit);
    }

    @Bean
    DeadLetterLog deadLetterLog(KafkaProperties kafka) {
        return new DeadLetterLog(kafka.buildAdminProperties(), Duration.ofSeconds(30));
    }

    @Bean
    DeadLettersController deadLettersController(
            ServiceIdentity identity, DeadLetterLog deadLetterLog, ObjectProvider<AvroSerdes> avroSerdes) {
        AvroSerdes avro = avroSerdes.getIfAvailable();
        BiFunction<String, byte[], String> decode = null;
        if (avro != null) {
            var deserializer = avro.generic().deserializer();
            decode = (topic, bytes) -> String.valueOf(deserializer.deserialize(topic, bytes));
        }
        return new DeadLettersController(
                List.of(identity.applicationId(), identity.readModelsApplicationId()), deadLetterLog, decode);
    }

    @Bean
    PolicyRejectionsController policyRejectionsController(KeyQueryRouter keyQueryRouter, StoreQueries storeQueries) {
        return new PolicyRejectionsController(keyQueryRouter, storeQueries);
    }

    private static Properties streamsConfig(
            ServiceKitProperties kit,
            String applicationId,
            Duration commitInterval,
            KafkaProperties kafka,
            ThisInstance thisInstance) {
        Map<String, Object> boot = kafka.buildStreamsProperties();
        var settings = new StreamsSettings(
                applicationId,
                bootstrapServers(boot.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG)),
                kit.schemaRegistryUrl(),
                commitInterval,
                kit.stateDir(),
                thisInstance.applicationServer(),
                kit.cacheSize().toBytes(),
                kit.replicationFactor());
        // Boot's spring.kafka.* gives connection and security settings; the kit's defaults take precedence.
        var config = new Properties();
        config.putAll(boot);
        config.putAll(StreamsDefaults.properties(settings));
        return config;
    }

    private static String bootstrapServers(Object configured) {
        if (configured instanceof Collection<?> servers) {
            return String.join(",", servers.stream().map(String::valueOf).toList());
        }
        return String.valueOf(configured);
    }

    private static String localHostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "127.0.0.1";
        }
    }
}
