package edu.lifecycle.servicekit.config;

import static edu.lifecycle.servicekit.config.ServiceKitAutoConfiguration.COMMANDS_ROLE;
import static edu.lifecycle.servicekit.config.ServiceKitAutoConfiguration.READINESS_PHASE;
import static edu.lifecycle.servicekit.config.ServiceKitAutoConfiguration.READ_MODELS_ROLE;
import static edu.lifecycle.servicekit.config.ServiceKitAutoConfiguration.STREAMS_PHASE;

import edu.lifecycle.servicekit.logging.ServiceLogNames;
import edu.lifecycle.servicekit.observe.KitObservations;
import edu.lifecycle.servicekit.observe.StreamsLag;
import edu.lifecycle.servicekit.query.ThisInstance;
import edu.lifecycle.servicekit.stream.StaticMembership;
import edu.lifecycle.servicekit.stream.StreamsApplication;
import edu.lifecycle.servicekit.stream.StreamsRuntime;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service's two Streams applications running, their metrics bound, their lag measured and their health shown. */
@Configuration(proxyBeanMethods = false)
class KitStreamsConfiguration {

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
            var config = StreamsConfigs.of(kit, identity.applicationId(), kit.commitInterval(), kafka, thisInstance);
            observed(config, observations, COMMANDS_ROLE, instanceId);
            return config;
        }));
        applications.add(new StreamsApplication(READ_MODELS_ROLE, serviceTopologies.readModels(), () -> {
            var config = StreamsConfigs.of(
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
}
