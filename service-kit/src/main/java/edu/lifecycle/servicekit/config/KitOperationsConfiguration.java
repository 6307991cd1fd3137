package edu.lifecycle.servicekit.config;

import edu.lifecycle.servicekit.audit.ReadModelAudit;
import edu.lifecycle.servicekit.audit.ReadModelAuditController;
import edu.lifecycle.servicekit.command.CommandTopics;
import edu.lifecycle.servicekit.deadletter.DeadLetterLog;
import edu.lifecycle.servicekit.deadletter.DeadLettersController;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.query.ThisInstance;
import edu.lifecycle.servicekit.rejection.PolicyRejectionsController;
import edu.lifecycle.servicekit.stream.ServiceTopology;
import edu.lifecycle.servicekit.stream.StreamsRuntime;
import edu.lifecycle.servicekit.stream.TopologyDefinition;
import edu.lifecycle.servicekit.topic.AvroSerdes;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.apache.kafka.streams.StreamsConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The operators' tools: the read-model audit, the dead letters and the policy rejections. */
@Configuration(proxyBeanMethods = false)
class KitOperationsConfiguration {

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
            var properties = StreamsConfigs.of(
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
}
