package edu.lifecycle.servicekit.config;

import edu.lifecycle.servicekit.calendar.AcademicCalendar;
import edu.lifecycle.servicekit.command.CommandTopics;
import edu.lifecycle.servicekit.observe.KitObservations;
import edu.lifecycle.servicekit.observe.MicrometerRecordTracing;
import edu.lifecycle.servicekit.observe.RecordTracing;
import edu.lifecycle.servicekit.query.ThisInstance;
import edu.lifecycle.servicekit.stream.ServiceTopology;
import edu.lifecycle.servicekit.stream.TopologyDefinition;
import edu.lifecycle.servicekit.topic.AvroSerdes;
import edu.lifecycle.servicekit.topic.TopicCatalogue;
import edu.lifecycle.servicekit.topic.TopicLayout;
import edu.lifecycle.servicekit.topic.TopicNames;
import edu.lifecycle.servicekit.topic.TopicProvisioner;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.CommonClientConfigs;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * Everything a service gets from the kit once it declares its {@link TopologyDefinition}s and
 * {@link TopicCatalogue}: topics created, the topology running, commands sent and awaited, queries routed, errors
 * answered as problems.
 *
 * <p>Start order: topics are created while the beans are built; the outcome listener positions itself before the web
 * server opens; Streams starts after it, once the actual port for {@code application.server} is known. Shutdown runs
 * the other way: the web server drains its requests, then Streams commits and leaves the group.
 *
 * <p>This class names the service and builds what every part needs (topics, topologies, observations, this
 * instance); each part has a configuration of its own, imported here: Streams, commands, queries, the operators'
 * tools, logging.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@EnableConfigurationProperties({ServiceKitProperties.class, CalendarProperties.class})
@Import({
    KitStreamsConfiguration.class,
    KitCommandConfiguration.class,
    KitQueryConfiguration.class,
    KitOperationsConfiguration.class,
    KitLoggingConfiguration.class
})
public class ServiceKitAutoConfiguration {

    static final int OUTCOME_LISTENER_PHASE = WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 512;
    static final int STREAMS_PHASE = WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE + 512;
    static final int READINESS_PHASE = STREAMS_PHASE + 1;
    static final String COMMANDS_ROLE = "commands";
    static final String READ_MODELS_ROLE = "read-models";

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
        String bootstrap = StreamsConfigs.bootstrapServers(
                kafka.buildStreamsProperties().get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG));
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

    private static String localHostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "127.0.0.1";
        }
    }
}
