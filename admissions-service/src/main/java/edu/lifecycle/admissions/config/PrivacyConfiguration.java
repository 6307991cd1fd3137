package edu.lifecycle.admissions.config;

import edu.lifecycle.admissions.privacy.PersonalDataKeys;
import edu.lifecycle.admissions.privacy.stream.CompactionBound;
import edu.lifecycle.admissions.privacy.stream.KafkaKeyRings;
import edu.lifecycle.admissions.privacy.stream.PersonalFields;
import edu.lifecycle.admissions.topics.AdmissionsTopics;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

/** Personal data keys (ADR 13): the key topic, the bounded cache in front of it, and the topics' compaction bound. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrivacyProperties.class)
class PrivacyConfiguration {

    private static final Duration KEY_TOPIC_TIMEOUT = Duration.ofSeconds(10);

    /** After the kit created the topics: their compaction bound is set on every start, so a changed bound applies. */
    @Bean
    @DependsOn("provisionedTopics")
    CompactionBound personalDataCompactionBound(
            KafkaProperties kafka, AdmissionsTopics topics, PrivacyProperties privacy) {
        var bound = new CompactionBound(
                privacy.supersededValueBound(),
                List.of(
                        topics.studentProfiles().name(),
                        topics.personalDataKeys().name()));
        bound.apply(kafka.buildAdminProperties(), KEY_TOPIC_TIMEOUT);
        return bound;
    }

    // No @DependsOn on the topics: the topology needs the keys before the kit provisions topics; reads are lazy.
    @Bean(destroyMethod = "close")
    KafkaKeyRings keyRings(KafkaProperties kafka, AdmissionsTopics topics) {
        return new KafkaKeyRings(
                kafka.buildProducerProperties(),
                kafka.buildConsumerProperties(),
                topics.personalDataKeys(),
                KEY_TOPIC_TIMEOUT);
    }

    /**
     * The cache's time to live runs on the machine's clock, not the injected one: it bounds how long a key may be used
     * here, an operational limit. A played calendar (the demo, the benchmarks) moves the injected clock by months and
     * would empty the cache at every jump.
     */
    @Bean
    PersonalDataKeys personalDataKeys(KafkaKeyRings rings, PrivacyProperties privacy) {
        return new PersonalDataKeys(rings, privacy.keyCacheSize(), privacy.keyCacheTimeToLive(), Clock.systemUTC());
    }

    @Bean
    PersonalFields personalFields(PersonalDataKeys keys) {
        return new PersonalFields(keys);
    }
}
