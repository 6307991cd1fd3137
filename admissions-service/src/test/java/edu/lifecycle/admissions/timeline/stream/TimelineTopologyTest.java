package edu.lifecycle.admissions.timeline.stream;

import static edu.lifecycle.admissions.Events.ISD;
import static edu.lifecycle.admissions.Events.YEAR;
import static edu.lifecycle.admissions.Events.accountOpened;
import static edu.lifecycle.admissions.Events.assessedEligible;
import static edu.lifecycle.admissions.Events.assessedIneligible;
import static edu.lifecycle.admissions.Events.at;
import static edu.lifecycle.admissions.Events.courseGraded;
import static edu.lifecycle.admissions.Events.creditRefunded;
import static edu.lifecycle.admissions.Events.dissertationSubmitted;
import static edu.lifecycle.admissions.Events.enrolled;
import static edu.lifecycle.admissions.Events.eventIdOf;
import static edu.lifecycle.admissions.Events.experienceMet;
import static edu.lifecycle.admissions.Events.overriddenToEligible;
import static edu.lifecycle.admissions.Events.paidDeposit;
import static edu.lifecycle.admissions.Events.submitted;
import static edu.lifecycle.admissions.Events.workStudySigned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import edu.lifecycle.admissions.ReadModelsDriver;
import edu.lifecycle.admissions.timeline.StudentTimeline;
import edu.lifecycle.admissions.timeline.TimelineEntry;
import edu.lifecycle.registry.serde.GenericAvroSerde;
import edu.lifecycle.registry.serde.KafkaAvroSerDeConfig;
import edu.lifecycle.registry.serde.subject.TopicRecordNameStrategy;
import edu.lifecycle.schemas.EventCatalog;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimelineTopologyTest {

    private final ReadModelsDriver driver = new ReadModelsDriver();

    @AfterEach
    void close() {
        driver.close();
    }

    @Test
    void listsEveryEventAboutAStudentFromAllFourTopicsInTheOrderTheyOccurred() {
        // placement and billing are read before admissions: arrival order is not the timeline's order
        driver.publish(workStudySigned("stu-1"), accountOpened("stu-1"), paidDeposit("stu-1"));
        driver.publish(courseGraded("stu-1", "ISD-LOAC", "13.00"));
        driver.publish(submitted("stu-1", ISD, YEAR), assessedEligible("stu-1"), enrolled("stu-1", ISD, YEAR));

        assertThat(timelineOf("stu-1").entries())
                .extracting(TimelineEntry::type, TimelineEntry::topic)
                .containsExactly(
                        tuple("ApplicationSubmitted", EventCatalog.ADMISSIONS_EVENTS.name()),
                        tuple("EligibilityAssessed", EventCatalog.ADMISSIONS_EVENTS.name()),
                        tuple("StudentEnrolled", EventCatalog.ADMISSIONS_EVENTS.name()),
                        tuple("TuitionAccountOpened", EventCatalog.BILLING_EVENTS.name()),
                        tuple("PaymentReceived", EventCatalog.BILLING_EVENTS.name()),
                        tuple("WorkStudyContractSigned", EventCatalog.PLACEMENT_EVENTS.name()),
                        tuple("CourseGradeRecorded", EventCatalog.CURRICULUM_EVENTS.name()));
    }

    @Test
    void eventsOfTheSameInstantAreOrderedByTopicThenByPositionInTheTopic() {
        String instant = "2026-09-01T08:00:00Z";
        var experience = at(instant, experienceMet("stu-1"));
        var firstOnAdmissions = at(instant, submitted("stu-1", ISD, YEAR));
        var account = at(instant, accountOpened("stu-1"));
        var secondOnAdmissions = at(instant, assessedEligible("stu-1"));

        driver.publish(experience, firstOnAdmissions, account, secondOnAdmissions);

        assertThat(timelineOf("stu-1").entries())
                .extracting(TimelineEntry::eventId)
                .containsExactly(
                        eventIdOf(firstOnAdmissions),
                        eventIdOf(secondOnAdmissions),
                        eventIdOf(account),
                        eventIdOf(experience));
    }

    @Test
    void aRedeliveredEventAppearsOnce() {
        var submission = submitted("stu-1", ISD, YEAR);
        var payment = paidDeposit("stu-1");

        driver.publish(submission, payment, submission, payment);

        assertThat(timelineOf("stu-1").entries())
                .extracting(TimelineEntry::eventId)
                .containsExactly(eventIdOf(submission), eventIdOf(payment));
    }

    @Test
    void entriesSayWhatHappenedAndWhenWithoutNamingAnyone() {
        var enrollment = enrolled("stu-1", ISD, YEAR);
        driver.publish(assessedIneligible("stu-1"), overriddenToEligible("stu-1"));
        driver.publish(enrollment, paidDeposit("stu-1"), dissertationSubmitted("stu-1"));

        StudentTimeline timeline = timelineOf("stu-1");

        assertThat(timeline.entries())
                .filteredOn(entry -> entry.eventId().equals(eventIdOf(enrollment)))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.occurredAt()).isEqualTo(enrollment.getOccurredAt());
                    assertThat(entry.summary())
                            .isEqualTo("Enrolled in M2-ISD for 2026-2027, professional stream, initial scheme, "
                                    + "registered on 2026-09-01.");
                });
        assertThat(timeline.entries())
                .extracting(TimelineEntry::summary)
                .contains("Assessed ineligible: insufficient ects (240 ECTS required).")
                .anySatisfy(summary -> assertThat(summary).startsWith("Payment of 1500.00 EUR received by card"))
                .noneSatisfy(summary -> assertThat(summary).contains("staff-042"))
                .noneSatisfy(summary -> assertThat(summary).contains("Durand"));
    }

    @Test
    void aRefundOfCreditIsToldInWords() {
        driver.publish(paidDeposit("stu-1"), creditRefunded("stu-1", "250.00"));

        assertThat(timelineOf("stu-1").entries())
                .extracting(TimelineEntry::summary)
                .contains("Refunded 250.00 EUR of credit to the student (reference refund-stu-1).");
    }

    @Test
    void keepsEachStudentsEventsApart() {
        driver.publish(submitted("stu-1", ISD, YEAR), submitted("stu-2", ISD, YEAR), assessedEligible("stu-2"));

        assertThat(timelineOf("stu-1").entries()).hasSize(1);
        assertThat(timelineOf("stu-2").entries()).hasSize(2);
        assertThat(TimelineQuery.of(driver.store(TimelineStores.TIMELINES), "stu-3"))
                .isEmpty();
    }

    @Test
    void anEventTypeAddedAfterThisServiceWasBuiltIsDeadLetteredAndTheTimelineGoesOn() {
        try (var deadLettering = ReadModelsDriver.atLeastOnce()) {
            byte[] unknownType = scholarshipGranted(deadLettering, "stu-1");

            deadLettering.publishRaw(deadLettering.topics().billingEvents(), "stu-1", unknownType);
            deadLettering.publish(paidDeposit("stu-1"));

            assertThat(TimelineQuery.of(deadLettering.store(TimelineStores.TIMELINES), "stu-1"))
                    .hasValueSatisfying(timeline -> assertThat(timeline.entries())
                            .extracting(TimelineEntry::type)
                            .containsExactly("PaymentReceived"));
            assertThat(deadLettering
                            .deadLettersOf(deadLettering.topics().billingEvents())
                            .get(0)
                            .value())
                    .as("kept for when this service knows the type, not lost")
                    .isEqualTo(unknownType);
        }
    }

    @Test
    void anUnreadableRecordIsDeadLetteredAndTheTimelineGoesOn() {
        try (var deadLettering = ReadModelsDriver.atLeastOnce()) {
            byte[] poison = "not an avro event".getBytes(StandardCharsets.UTF_8);

            deadLettering.publishRaw(deadLettering.topics().events(), "stu-1", poison);
            deadLettering.publish(submitted("stu-1", ISD, YEAR));

            assertThat(TimelineQuery.of(deadLettering.store(TimelineStores.TIMELINES), "stu-1"))
                    .hasValueSatisfying(
                            timeline -> assertThat(timeline.entries()).hasSize(1));
            assertThat(deadLettering
                            .deadLettersOf(deadLettering.topics().events())
                            .get(0)
                            .value())
                    .isEqualTo(poison);
        }
    }

    private StudentTimeline timelineOf(String studentId) {
        return TimelineQuery.of(driver.store(TimelineStores.TIMELINES), studentId)
                .orElseThrow(() -> new AssertionError("no timeline for " + studentId));
    }

    /** What a newer billing-service would write: a type this service has no class for, under the topic's strategy. */
    private static byte[] scholarshipGranted(ReadModelsDriver driver, String studentId) {
        Schema schema = SchemaBuilder.record("ScholarshipGranted")
                .namespace("edu.lifecycle.events.billing")
                .fields()
                .requiredString("eventId")
                .name("occurredAt")
                .type(LogicalTypes.timestampMillis().addToSchema(Schema.create(Schema.Type.LONG)))
                .noDefault()
                .requiredString("studentId")
                .endRecord();
        GenericRecord granted = new GenericData.Record(schema);
        granted.put("eventId", UUID.randomUUID().toString());
        granted.put("occurredAt", Instant.parse("2026-10-01T00:00:00Z").toEpochMilli());
        granted.put("studentId", studentId);
        try (var serde = new GenericAvroSerde()) {
            serde.configure(
                    Map.of(
                            KafkaAvroSerDeConfig.SCHEMA_REGISTRY_URL_CONFIG,
                            driver.registryUrl(),
                            KafkaAvroSerDeConfig.VALUE_SUBJECT_NAME_STRATEGY,
                            TopicRecordNameStrategy.class),
                    false);
            return serde.serializer().serialize(driver.topics().billingEvents().name(), granted);
        }
    }
}
