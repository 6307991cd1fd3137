package edu.lifecycle.servicekit.config;

import edu.lifecycle.servicekit.query.ThisInstance;
import edu.lifecycle.servicekit.stream.StreamsDefaults;
import edu.lifecycle.servicekit.stream.StreamsSettings;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

/** The Streams configuration of one of the service's applications: Boot's connection settings, the kit's defaults. */
final class StreamsConfigs {

    private StreamsConfigs() {}

    static Properties of(
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

    static String bootstrapServers(Object configured) {
        if (configured instanceof Collection<?> servers) {
            return String.join(",", servers.stream().map(String::valueOf).toList());
        }
        return String.valueOf(configured);
    }
}
