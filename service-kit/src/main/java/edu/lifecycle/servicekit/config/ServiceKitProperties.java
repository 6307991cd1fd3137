package edu.lifecycle.servicekit.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The kit's settings ({@code lifecycle.kit.*}). Broker addresses and security come from Spring Boot's
 * {@code spring.kafka.*}; other Streams settings may be added under {@code spring.kafka.streams.properties.*}.
 *
 * @param serviceName names the command topics ({@code <service>.commands}); defaults to {@code spring.application.name}
 * @param applicationId the Streams {@code application.id}, shared by all instances; defaults to
 *     {@code spring.application.name}
 * @param topicPrefix put before every topic name; empty in production, unique per test run on a shared broker
 * @param schemaRegistryUrl the schema registry for the service's Avro serdes
 * @param commandTimeout how long an HTTP request waits for its command's outcome before answering 202
 * @param commitInterval the command side's commit interval; under exactly-once it bounds command latency
 * @param readModelCommitInterval the read models' commit interval: how soon their repartitioned views (lists and
 *     counts by programme year) follow; their other stores show each event as soon as it is processed
 * @param readModelThreads stream threads of the read models' application: a rebuild or a burst of events is
 *     projected on that many cores (at most one per partition); the command side keeps one
 * @param stateDir where the state stores live; Kafka's default when unset
 * @param partitions of every topic the kit creates; all public topics need the same count (co-partitioning)
 * @param replicationFactor of every topic the kit creates, and of Streams' internal topics
 * @param advertisedHost how other instances reach this one; defaults to the host name, or 127.0.0.1
 * @param cacheSize Streams' record cache across all stores
 * @param closeTimeout how long shutdown waits for Streams to commit and leave the group
 * @param forwardTimeout how long a query forwarded to another instance may take
 * @param instanceId this instance's {@code group.instance.id} (static membership); by default an id made on first
 *     start and kept in the state folder
 * @param lagInterval how often the lag of the Streams applications is asked of the broker
 * @param readinessProbeTimeout how long the first readiness probe waits for its answer; each unanswered round doubles it, up to 30 s
 * @param deadLetterRetention how long a dead letter (and a replay of one) is kept: {@code retention.ms} of the
 *     dead-letter and replay topics the kit creates; long enough to notice, fix and replay, short enough that a dead
 *     letter holding personal data does not outlive the school's retention rules
 * @param auditTimeout how long a read-model audit may wait for the rebuild, and the live read models, to reach the end
 *     of the topics
 */
@ConfigurationProperties("lifecycle.kit")
public record ServiceKitProperties(
        String serviceName,
        String applicationId,
        String topicPrefix,
        String schemaRegistryUrl,
        @DefaultValue("5s") Duration commandTimeout,
        @DefaultValue("50ms") Duration commitInterval,
        @DefaultValue("100ms") Duration readModelCommitInterval,
        @DefaultValue("1") int readModelThreads,
        String stateDir,
        @DefaultValue("3") int partitions,
        @DefaultValue("1") short replicationFactor,
        String advertisedHost,
        @DefaultValue("1MB") DataSize cacheSize,
        @DefaultValue("10s") Duration closeTimeout,
        @DefaultValue("3s") Duration forwardTimeout,
        String instanceId,
        @DefaultValue("5s") Duration lagInterval,
        @DefaultValue("2s") Duration readinessProbeTimeout,
        @DefaultValue("30d") Duration deadLetterRetention,
        @DefaultValue("10m") Duration auditTimeout) {

    public ServiceKitProperties {
        topicPrefix = topicPrefix == null ? "" : topicPrefix;
    }
}
