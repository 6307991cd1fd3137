package edu.lifecycle.servicekit.config;

import static edu.lifecycle.servicekit.config.ServiceKitAutoConfiguration.OUTCOME_LISTENER_PHASE;
import static edu.lifecycle.servicekit.config.ServiceKitAutoConfiguration.READINESS_PHASE;

import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.command.CommandGateway;
import edu.lifecycle.servicekit.command.CommandStatusController;
import edu.lifecycle.servicekit.command.CommandTopics;
import edu.lifecycle.servicekit.command.EarlierSteps;
import edu.lifecycle.servicekit.command.OutcomeListener;
import edu.lifecycle.servicekit.command.OutcomeStore;
import edu.lifecycle.servicekit.command.PendingOutcomes;
import edu.lifecycle.servicekit.command.RecentOutcomes;
import edu.lifecycle.servicekit.logging.ServiceLogNames;
import edu.lifecycle.servicekit.observe.KitObservations;
import edu.lifecycle.servicekit.query.InstanceForwarder;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.stream.StreamsRuntime;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.Producer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Commands sent, their outcomes awaited and answered, and the readiness to take them. */
@Configuration(proxyBeanMethods = false)
class KitCommandConfiguration {

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
            RecentOutcomes recentOutcomes,
            KeyQueryRouter keyQueryRouter,
            StoreQueries storeQueries,
            OutcomeStore outcomeStore,
            ObjectProvider<EarlierSteps> earlierSteps) {
        return new CommandStatusController(
                recentOutcomes,
                keyQueryRouter,
                storeQueries,
                outcomeStore,
                earlierSteps.getIfAvailable(() -> EarlierSteps.NONE));
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
}
