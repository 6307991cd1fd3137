package edu.lifecycle.servicekit.config;

import edu.lifecycle.servicekit.calendar.AcademicCalendar;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.command.CommandGateway;
import edu.lifecycle.servicekit.command.CommandStatusController;
import edu.lifecycle.servicekit.command.CommandTopics;
import edu.lifecycle.servicekit.command.OutcomeListener;
import edu.lifecycle.servicekit.command.OutcomeStore;
import edu.lifecycle.servicekit.command.PendingOutcomes;
import edu.lifecycle.servicekit.command.RecentOutcomes;
import edu.lifecycle.servicekit.query.InstanceForwarder;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.query.ThisInstance;
import edu.lifecycle.servicekit.rejection.PolicyRejectionsController;
import edu.lifecycle.servicekit.stream.ServiceTopology;
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
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.Producer;
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
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
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
    }

    @Bean
    ServiceTopologies serviceTopologies(ObjectProvider<TopologyDefinition> definitions, CommandTopics commandTopics) {
        List<TopologyDefinition> ordered = definitions.orderedStream().toList();
        return new ServiceTopologies(
                ServiceTopology.commandSide(ordered, commandTopics),
                ServiceTopology.readModels(ordered, commandTopics));
    }

    @Bean
    ProvisionedTopics provisionedTopics(
            ServiceKitProperties kit,
            KafkaProperties kafka,
            ObjectProvider<TopicCatalogue> catalogues,
            CommandTopics commandTopics,
            ServiceTopologies serviceTopologies) {
        var plan = KitTopicPlan.of(
                catalogues.orderedStream().toList(),
                commandTopics,
                serviceTopologies.all(),
                new TopicLayout(kit.partitions(), kit.replicationFactor()));
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
            ThisInstance thisInstance) {
        List<StreamsApplication> applications = new ArrayList<>();
        applications.add(new StreamsApplication(
                "commands",
                serviceTopologies.commandSide(),
                () -> streamsConfig(kit, identity.applicationId(), kit.commitInterval(), kafka, thisInstance)));
        applications.add(new StreamsApplication("read-models", serviceTopologies.readModels(), () -> {
            var config = streamsConfig(
                    kit, identity.readModelsApplicationId(), kit.readModelCommitInterval(), kafka, thisInstance);
            config.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, kit.readModelThreads());
            return config;
        }));
        return new StreamsRuntime(applications, STREAMS_PHASE, kit.closeTimeout());
    }

    @Bean
    HealthIndicator streamsHealthIndicator(StreamsRuntime streamsRuntime) {
        return new StreamsHealthIndicator(streamsRuntime);
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
            ProvisionedTopics provisionedTopics) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.put(CommonClientConfigs.CLIENT_ID_CONFIG, identity.applicationId() + "-outcome-listener");
        return new OutcomeListener(
                config, commandTopics.outcomes().name(), pendingOutcomes, recentOutcomes, OUTCOME_LISTENER_PHASE);
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
            ProvisionedTopics provisionedTopics) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(CommonClientConfigs.CLIENT_ID_CONFIG, identity.applicationId() + "-command-gateway");
        Producer<String, CommandEnvelope> producer =
                CommandGateway.producer(config, commandTopics.commands(), kit.commandTimeout());
        return new CommandGateway(
                producer, commandTopics.commands(), pendingOutcomes, outcomeStore, clock, kit.commandTimeout());
    }

    @Bean
    CommandStatusController commandStatusController(RecentOutcomes recentOutcomes, KeyQueryRouter keyQueryRouter) {
        return new CommandStatusController(recentOutcomes, keyQueryRouter);
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
