package edu.lifecycle.chaos.oracle;

import edu.lifecycle.events.admissions.StudentEnrolled;
import edu.lifecycle.events.admissions.StudyStream;
import edu.lifecycle.events.admissions.TrainingScheme;
import edu.lifecycle.events.billing.TuitionSettled;
import edu.lifecycle.events.curriculum.DegreeAwarded;
import edu.lifecycle.events.curriculum.Mention;
import edu.lifecycle.events.placement.WorkStudyContractSigned;
import edu.lifecycle.registry.serde.KafkaAvroSerDeConfig;
import edu.lifecycle.registry.serde.KafkaAvroSerializer;
import edu.lifecycle.registry.serde.subject.TopicRecordNameStrategy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;

/**
 * Well-formed events that fail translation: on each public topic, an event its consumers act on (an enrollment, a
 * settled tuition, a degree, a work-study contract), in Confluent's wire format under its registered schema, whose
 * {@code occurredAt} is in the year 2300, beyond the instants a store keeps. A consumer must refuse it as it reads it;
 * one that let it through would open an account, a transcript or a placement record for a student no command made,
 * which oracle 2 would also find.
 */
final class UnstorableEvents {

    static final Instant YEAR_2300 = Instant.parse("2300-01-01T00:00:00Z");

    private static final Map<String, Function<String, SpecificRecord>> BY_TOPIC = Map.of(
            "admissions.events",
            student -> StudentEnrolled.newBuilder()
                    .setEventId(UUID.randomUUID().toString())
                    .setOccurredAt(YEAR_2300)
                    .setStudentId(student)
                    .setProgramme("M2-ISD")
                    .setAcademicYear("2026-2027")
                    .setStream(StudyStream.PROFESSIONAL)
                    .setScheme(TrainingScheme.INITIAL)
                    .setRegisteredOn(LocalDate.of(2026, 9, 1))
                    .build(),
            "billing.events",
            student -> TuitionSettled.newBuilder()
                    .setEventId(UUID.randomUUID().toString())
                    .setOccurredAt(YEAR_2300)
                    .setStudentId(student)
                    .setTotalPaid(new BigDecimal("9750.00"))
                    .build(),
            "curriculum.events",
            student -> DegreeAwarded.newBuilder()
                    .setEventId(UUID.randomUUID().toString())
                    .setOccurredAt(YEAR_2300)
                    .setStudentId(student)
                    .setProgramme("M2-ISD")
                    .setAcademicYear("2026-2027")
                    .setAverage(new BigDecimal("12.50"))
                    .setMention(Mention.ASSEZ_BIEN)
                    .setEctsEarned(60)
                    .build(),
            "placement.events",
            student -> WorkStudyContractSigned.newBuilder()
                    .setEventId(UUID.randomUUID().toString())
                    .setOccurredAt(YEAR_2300)
                    .setStudentId(student)
                    .setContractId("contract-" + student)
                    .setEmployer("Poison & Co")
                    .setStartOn(LocalDate.of(2026, 9, 1))
                    .setEndOn(LocalDate.of(2027, 8, 31))
                    .build());

    private UnstorableEvents() {}

    /**
     * The event for {@code topic}, serialized as its owner writes it, under its owner's login: the poison is written
     * before the load, when the owner may not have published yet, so the schema is registered as the owner's first
     * event would register it (the same schema, so the same id).
     *
     * @param ownerRegistryClient the registry login and URL of the service that owns the topic
     */
    static byte[] serialized(String topic, String student, Map<String, Object> ownerRegistryClient) {
        var event = BY_TOPIC.get(topic);
        if (event == null) {
            throw new IllegalArgumentException("No unstorable event for " + topic);
        }
        var config = new HashMap<>(ownerRegistryClient);
        config.put(KafkaAvroSerDeConfig.AUTO_REGISTER_SCHEMAS, true);
        config.put(KafkaAvroSerDeConfig.VALUE_SUBJECT_NAME_STRATEGY, TopicRecordNameStrategy.class);
        try (var serializer = new KafkaAvroSerializer()) {
            serializer.configure(config, false);
            return serializer.serialize(topic, event.apply(student));
        }
    }

    /** The service that owns a public topic, whose principal may read its subjects: {@code billing} for billing.events. */
    static String ownerOf(String topic) {
        return topic.substring(0, topic.indexOf('.'));
    }
}
