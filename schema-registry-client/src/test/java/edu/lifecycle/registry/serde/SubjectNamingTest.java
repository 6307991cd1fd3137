package edu.lifecycle.registry.serde;

import static edu.lifecycle.registry.serde.Payments.config;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.lifecycle.registry.client.MockSchemaRegistry;
import edu.lifecycle.registry.serde.subject.RecordNameStrategy;
import edu.lifecycle.registry.serde.subject.TopicRecordNameStrategy;
import java.util.UUID;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The subject a serializer registers under, configured by class, by our class name or by Confluent's. */
class SubjectNamingTest {

    private final String scope = "subjects-" + UUID.randomUUID();

    @AfterEach
    void dropScope() {
        MockSchemaRegistry.dropScope(scope);
    }

    @ParameterizedTest
    @CsvSource({
        "edu.lifecycle.registry.serde.subject.TopicNameStrategy, t1-value",
        "edu.lifecycle.registry.serde.subject.RecordNameStrategy, interop.Payment",
        "edu.lifecycle.registry.serde.subject.TopicRecordNameStrategy, t1-interop.Payment",
        "io.confluent.kafka.serializers.subject.TopicNameStrategy, t1-value",
        "io.confluent.kafka.serializers.subject.RecordNameStrategy, interop.Payment",
        "io.confluent.kafka.serializers.subject.TopicRecordNameStrategy, t1-interop.Payment"
    })
    void registersUnderTheSubjectTheStrategyNames(String strategy, String subject) throws Exception {
        KafkaAvroSerializer serializer = new KafkaAvroSerializer();
        serializer.configure(config("mock://" + scope, "value.subject.name.strategy", strategy), false);

        serializer.serialize("t1", Payments.generic("p-1", 12.5));

        assertThat(MockSchemaRegistry.getClientForScope(scope).getAllSubjects()).containsExactly(subject);
    }

    @Test
    void acceptsStrategyClassesAndConfiguresKeysSeparately() throws Exception {
        KafkaAvroSerializer keys = new KafkaAvroSerializer();
        keys.configure(
                config(
                        "mock://" + scope,
                        "key.subject.name.strategy",
                        TopicRecordNameStrategy.class,
                        "value.subject.name.strategy",
                        RecordNameStrategy.class),
                true);

        keys.serialize("t1", Payments.generic("p-1", 12.5));

        assertThat(MockSchemaRegistry.getClientForScope(scope).getAllSubjects()).containsExactly("t1-interop.Payment");
    }

    @Test
    void usesTopicKeySubjectsForKeysByDefault() throws Exception {
        KafkaAvroSerializer keys = new KafkaAvroSerializer();
        keys.configure(config("mock://" + scope), true);

        keys.serialize("t1", "student-42");

        assertThat(MockSchemaRegistry.getClientForScope(scope).getAllSubjects()).containsExactly("t1-key");
    }

    @Test
    void rejectsAnUnknownStrategyClass() {
        KafkaAvroSerializer serializer = new KafkaAvroSerializer();

        assertThatThrownBy(() -> serializer.configure(
                        config("mock://" + scope, "value.subject.name.strategy", "com.example.NoSuchStrategy"), false))
                .isInstanceOf(ConfigException.class);
    }
}
