package edu.lifecycle.admissions.it;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.admissions.AdmissionsApplication;
import edu.lifecycle.admissions.application.stream.AdmissionDecisionCommandIds;
import edu.lifecycle.admissions.topics.AdmissionsTopics;
import edu.lifecycle.events.admissions.AdmissionDecided;
import edu.lifecycle.events.admissions.EligibilityOverridden;
import edu.lifecycle.events.admissions.EnrollmentWithdrawn;
import edu.lifecycle.events.admissions.EntranceExamGraded;
import edu.lifecycle.events.billing.TuitionSettled;
import edu.lifecycle.events.curriculum.DegreeAwarded;
import edu.lifecycle.events.curriculum.Mention;
import edu.lifecycle.events.placement.ExperienceRequirementMet;
import edu.lifecycle.localstack.backbone.Principals;
import edu.lifecycle.servicekit.stream.StreamsRuntime;
import edu.lifecycle.testing.KafkaStack;
import edu.lifecycle.testing.RunningService;
import edu.lifecycle.testing.StackEndpoints;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The admissions path through HTTP against a real broker and registry: application, eligibility, exam, admission
 * within capacity, enrollment, withdrawal with waitlist promotion, and erasure of personal data.
 */
@KafkaStack
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdmissionsIntegrationTest {

    private static final String YEAR = "2026-2027";
    private static final String NEXT_YEAR = "2027-2028";

    private RunningService admissions;
    private StackEndpoints stack;

    @BeforeAll
    void start(StackEndpoints endpoints) {
        stack = endpoints;
        // One seat in M2-ISD, so the second admission is waitlisted.
        admissions = RunningService.start(
                AdmissionsApplication::builder,
                stack,
                "admissions-" + UUID.randomUUID().toString().substring(0, 8),
                context -> context.getBean(StreamsRuntime.class).state() == KafkaStreams.State.RUNNING,
                List.of(
                        "--lifecycle.admissions.programmes[0].id=M2-ISD",
                        "--lifecycle.admissions.programmes[0].title=International Security and Defense",
                        "--lifecycle.admissions.programmes[0].minimum-ects=240",
                        "--lifecycle.admissions.programmes[0].streams=RESEARCH,PROFESSIONAL",
                        "--lifecycle.admissions.programmes[0].schemes=INITIAL,APPRENTICESHIP",
                        "--lifecycle.admissions.programmes[0].capacities[" + YEAR + "]=1",
                        "--lifecycle.admissions.programmes[0].capacities[" + NEXT_YEAR + "]=30",
                        // M2-ISI has no seat limit, so its students are admitted whatever the other tests do.
                        "--lifecycle.admissions.programmes[1].id=M2-ISI",
                        "--lifecycle.admissions.programmes[1].title=International Strategic Intelligence",
                        "--lifecycle.admissions.programmes[1].minimum-ects=240",
                        "--lifecycle.admissions.programmes[1].streams=RESEARCH,PROFESSIONAL",
                        "--lifecycle.admissions.programmes[1].schemes=INITIAL,APPRENTICESHIP",
                        "--lifecycle.admissions.programmes[1].capacities[" + YEAR + "]=unlimited",
                        "--lifecycle.admissions.programmes[1].capacities[" + NEXT_YEAR + "]=unlimited",
                        "--lifecycle.calendar.open-years=" + YEAR + "," + NEXT_YEAR));
    }

    @AfterAll
    void stop() {
        if (admissions != null) {
            admissions.close();
        }
    }

    @Test
    void fromApplicationToEnrollmentAndWithdrawalWithWaitlistPromotion() {
        var submitted = admissions.post("/api/v1/applications", application("stu-a", 240, "Alice Durand"));
        assertThat(submitted.status()).isEqualTo(201);
        assertThat(submitted.location()).isEqualTo("/api/v1/applications/stu-a");
        assertThat(submitted.text("status")).isEqualTo("ELIGIBLE");
        assertThat(submitted.body().toString())
                .as("outcomes are kept in Kafka, so they carry no personal data")
                .doesNotContain("Alice");
        admissions.post("/api/v1/applications", application("stu-b", 300, "Bruno Petit"));
        admissions.post("/api/v1/applications", application("stu-c", 240, "Chloé Moreau"));

        grade("stu-a", "15.00", "15.00");
        grade("stu-b", "12.00", "12.00");
        grade("stu-c", "14.00", "14.00");

        assertThat(decide("stu-a", "ADMITTED").text("status")).isEqualTo("ADMITTED");
        assertThat(decide("stu-b", "ADMITTED").text("status")).isEqualTo("WAITLISTED");
        var waitlisted = decide("stu-c", "ADMITTED");
        assertThat(waitlisted.text("status"))
                .as("the answer is the intake's decision")
                .isEqualTo("WAITLISTED");
        assertThat(waitlisted.body().get("admission").get("reason").asText()).isEqualTo("capacity reached");

        var enrolled = admissions.post(
                "/api/v1/applications/stu-a/enrollment", "{\"stream\":\"PROFESSIONAL\",\"scheme\":\"INITIAL\"}");
        assertThat(enrolled.status()).isEqualTo(201);
        assertThat(enrolled.text("status")).isEqualTo("ENROLLED");

        var refused = admissions.post(
                "/api/v1/applications/stu-b/enrollment", "{\"stream\":\"RESEARCH\",\"scheme\":\"INITIAL\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("rule")).isEqualTo("enrollment-requires-admission");

        var withdrawn =
                admissions.post("/api/v1/applications/stu-a/withdrawal", "{\"reason\":\"accepted a job offer\"}");
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.text("status")).isEqualTo("WITHDRAWN");

        // The freed seat goes to the best-graded waitlisted applicant: C (28/40) before B (24/40).
        var promoted = awaitStatus("stu-c", "ADMITTED");
        assertThat(promoted.body().get("admission").get("promotedAt").isNull()).isFalse();
        assertThat(admissions.get("/api/v1/applications/stu-b").text("status")).isEqualTo("WAITLISTED");
        var intake = admissions.get("/api/v1/programmes/M2-ISD/years/" + YEAR + "/intake");
        assertThat(intake.body().get("seatHolders").toString()).isEqualTo("[\"stu-c\"]");
        assertThat(intake.body().get("waitlist").toString()).isEqualTo("[\"stu-b\"]");

        // C: submitted, assessed, graded, waitlisted, promoted.
        var events = readUntil(
                "admissions.events",
                records -> records.stream()
                                .filter(record -> record.key().equals("stu-c"))
                                .count()
                        >= 5);
        assertThat(events).extracting(ConsumerRecord::key).contains("stu-a", "stu-b", "stu-c");
        assertThat(events)
                .allSatisfy(event -> assertThat(new String(event.value(), StandardCharsets.ISO_8859_1))
                        .doesNotContain("Alice")
                        .doesNotContain("@example.org"));
    }

    @Test
    void eachDecisionIsRecordedUnderTheSignedInStaffIdWhichNoBodyCanSetAndNoReadModelShows() {
        var officer = admissions.asUser("admissions-officer");
        assertThat(officer.post("/api/v1/applications", application("stu-o", 180, "Odile Marchand", "M2-ISI", YEAR))
                        .text("status"))
                .isEqualTo("INELIGIBLE");

        var named = officer.post(
                "/api/v1/applications/stu-o/eligibility-override",
                "{\"eligible\":true,\"reason\":\"Equivalent experience\",\"officer\":\"someone-else\"}");
        assertThat(named.status()).as(named.toString()).isEqualTo(400);
        assertThat(named.contentType()).startsWith("application/problem+json");
        assertThat(named.body().get("errors").get(0).get("field").asText()).isEqualTo("officer");
        assertThat(named.body().get("errors").get(0).get("message").asText())
                .isEqualTo("must not be sent: the officer is the signed-in caller");

        var overridden = officer.post(
                "/api/v1/applications/stu-o/eligibility-override",
                "{\"eligible\":true,\"reason\":\"Equivalent experience\"}");
        assertThat(overridden.status()).as(overridden.toString()).isEqualTo(200);
        assertThat(overridden.text("status")).isEqualTo("ELIGIBLE");
        assertThat(officer.post("/api/v1/applications/stu-o/exam", "{\"writtenMark\":14,\"interviewMark\":15}")
                        .status())
                .isEqualTo(200);
        assertThat(officer.post("/api/v1/applications/stu-o/decision", "{\"decision\":\"ADMITTED\"}")
                        .text("status"))
                .isEqualTo("ADMITTED");
        assertThat(officer.post("/api/v1/applications/stu-o/withdrawal", "{\"reason\":\"moved abroad\"}")
                        .text("status"))
                .isEqualTo("WITHDRAWN");

        var decisions =
                readEventsUntil("stu-o", events -> events.stream().anyMatch(EnrollmentWithdrawn.class::isInstance));
        assertThat(decisions)
                .filteredOn(EligibilityOverridden.class::isInstance)
                .singleElement()
                .satisfies(event -> {
                    var override = (EligibilityOverridden) event;
                    assertThat(override.getStaffId()).isEqualTo("admissions-officer");
                    assertThat(override.getOverriddenBy()).isEqualTo("admissions-officer");
                });
        assertThat(decisions)
                .filteredOn(event -> event instanceof EntranceExamGraded
                        || event instanceof AdmissionDecided
                        || event instanceof EnrollmentWithdrawn)
                .hasSize(3)
                .allSatisfy(event -> assertThat(
                                event.get(event.getSchema().getField("staffId").pos()))
                        .as("staffId of %s", event.getSchema().getName())
                        .isEqualTo("admissions-officer"));

        // Staff ids stay in the events: the application and the timeline name no one.
        assertThat(officer.get("/api/v1/applications/stu-o").body().toString()).doesNotContain("admissions-officer");
        var timeline = admissions.await(
                "/api/v1/students/stu-o/timeline",
                reply -> reply.status() == 200 && reply.body().toString().contains("Withdrew"));
        assertThat(timeline.body().toString()).doesNotContain("admissions-officer");
    }

    @Test
    void anIneligibleApplicantCannotBeGradedAndTheRuleIsNamed() {
        var submitted = admissions.post("/api/v1/applications", application("stu-x", 180, "Xavier Roux"));
        assertThat(submitted.text("status")).isEqualTo("INELIGIBLE");
        assertThat(submitted.body().get("eligibility").get("reasons").toString())
                .isEqualTo("[\"INSUFFICIENT_ECTS\"]");

        var refused = admissions.post("/api/v1/applications/stu-x/exam", "{\"writtenMark\":12.5,\"interviewMark\":13}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("rule")).isEqualTo("exam-requires-eligibility");
    }

    @Test
    void anAdmittedApplicantMayEnrollTheMomentTheDecisionIsAnswered() {
        admissions.post("/api/v1/applications", application("stu-d", 240, "Diane Faure", "M2-ISI", YEAR));
        grade("stu-d", "13.00", "14.00");

        var decided = admissions.post("/api/v1/applications/stu-d/decision", "{\"decision\":\"ADMITTED\"}");

        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.text("status"))
                .as("never a 200 that is not the outcome")
                .isEqualTo("ADMITTED");
        var enrolled = admissions.post(
                "/api/v1/applications/stu-d/enrollment", "{\"stream\":\"PROFESSIONAL\",\"scheme\":\"INITIAL\"}");
        assertThat(enrolled.status())
                .as("enrolling right after the decision: %s", enrolled)
                .isEqualTo(201);
        assertThat(enrolled.text("status")).isEqualTo("ENROLLED");
    }

    @Test
    void theStatusUrlOfAFinalDecisionThatWillNeverBeTakenTellsOfTheRefusedRequest() {
        // A decision request outliving the wait answers 202 with the final decision's status URL; were the request
        // refused meanwhile, that URL must say so rather than "unknown" for ever.
        admissions.post("/api/v1/applications", application("stu-u", 240, "Ugo Marchand", "M2-ISI", YEAR));
        var refused = admissions.post("/api/v1/applications/stu-u/decision", "{\"decision\":\"ADMITTED\"}");
        assertThat(refused.status()).as("deciding before grading: %s", refused).isEqualTo(409);

        var finalDecision = admissions.get(
                "/api/v1/commands/" + AdmissionDecisionCommandIds.finalDecisionOfRequest(refused.text("commandId")));

        assertThat(finalDecision.status()).as("%s", finalDecision).isEqualTo(200);
        assertThat(finalDecision.text("commandId")).isEqualTo(refused.text("commandId"));
        assertThat(finalDecision.text("status")).isEqualTo("REJECTED");
        assertThat(finalDecision.body().get("rejection").get("rule").asText()).isEqualTo(refused.text("rule"));
        assertThat(admissions
                        .get("/api/v1/commands/" + AdmissionDecisionCommandIds.finalDecisionOfRequest("never-sent"))
                        .status())
                .as("a chain that never began is unknown")
                .isEqualTo(404);
    }

    @Test
    void applicationsAreTakenForEveryOpenYearAndRefusedForAnyOther() {
        var nextYear =
                admissions.post("/api/v1/applications", application("stu-n", 240, "Nina Blanc", "M2-ISD", NEXT_YEAR));
        assertThat(nextYear.status()).isEqualTo(201);
        assertThat(nextYear.text("academicYear")).isEqualTo(NEXT_YEAR);

        var notOpen = admissions.post(
                "/api/v1/applications", application("stu-o", 240, "Olivier Brun", "M2-ISD", "2030-2031"));
        assertThat(notOpen.status()).isEqualTo(422);
        assertThat(notOpen.contentType()).startsWith("application/problem+json");
        assertThat(notOpen.text("rule")).isEqualTo("academic-year-not-open");

        var implausible = admissions.post(
                "/api/v1/applications", application("stu-o", 240, "Olivier Brun", "M2-ISD", "1900-1901"));
        assertThat(implausible.status()).isEqualTo(400);
        assertThat(implausible.body().get("errors").toString()).contains("\"field\":\"academicYear\"");

        var tooManyEcts = admissions.post(
                "/api/v1/applications", application("stu-o", 99_999_999, "Olivier Brun", "M2-ISD", YEAR));
        assertThat(tooManyEcts.status()).isEqualTo(400);
        assertThat(tooManyEcts.body().get("errors").toString()).contains("\"field\":\"priorDegree.ects\"");
    }

    @Test
    void aReadModelOfAProgrammeYearThatIsNotOfferedIsNotFoundRatherThanZeros() {
        for (var path : new String[] {"/funnel", "/applications", "/roster", "/intake"}) {
            var unknownProgramme = admissions.get("/api/v1/programmes/M2-XYZ/years/" + YEAR + path);
            assertThat(unknownProgramme.status()).as(path).isEqualTo(404);
            assertThat(unknownProgramme.contentType()).startsWith("application/problem+json");
            assertThat(unknownProgramme.text("rule")).isEqualTo("programme-unknown");
            var closedYear = admissions.get("/api/v1/programmes/M2-ISD/years/2030-2031" + path);
            assertThat(closedYear.status()).as(path).isEqualTo(404);
            assertThat(closedYear.text("rule")).isEqualTo("academic-year-not-open");
            var implausibleYear = admissions.get("/api/v1/programmes/M2-ISD/years/1900-1901" + path);
            assertThat(implausibleYear.status()).as(path).isEqualTo(400);
        }

        var openButEmpty = admissions.get("/api/v1/programmes/M2-ISI/years/" + NEXT_YEAR + "/funnel");
        assertThat(openButEmpty.status()).isEqualTo(200);
        assertThat(openButEmpty.body().get("submitted").asInt()).isZero();
        var noDecisionYet = admissions.get("/api/v1/programmes/M2-ISI/years/" + NEXT_YEAR + "/intake");
        assertThat(noDecisionYet.status()).isEqualTo(200);
        assertThat(noDecisionYet.body().get("seatHolders").size()).isZero();
    }

    @Test
    void reportsItselfHealthyWhileItsTopologyRuns() {
        var health = admissions.get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text("status")).isEqualTo("UP");
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        var api = admissions.get("/v3/api-docs");

        assertThat(api.status()).isEqualTo(200);
        assertThat(api.body().get("paths").has("/api/v1/applications/{studentId}/decision"))
                .isTrue();
        assertThat(api.body().get("paths").has("/api/v1/students/{studentId}/timeline"))
                .isTrue();
        // The kit declares the Idempotency-Key once: an optional header, documented with its rule, on every command.
        var paths = api.body().get("paths");
        for (String command : List.of(
                "/api/v1/applications",
                "/api/v1/applications/{studentId}/decision",
                "/api/v1/applications/{studentId}/withdrawal",
                "/api/v1/students/{studentId}/personal-data/rectification")) {
            var parameters = paths.get(command).get("post").get("parameters");
            var header = parameters
                    .valueStream()
                    .filter(parameter -> parameter.get("name").asString().equals("Idempotency-Key"))
                    .toList();
            assertThat(header).as(command).hasSize(1);
            assertThat(header.get(0).get("in").asString()).isEqualTo("header");
            assertThat(header.get(0).get("required").asBoolean()).as(command).isFalse();
            assertThat(header.get(0).get("description").asString()).contains("1 to 100 characters");
            assertThat(header.get(0).get("schema").get("type").asString()).isEqualTo("string");
        }
        // ...and the problem responses: each read names the problems it can answer, as application/problem+json.
        assertThat(responses(paths, "/api/v1/programmes/{programme}/years/{year}/applications"))
                .containsExactlyInAnyOrder("200", "400", "404", "503");
        assertThat(responses(paths, "/api/v1/programmes/{programme}/years/{year}/roster"))
                .containsExactlyInAnyOrder("200", "400", "404");
        assertThat(responses(paths, "/api/v1/programmes/{programme}/years/{year}/intake"))
                .containsExactlyInAnyOrder("200", "404");
        assertThat(responses(paths, "/api/v1/students/{studentId}/timeline")).containsExactlyInAnyOrder("200", "404");
        var unavailable = paths.get("/api/v1/programmes/{programme}/years/{year}/applications")
                .get("get")
                .get("responses")
                .get("503");
        assertThat(unavailable.get("description").asString())
                .isEqualTo("The read model is being rebuilt or moved; retry after the Retry-After delay");
        assertThat(unavailable
                        .get("content")
                        .get("application/problem+json")
                        .get("schema")
                        .get("$ref")
                        .asString())
                .isEqualTo("#/components/schemas/ProblemDetail");
    }

    private static List<String> responses(JsonNode paths, String path) {
        return paths.get(path).get("get").get("responses").propertyNames().stream()
                .toList();
    }

    @Test
    void malformedInputIsRefusedWithAProblemNamingEachBadField() {
        var refused = admissions.post(
                "/api/v1/applications",
                "{\"studentId\":\"stu-y\",\"programme\":\"M2-ISD\",\"email\":\"not-an-email\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().toString())
                .contains("email")
                .contains("priorDegree")
                .contains("fullName")
                .contains("academicYear");

        var notJson = admissions.post("/api/v1/applications", "{\"studentId\":");
        assertThat(notJson.status()).isEqualTo(400);
    }

    @Test
    void erasingPersonalDataTombstonesTheProfileAndKeepsTheFacts() {
        admissions.post("/api/v1/applications", application("stu-e", 240, "Emma Laurent"));
        var before = admissions.get("/api/v1/applications/stu-e");
        assertThat(before.body().get("applicant").get("fullName").asText()).isEqualTo("Emma Laurent");

        // Erasure is the privacy officer's alone: the staff of admissions may not, the privacy officer may.
        assertThat(admissions.delete("/api/v1/students/stu-e/personal-data").status())
                .isEqualTo(403);
        var erased = admissions.asUser("privacy-officer").delete("/api/v1/students/stu-e/personal-data");

        assertThat(erased.status()).isEqualTo(200);
        var after = admissions.get("/api/v1/applications/stu-e");
        assertThat(after.body().get("applicant").isNull()).isTrue();
        assertThat(after.body().get("personalDataErased").asBoolean()).isTrue();
        assertThat(after.text("status")).isEqualTo("ELIGIBLE");
        var profiles = readUntil(
                        "admissions.student-profiles",
                        records -> records.stream()
                                .anyMatch(record -> record.key().equals("stu-e") && record.value() == null))
                .stream()
                .filter(record -> record.key().equals("stu-e"))
                .toList();
        assertThat(profiles).hasSize(2);
        assertThat(profiles.get(1).value()).as("tombstone").isNull();
    }

    @Test
    void theRosterAndTimelineFollowAStudentThroughTheOtherServicesEvents() throws Exception {
        admissions.post(
                "/api/v1/applications",
                application("stu-r", 240, "Rémi Garnier").replace("M2-ISD", "M2-ISI"));
        grade("stu-r", "16.00", "16.00");
        decide("stu-r", "ADMITTED");
        var enrolled = admissions.post(
                "/api/v1/applications/stu-r/enrollment", "{\"stream\":\"RESEARCH\",\"scheme\":\"INITIAL\"}");
        assertThat(enrolled.status()).isEqualTo(201);

        var at = Instant.parse("2027-07-01T10:00:00Z");
        admissions.publish(
                "billing.events",
                "stu-r",
                new TuitionSettled(UUID.randomUUID().toString(), at, "stu-r", new BigDecimal("9750.00")));
        admissions.publish(
                "placement.events",
                "stu-r",
                new ExperienceRequirementMet(
                        UUID.randomUUID().toString(),
                        at.plusSeconds(60),
                        "stu-r",
                        new BigDecimal("6.00"),
                        new BigDecimal("6.00")));
        admissions.publish(
                "curriculum.events",
                "stu-r",
                new DegreeAwarded(
                        UUID.randomUUID().toString(),
                        at.plusSeconds(120),
                        "stu-r",
                        "M2-ISI",
                        YEAR,
                        new BigDecimal("16.25"),
                        Mention.TRES_BIEN,
                        60));

        var entry = admissions.await(
                "/api/v1/students/stu-r/roster-entry",
                reply -> reply.status() == 200
                        && reply.body().get("degreeAwarded").asBoolean());
        assertThat(entry.body().get("tuitionSettled").asBoolean()).isTrue();
        assertThat(entry.body().get("experienceRequirementMet").asBoolean()).isTrue();
        assertThat(entry.text("mention")).isEqualTo("TRES_BIEN");
        assertThat(entry.text("stream")).isEqualTo("RESEARCH");

        var timeline = admissions.await(
                "/api/v1/students/stu-r/timeline",
                reply -> reply.status() == 200 && reply.body().get("entries").size() == 8);
        var types = new ArrayList<String>();
        timeline.body().get("entries").forEach(e -> types.add(e.get("type").asText()));
        assertThat(types)
                .containsExactly(
                        "ApplicationSubmitted",
                        "EligibilityAssessed",
                        "EntranceExamGraded",
                        "AdmissionDecided",
                        "StudentEnrolled",
                        "TuitionSettled",
                        "ExperienceRequirementMet",
                        "DegreeAwarded");
        assertThat(timeline.body().toString()).doesNotContain("Rémi").doesNotContain("@example.org");

        var roster = admissions.get("/api/v1/programmes/M2-ISI/years/" + YEAR + "/roster?page=0&size=50");
        assertThat(roster.status()).isEqualTo(200);
        assertThat(roster.body().get("items").toString()).contains("\"studentId\":\"stu-r\"");
        var funnel = admissions.get("/api/v1/programmes/M2-ISI/years/" + YEAR + "/funnel");
        assertThat(funnel.body().get("submitted").asInt()).isEqualTo(1);
        assertThat(funnel.body().get("admitted").asInt()).isEqualTo(1);
        assertThat(funnel.body().get("enrolled").asInt()).isEqualTo(1);
        assertThat(funnel.body().get("rejected").asInt()).isZero();
        var pipeline =
                admissions.get("/api/v1/programmes/M2-ISI/years/" + YEAR + "/applications?status=ENROLLED&size=50");
        assertThat(pipeline.body().get("items").toString()).contains("stu-r");
    }

    private void grade(String studentId, String written, String interview) {
        var graded = admissions.post(
                "/api/v1/applications/" + studentId + "/exam",
                "{\"writtenMark\":" + written + ",\"interviewMark\":" + interview + "}");
        assertThat(graded.status()).as("grading %s: %s", studentId, graded).isEqualTo(200);
    }

    /** The jury's decision; the answer is the final one, taken by the intake. */
    private RunningService.Reply decide(String studentId, String decision) {
        var decided = admissions.post(
                "/api/v1/applications/" + studentId + "/decision", "{\"decision\":\"" + decision + "\"}");
        assertThat(decided.status()).as("deciding %s: %s", studentId, decided).isEqualTo(200);
        return decided;
    }

    private RunningService.Reply awaitStatus(String studentId, String status) {
        return admissions.await(
                "/api/v1/applications/" + studentId,
                reply -> reply.status() == 200 && status.equals(reply.text("status")));
    }

    /**
     * Reads a topic of the run from the start until the records satisfy the condition or a deadline passes, as the
     * outside reader allowed to read it: the personal-data topic has a reader of its own.
     */
    private List<ConsumerRecord<String, byte[]>> readUntil(
            String baseTopic, Predicate<List<ConsumerRecord<String, byte[]>>> done) {
        var reader = baseTopic.equals(Principals.STUDENT_PROFILES_TOPIC)
                ? Principals.STUDENT_PROFILES_READER
                : Principals.SUBSCRIBER;
        Map<String, Object> config = stack.readerConsumer(reader);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        var records = new ArrayList<ConsumerRecord<String, byte[]>>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(admissions.topic(baseTopic)));
            var deadline = Instant.now().plus(Duration.ofSeconds(20));
            while (!done.test(records) && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /** Reads the {@code admissions.events} of one student, decoded, until they satisfy the condition. */
    private List<SpecificRecord> readEventsUntil(String student, Predicate<List<SpecificRecord>> done) {
        var deserializer =
                admissions.bean(AdmissionsTopics.class).events().valueSerde().deserializer();
        Map<String, Object> config = stack.readerConsumer(Principals.SUBSCRIBER);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        var events = new ArrayList<SpecificRecord>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), deserializer)) {
            consumer.subscribe(List.of(admissions.topic("admissions.events")));
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

    private static String application(String studentId, int ects, String name) {
        return application(studentId, ects, name, "M2-ISD", YEAR);
    }

    private static String application(String studentId, int ects, String name, String programme, String year) {
        return """
                {"studentId":"%s","programme":"%s","academicYear":"%s",
                 "priorDegree":{"title":"Master 1 Political Science","institution":"Université Grenoble Alpes",
                                "country":"FR","ects":%d},
                 "preferredStream":"PROFESSIONAL","preferredScheme":"INITIAL",
                 "fullName":"%s","email":"%s@example.org"}
                """.formatted(studentId, programme, year, ects, name, studentId);
    }
}
