package edu.lifecycle.registry.serde.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.avro.Schema;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class SubjectNameStrategyTest {

    private static final Schema PAYMENT = new Schema.Parser()
            .parse("{\"type\":\"record\",\"name\":\"Payment\",\"namespace\":\"interop\",\"fields\":[]}");
    private static final Schema STRING = Schema.create(Schema.Type.STRING);

    @Test
    void namesTheSubjectAfterTheTopic() {
        TopicNameStrategy strategy = new TopicNameStrategy();

        assertThat(strategy.subjectName("t1", false, PAYMENT)).isEqualTo("t1-value");
        assertThat(strategy.subjectName("t1", true, STRING)).isEqualTo("t1-key");
        assertThat(strategy.usesSchema()).isFalse();
    }

    @Test
    void namesTheSubjectAfterTheRecord() {
        assertThat(new RecordNameStrategy().subjectName("t1", false, PAYMENT)).isEqualTo("interop.Payment");
        assertThat(new TopicRecordNameStrategy().subjectName("t1", false, PAYMENT))
                .isEqualTo("t1-interop.Payment");
    }

    @Test
    void refusesRecordNamesForValuesThatAreNotRecords() {
        assertThatThrownBy(() -> new RecordNameStrategy().subjectName("t1", true, STRING))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("key.subject.name.strategy = RecordNameStrategy")
                .hasMessageContaining("must only be an Avro record schema");
        assertThatThrownBy(() -> new TopicRecordNameStrategy().subjectName("t1", false, STRING))
                .isInstanceOf(SerializationException.class);
    }
}
