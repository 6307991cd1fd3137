package edu.lifecycle.curriculum.it;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.curriculum.CurriculumApplication;
import edu.lifecycle.curriculum.Events;
import edu.lifecycle.curriculum.topics.CurriculumTopics;
import edu.lifecycle.events.curriculum.CourseGradeRecorded;
import edu.lifecycle.events.curriculum.DegreeAwarded;
import edu.lifecycle.events.curriculum.DissertationDefended;
import edu.lifecycle.events.curriculum.TranscriptOpened;
import edu.lifecycle.localstack.backbone.Principals;
import edu.lifecycle.servicekit.stream.StreamsRuntime;
import edu.lifecycle.testing.KafkaStack;
import edu.lifecycle.testing.RunningService;
import edu.lifecycle.testing.StackEndpoints;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The curriculum through HTTP against a real broker and registry: admissions' enrollment opens a transcript, grades
 * and the dissertation go through REST, placement's and billing's events complete the conditions, and the degree is
 * awarded once; the read models answer over HTTP.
 */
@KafkaStack
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CurriculumIntegrationTest {

    private static final List<String> COURSES = List.of(
            "CC-01", "CC-02", "CC-03", "CC-04", "CC-05", "CC-06", "CC-07", "ISD-01", "ISD-02", "ISD-03", "ISD-04",
            "ISD-05", "ISD-06", "ISD-07", "ISD-08", "ISD-09", "ISD-10", "ISD-11", "ISD-12");

    private RunningService curriculum;
    private StackEndpoints stack;

    @BeforeAll
    void start(StackEndpoints endpoints) {
        stack = endpoints;
        curriculum = RunningService.start(
                CurriculumApplication::builder,
                stack,
                "curriculum-" + UUID.randomUUID().toString().substring(0, 8),
                context -> context.getBean(StreamsRuntime.class).state() == KafkaStreams.State.RUNNING,
                List.of());
    }

    @AfterAll
    void stop() {
        if (curriculum != null) {
            curriculum.close();
        }
    }

    @Test
    void fromEnrollmentToTheDegreeWhenPlacementAndBillingReportTheLastConditions() {
        publish("admissions.events", Events.studentEnrolled("stu-a"));
        var opened = awaitTranscript("stu-a", reply -> "OPEN".equals(reply.text("status")));
        assertThat(opened.body().get("requiredEcts").asInt()).isEqualTo(60);
        assertThat(opened.body().get("courses")).hasSize(19);

        for (String course : COURSES) {
            var graded = curriculum.post("/api/v1/transcripts/stu-a/grades", grade(course, "15", "FIRST"));
            assertThat(graded.status()).as("grading %s: %s", course, graded).isEqualTo(200);
        }
        var resit = curriculum.post("/api/v1/transcripts/stu-a/grades", grade("CC-01", "16", "RESIT"));
        assertThat(resit.status()).isEqualTo(409);
        assertThat(resit.contentType()).startsWith("application/problem+json");
        assertThat(resit.text("rule")).isEqualTo("resit-requires-failed-first-session");

        var earlyDefense = curriculum.post("/api/v1/transcripts/stu-a/dissertation/defense", defense(2));
        assertThat(earlyDefense.text("rule")).isEqualTo("defense-requires-submission");
        var submitted = curriculum.post(
                "/api/v1/transcripts/stu-a/dissertation",
                "{\"title\":\"Private military companies in the Sahel\",\"supervisor\":\"Prof. Dubois\"}");
        assertThat(submitted.status()).isEqualTo(201);
        var juryOfOne = curriculum.post(
                "/api/v1/transcripts/stu-a/dissertation/defense",
                "{\"defenseAt\":\"" + inDays(3) + "\",\"room\":\"Amphi A\",\"jury\":[\"Prof. Dubois\"]}");
        assertThat(juryOfOne.status()).isEqualTo(422);
        assertThat(juryOfOne.text("rule")).isEqualTo("defense-jury-too-small");
        var inThePast = curriculum.post("/api/v1/transcripts/stu-a/dissertation/defense", defense(-1));
        assertThat(inThePast.text("rule")).isEqualTo("defense-in-the-past");
        var implausible = curriculum.post(
                "/api/v1/transcripts/stu-a/dissertation/defense",
                "{\"defenseAt\":\"9999-06-25T09:00:00Z\",\"room\":\"Amphi A\",\"jury\":[\"Prof. Dubois\",\"Dr Roy\"]}");
        assertThat(implausible.status()).isEqualTo(400);
        assertThat(implausible.body().get("errors").get(0).get("field").asText())
                .isEqualTo("defenseAt");
        var scheduled = curriculum.post("/api/v1/transcripts/stu-a/dissertation/defense", defense(3));
        assertThat(scheduled.status()).isEqualTo(200);

        var calendar = curriculum.await(
                "/api/v1/defenses",
                reply -> reply.status() == 200
                        && reply.body().get("defenses").toString().contains("stu-a"));
        assertThat(calendar.body().get("defenses").get(0).get("room").asText()).isEqualTo("Amphi A");
        assertThat(calendar.body().get("defenses").get(0).get("status").asText())
                .isEqualTo("SCHEDULED");

        var tooEarly = curriculum.post("/api/v1/transcripts/stu-a/dissertation/defense/result", "{\"mark\":16}");
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.text("rule")).isEqualTo("defense-not-yet-held");
        // Moved to a few seconds from now, the defense is held by the time the jury's mark is sent again.
        var soon = Instant.now().plusSeconds(3);
        var moved = curriculum.put(
                "/api/v1/transcripts/stu-a/dissertation/defense",
                "{\"defenseAt\":\"%s\",\"room\":\"Room B-204\",\"jury\":[\"Prof. Dubois\",\"Mme Leroy\"]}"
                        .formatted(soon));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.body().get("dissertation").get("defense").get("room").asText())
                .isEqualTo("Room B-204");
        var tooPrecise = curriculum.post("/api/v1/transcripts/stu-a/dissertation/defense/result", "{\"mark\":16.005}");
        assertThat(tooPrecise.status()).isEqualTo(400);
        assertThat(tooPrecise.body().get("errors").get(0).get("field").asText()).isEqualTo("mark");

        var defended = awaitAccepted("/api/v1/transcripts/stu-a/dissertation/defense/result", "{\"mark\":16}");
        assertThat(defended.body().get("ectsEarned").asInt()).isEqualTo(60);
        assertThat(defended.text("status")).isEqualTo("OPEN");

        var settled = Events.tuitionSettled("stu-a");
        publish("billing.events", settled);
        publish("placement.events", Events.experienceRequirementMet("stu-a"));

        // (50 ECTS × 15 + 10 × 16) / 60 = 15.17
        var graduated = awaitTranscript("stu-a", reply -> "GRADUATED".equals(reply.text("status")));
        assertThat(graduated.body().get("degree").get("average").decimalValue()).isEqualByComparingTo("15.17");
        assertThat(graduated.body().get("degree").get("mention").asText()).isEqualTo("BIEN");

        var checklist = curriculum.await(
                "/api/v1/students/stu-a/graduation-checklist",
                reply -> reply.status() == 200 && reply.text("degreeMention") != null);
        for (String condition : List.of("ects", "dissertation", "experience", "tuition")) {
            assertThat(checklist.body().get(condition).get("holds").asBoolean())
                    .as(condition)
                    .isTrue();
        }
        assertThat(checklist.body().get("tuition").get("eventId").asText()).isEqualTo(settled.getEventId());
        assertThat(checklist.body().get("experience").get("event").asText()).isEqualTo("ExperienceRequirementMet");

        // Graduation readiness lists the graduate with nothing missing (its programme year's list follows the
        // checklist through a repartition, so it is awaited like the other programme-year views).
        var readiness = curriculum.await(
                "/api/v1/programmes/M2-ISD/years/2026-2027/graduation-readiness",
                reply -> reply.status() == 200
                        && reply.body().get("items").toString().contains("\"degreeAwarded\":true"));
        var lines = readiness.body().get("items").toString();
        assertThat(lines).contains("\"studentId\":\"stu-a\"").contains("\"missing\":[]");
        assertThat(lines).contains("\"degreeAwarded\":true");

        var results = curriculum.await(
                "/api/v1/programmes/M2-ISD/years/2026-2027/results",
                reply -> reply.status() == 200
                        && reply.body().get("degreesAwarded").asInt() == 1);
        assertThat(results.body().get("degreesByMention").get("BIEN").asInt()).isEqualTo(1);
        assertThat(curriculum.get("/api/v1/defenses").body().get("defenses").toString())
                .doesNotContain("stu-a");

        var events = readUntil("stu-a", records -> records.stream().anyMatch(DegreeAwarded.class::isInstance));
        assertThat(events).filteredOn(DegreeAwarded.class::isInstance).hasSize(1);
        assertThat(events).filteredOn(TranscriptOpened.class::isInstance).hasSize(1);
        // The defense result was entered by the signed-in registrar: the event names their staff id, no one else.
        assertThat(events)
                .filteredOn(DissertationDefended.class::isInstance)
                .singleElement()
                .satisfies(defense -> assertThat(((DissertationDefended) defense).getStaffId())
                        .isEqualTo("registrar"));
        assertThat(graduated.body().toString()).doesNotContain("registrar");
    }

    @Test
    void aGradeIsRecordedUnderTheSignedInRegistrar() {
        publish("admissions.events", Events.studentEnrolled("stu-g"));
        awaitTranscript("stu-g", reply -> "OPEN".equals(reply.text("status")));

        var graded =
                curriculum.asUser("registrar").post("/api/v1/transcripts/stu-g/grades", grade("CC-01", "13", "FIRST"));
        assertThat(graded.status()).as(graded.toString()).isEqualTo(200);
        assertThat(graded.body().toString()).doesNotContain("registrar");

        var events = readUntil("stu-g", records -> records.stream().anyMatch(CourseGradeRecorded.class::isInstance));
        assertThat(events)
                .filteredOn(CourseGradeRecorded.class::isInstance)
                .singleElement()
                .satisfies(grade ->
                        assertThat(((CourseGradeRecorded) grade).getStaffId()).isEqualTo("registrar"));
    }

    @Test
    void aWithdrawalClosesTheTranscriptAndGradesAreRefused() {
        publish("admissions.events", Events.studentEnrolled("stu-w"));
        awaitTranscript("stu-w", reply -> "OPEN".equals(reply.text("status")));

        publish("admissions.events", Events.enrollmentWithdrawn("stu-w"));
        awaitTranscript("stu-w", reply -> "CLOSED".equals(reply.text("status")));

        var refused = curriculum.post("/api/v1/transcripts/stu-w/grades", grade("CC-01", "12", "FIRST"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("rule")).isEqualTo("transcript-closed");
    }

    @Test
    void malformedInputIsRefusedWithAProblemNamingEachBadField() {
        var refused = curriculum.post("/api/v1/transcripts/stu-x/grades", "{\"mark\":25}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().toString())
                .contains("courseCode")
                .contains("mark")
                .contains("session");

        var badSession = curriculum.post("/api/v1/transcripts/stu-x/grades", grade("CC-01", "12", "THIRD"));
        assertThat(badSession.status()).isEqualTo(400);

        var badYear = curriculum.get("/api/v1/programmes/M2-ISD/years/next-year/results");
        assertThat(badYear.status()).isEqualTo(400);

        var unknownProgramme = curriculum.get("/api/v1/programmes/M2-XYZ/years/2026-2027/results");
        assertThat(unknownProgramme.status()).isEqualTo(404);
        assertThat(unknownProgramme.contentType()).startsWith("application/problem+json");
        assertThat(unknownProgramme.text("rule")).isEqualTo("programme-unknown");
        var yearNotOpen =
                curriculum.await("/api/v1/programmes/M2-ISD/years/2031-2032/results", reply -> reply.status() != 503);
        assertThat(yearNotOpen.status()).isEqualTo(404);
        assertThat(yearNotOpen.text("rule")).isEqualTo("academic-year-not-open");
        var openYearWithoutStudents =
                curriculum.await("/api/v1/programmes/M2-ISD/years/2027-2028/results", reply -> reply.status() != 503);
        assertThat(openYearWithoutStudents.status()).isEqualTo(200);
        assertThat(openYearWithoutStudents.body().get("students").asInt()).isZero();

        // Graduation readiness reads its path by the same rule.
        assertThat(curriculum
                        .get("/api/v1/programmes/M2-ISD/years/next-year/graduation-readiness")
                        .status())
                .isEqualTo(400);
        var readinessUnknownProgramme =
                curriculum.get("/api/v1/programmes/M2-XYZ/years/2026-2027/graduation-readiness");
        assertThat(readinessUnknownProgramme.status()).isEqualTo(404);
        assertThat(readinessUnknownProgramme.text("rule")).isEqualTo("programme-unknown");
        var readinessYearNotOpen = curriculum.await(
                "/api/v1/programmes/M2-ISD/years/2031-2032/graduation-readiness", reply -> reply.status() != 503);
        assertThat(readinessYearNotOpen.status()).isEqualTo(404);
        assertThat(readinessYearNotOpen.text("rule")).isEqualTo("academic-year-not-open");
        var readinessOpenYear = curriculum.await(
                "/api/v1/programmes/M2-ISD/years/2027-2028/graduation-readiness", reply -> reply.status() != 503);
        assertThat(readinessOpenYear.status()).isEqualTo(200);
        assertThat(readinessOpenYear.body().get("items").size()).isZero();

        var unknown = curriculum.get("/api/v1/transcripts/nobody");
        assertThat(unknown.status()).isEqualTo(404);

        var badStudent = curriculum.post("/api/v1/transcripts/no%20body/grades", grade("CC-01", "12", "FIRST"));
        assertThat(badStudent.status()).isEqualTo(400);
    }

    @Test
    void theApiIsDescribedInOpenApi() {
        var api = curriculum.get("/v3/api-docs");

        assertThat(api.status()).isEqualTo(200);
        assertThat(api.body().get("paths").toString())
                .contains("/api/v1/transcripts/{studentId}/grades")
                .contains("/api/v1/defenses")
                .contains("/api/v1/students/{studentId}/graduation-checklist")
                .contains("/api/v1/programmes/{programme}/years/{year}/results")
                .contains("/api/v1/programmes/{programme}/years/{year}/graduation-readiness");
    }

    /** Posts until the command is accepted, as a jury's secretary would retry once the defense has been held. */
    /** Posts as the signed-in registrar until the defense has been held. */
    private RunningService.Reply awaitAccepted(String path, String body) {
        var registrar = curriculum.asUser("registrar");
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        var reply = registrar.post(path, body);
        while (reply.status() == 409 && "defense-not-yet-held".equals(reply.text("rule"))) {
            assertThat(Instant.now()).as("still refused: %s", reply).isBefore(deadline);
            java.util.concurrent.locks.LockSupport.parkNanos(
                    Duration.ofMillis(200).toNanos());
            reply = registrar.post(path, body);
        }
        return reply;
    }

    private RunningService.Reply awaitTranscript(String student, Predicate<RunningService.Reply> condition) {
        return curriculum.await(
                "/api/v1/transcripts/" + student, reply -> reply.status() == 200 && condition.test(reply));
    }

    /** Publishes another service's event as that service would, logged in as it. */
    private void publish(String topic, SpecificRecord event) {
        var key = event.get(event.getSchema().getField("studentId").pos()).toString();
        curriculum.publish(topic, key, event);
    }

    /** Reads a student's {@code curriculum.events} of the run as a subscriber until they satisfy the condition. */
    private List<SpecificRecord> readUntil(String student, Predicate<List<SpecificRecord>> done) {
        var deserializer =
                curriculum.bean(CurriculumTopics.class).events().valueSerde().deserializer();
        Map<String, Object> config = stack.readerConsumer(Principals.SUBSCRIBER);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        var events = new ArrayList<SpecificRecord>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), deserializer)) {
            consumer.subscribe(List.of(curriculum.topic("curriculum.events")));
            var deadline = Instant.now().plus(Duration.ofSeconds(20));
            while (!done.test(events) && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (record.key().equals(student)) {
                        events.add(record.value());
                    }
                });
            }
        }
        return events;
    }

    private static String grade(String course, String mark, String session) {
        return "{\"courseCode\":\"%s\",\"mark\":%s,\"session\":\"%s\"}".formatted(course, mark, session);
    }

    private static String defense(int days) {
        return "{\"defenseAt\":\"%s\",\"room\":\"Amphi A\",\"jury\":[\"Prof. Dubois\",\"Dr Roy\"]}"
                .formatted(inDays(days));
    }

    private static Instant inDays(int days) {
        return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    }
}
