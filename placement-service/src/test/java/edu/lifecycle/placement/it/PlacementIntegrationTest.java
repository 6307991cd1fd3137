package edu.lifecycle.placement.it;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.events.placement.ExperienceRequirementMet;
import edu.lifecycle.events.placement.InternshipValidated;
import edu.lifecycle.events.placement.PlacementRecordOpened;
import edu.lifecycle.events.placement.WorkStudyContractSigned;
import edu.lifecycle.localstack.backbone.Principals;
import edu.lifecycle.placement.Lifecycle;
import edu.lifecycle.placement.PlacementApplication;
import edu.lifecycle.registry.serde.KafkaAvroDeserializer;
import edu.lifecycle.registry.serde.KafkaAvroSerDeConfig;
import edu.lifecycle.servicekit.stream.StreamsRuntime;
import edu.lifecycle.testing.KafkaStack;
import edu.lifecycle.testing.RunningService;
import edu.lifecycle.testing.StackEndpoints;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The placement path through HTTP against a real broker and registry: admissions' enrollment opens the record,
 * agreements and a work-study contract are signed (the contract published for billing), validated until the
 * requirement is met, and curriculum's degree lets a first position be recorded. The service's clock is fixed in
 * October 2027 ({@link FixedClock}), after the 2026-2027 placements, so validations are after their end.
 */
@KafkaStack
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlacementIntegrationTest {

    private static final String COHORT = "/api/v1/programmes/M2-ISD/years/" + Lifecycle.YEAR;

    private RunningService placement;
    private StackEndpoints stack;

    @BeforeAll
    void start(StackEndpoints endpoints) {
        stack = endpoints;
        placement = RunningService.start(
                () -> PlacementApplication.builder().sources(FixedClock.class),
                stack,
                "placement-" + UUID.randomUUID().toString().substring(0, 8),
                context -> context.getBean(StreamsRuntime.class).state() == KafkaStreams.State.RUNNING,
                List.of());
    }

    @AfterAll
    void stop() {
        if (placement != null) {
            placement.close();
        }
    }

    @Test
    void fromEnrollmentToTheRequirementMetAndAGraduatesFirstPosition() throws Exception {
        placement.publish("admissions.events", "stu-a", Lifecycle.enrolled("stu-a", "M2-ISD"));
        var opened = placement.await("/api/v1/students/stu-a/placements", reply -> reply.status() == 200);
        assertThat(opened.body().get("requiredMonths").decimalValue()).isEqualByComparingTo("6.00");

        var signed =
                placement.post("/api/v1/students/stu-a/placements/internships", internship("2027-01-04", "2027-05-03"));
        assertThat(signed.status()).as("%s", signed).isEqualTo(201);
        assertThat(signed.location()).startsWith("/api/v1/students/stu-a/placements/agr-");
        var agreement = signed.location().substring(signed.location().lastIndexOf('/') + 1);

        var overlapping =
                placement.post("/api/v1/students/stu-a/placements/internships", internship("2027-05-03", "2027-09-30"));
        assertThat(overlapping.status()).isEqualTo(409);
        assertThat(overlapping.contentType()).startsWith("application/problem+json");
        assertThat(overlapping.text("rule")).isEqualTo("internship-agreements-overlap");
        var tooShort =
                placement.post("/api/v1/students/stu-a/placements/internships", internship("2027-06-01", "2027-07-31"));
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.text("rule")).isEqualTo("internship-too-short");
        var lastYears =
                placement.post("/api/v1/students/stu-a/placements/internships", internship("2026-03-02", "2026-07-01"));
        assertThat(lastYears.status()).isEqualTo(422);
        assertThat(lastYears.text("rule")).isEqualTo("placement-before-academic-year");
        var implausible =
                placement.post("/api/v1/students/stu-a/placements/internships", internship("0000-03-02", "9999-07-01"));
        assertThat(implausible.status()).isEqualTo(400);
        assertThat(implausible.body().get("errors").toString())
                .contains("startOn")
                .contains("endOn");

        var validated = placement
                .asUser("placement-officer")
                .post("/api/v1/students/stu-a/placements/" + agreement + "/validation", "{\"evaluationMark\":15.5}");
        assertThat(validated.status()).as("%s", validated).isEqualTo(200);
        assertThat(validated.body().get("validatedMonths").decimalValue()).isEqualByComparingTo("4.00");
        assertThat(validated.body().get("requirementMet").asBoolean()).isFalse();

        var contract = placement.post(
                "/api/v1/students/stu-a/placements/work-study-contracts",
                "{\"employer\":\"Thales\",\"startOn\":\"2027-05-04\",\"endOn\":\"2027-08-03\"}");
        assertThat(contract.status()).as("%s", contract).isEqualTo(201);
        var contractId = contract.location().substring(contract.location().lastIndexOf('/') + 1);
        var met = placement.post(
                "/api/v1/students/stu-a/placements/" + contractId + "/validation", "{\"evaluationMark\":16}");
        assertThat(met.status()).isEqualTo(200);
        assertThat(met.body().get("validatedMonths").decimalValue()).isEqualByComparingTo("7.00");
        assertThat(met.body().get("requirementMet").asBoolean()).isTrue();

        var events = readUntil(records -> records.stream().anyMatch(ExperienceRequirementMet.class::isInstance));
        assertThat(events).hasAtLeastOneElementOfType(PlacementRecordOpened.class);
        assertThat(events)
                .filteredOn(WorkStudyContractSigned.class::isInstance)
                .singleElement()
                .satisfies(event -> {
                    var signedContract = (WorkStudyContractSigned) event;
                    assertThat(signedContract.getStudentId()).isEqualTo("stu-a");
                    assertThat(signedContract.getContractId()).isEqualTo(contractId);
                    assertThat(signedContract.getEmployer()).isEqualTo("Thales");
                });
        assertThat(events).filteredOn(InternshipValidated.class::isInstance).hasSize(2);
        // The internship was validated by the signed-in placement officer: its event carries their staff id.
        assertThat(events)
                .filteredOn(event -> event instanceof InternshipValidated internship
                        && internship.getPlacementId().equals(agreement))
                .singleElement()
                .satisfies(event ->
                        assertThat(((InternshipValidated) event).getStaffId()).isEqualTo("placement-officer"));
        assertThat(events)
                .filteredOn(ExperienceRequirementMet.class::isInstance)
                .hasSize(1);

        var placements = placement.await(
                "/api/v1/students/stu-a/placements",
                reply -> reply.body().get("requirementMetAt") != null
                        && !reply.body().get("requirementMetAt").isNull());
        assertThat(placements.body().get("placements")).hasSize(2);
        assertThat(placements.body().toString()).doesNotContain("placement-officer");
        assertThat(placement
                        .get("/api/v1/students/stu-a/placements/" + agreement)
                        .text("status"))
                .isEqualTo("VALIDATED");

        // Validated 4.00 + 3.00 months of the 6.00 required: met, nothing missing.
        var experience = placement.await(
                COHORT + "/experience?size=200",
                reply -> reply.status() == 200
                        && standingOf(reply.body(), "stu-a")
                                .filter(standing -> standing.get("met").asBoolean())
                                .isPresent());
        assertThat(experience.body().get("requiredMonths").decimalValue()).isEqualByComparingTo("6.00");
        assertThat(experience.body().get("met").asInt()).isGreaterThanOrEqualTo(1);
        var standing = standingOf(experience.body(), "stu-a").orElseThrow();
        assertThat(standing.get("validatedMonths").decimalValue()).isEqualByComparingTo("7.00");
        assertThat(standing.get("requiredMonths").decimalValue()).isEqualByComparingTo("6.00");
        assertThat(standing.get("monthsMissing").decimalValue()).isEqualByComparingTo("0.00");

        var beforeDegree = placement.post("/api/v1/students/stu-a/graduate-outcome", firstPosition());
        assertThat(beforeDegree.status()).isEqualTo(409);
        assertThat(beforeDegree.text("rule")).isEqualTo("outcome-requires-degree");
        placement.publish("curriculum.events", "stu-a", Lifecycle.degreeAwarded("stu-a", "M2-ISD"));
        RunningService.awaitTrue(
                () -> placement
                                .post("/api/v1/students/stu-a/graduate-outcome", firstPosition())
                                .status()
                        == 200,
                "the degree never made stu-a a graduate");

        var outcomes = placement.await(
                COHORT + "/graduate-outcomes",
                reply -> reply.body().get("outcomesRecorded").asInt() == 1);
        assertThat(outcomes.body().get("graduates").asInt()).isEqualTo(1);
        assertThat(outcomes.body().get("bySector").get("STATE_CIVIL_SERVICE").asInt())
                .isEqualTo(1);
        assertThat(outcomes.body().get("placementRateWithinSixMonths").decimalValue())
                .isEqualByComparingTo("100.00");
    }

    @Test
    void endedPlacementsAwaitValidationAndWorkStudyIsCountedPerProgrammeYear() throws Exception {
        placement.publish("admissions.events", "stu-b", Lifecycle.enrolled("stu-b", "M2-ISD"));
        placement.await("/api/v1/students/stu-b/placements", reply -> reply.status() == 200);
        var signed =
                placement.post("/api/v1/students/stu-b/placements/internships", internship("2027-02-01", "2027-06-30"));
        assertThat(signed.status()).as("%s", signed).isEqualTo(201);
        var agreement = signed.location().substring(signed.location().lastIndexOf('/') + 1);
        var ended = placement.post(
                "/api/v1/students/stu-b/placements/" + agreement + "/early-end",
                "{\"endedOn\":\"2027-04-30\",\"reason\":\"host reorganised\"}");
        assertThat(ended.status()).isEqualTo(200);
        assertThat(placement
                        .post(
                                "/api/v1/students/stu-b/placements/work-study-contracts",
                                "{\"employer\":\"Airbus Defence\",\"startOn\":\"2026-09-01\",\"endOn\":\"2027-08-31\"}")
                        .status())
                .isEqualTo(201);

        var pending = placement.await(
                COHORT + "/pending-validations",
                // The list shows the agreement as soon as it is signed; the early end arrives a transaction later.
                reply -> reply.status() == 200
                        && reply.body().get("items").toString().contains(agreement)
                        && reply.body().get("items").toString().contains("2027-04-30"));
        assertThat(pending.body().get("items").toString()).contains("2027-04-30");

        var workStudy = placement.await(
                COHORT + "/work-study",
                reply -> reply.body().get("contractsSigned").asInt() >= 1);
        assertThat(workStudy.body().get("enrolled").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(workStudy.body().get("shareOfCohort").decimalValue()).isPositive();
    }

    @Test
    void malformedInputIsRefusedWithAProblemNamingEachBadField() {
        var refused = placement.post(
                "/api/v1/students/stu-c/placements/internships",
                "{\"organisation\":\"\",\"sector\":\"CONSULTING\",\"startOn\":\"2026-02-02\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().toString())
                .contains("organisation")
                .contains("role")
                .contains("endOn")
                .contains("tutor");

        var badMark = placement.post("/api/v1/students/stu-c/placements/agr-x/validation", "{\"evaluationMark\":25}");
        assertThat(badMark.status()).isEqualTo(400);
        assertThat(badMark.body().toString()).contains("evaluationMark");

        var badPage = placement.get(COHORT + "/pending-validations?size=0");
        assertThat(badPage.status()).isEqualTo(400);
        assertThat(badPage.body().toString()).contains("size");

        var badExperiencePage = placement.get(COHORT + "/experience?page=-1");
        assertThat(badExperiencePage.status()).isEqualTo(400);
        assertThat(badExperiencePage.body().toString()).contains("page");

        var badYear = placement.get("/api/v1/programmes/M2-ISD/years/2026/work-study");
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.body().toString()).contains("year");

        var tooPrecise =
                placement.post("/api/v1/students/stu-c/placements/agr-x/validation", "{\"evaluationMark\":12.345}");
        assertThat(tooPrecise.status()).isEqualTo(400);
        assertThat(tooPrecise.body().toString()).contains("evaluationMark");
        var reversed = placement.post(
                "/api/v1/students/stu-c/placements/work-study-contracts",
                "{\"employer\":\"Thales\",\"startOn\":\"2027-05-05\",\"endOn\":\"2027-05-05\"}");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.body().get("errors").get(0).get("field").asText()).isEqualTo("endOn");
        var farEnd = placement.post(
                "/api/v1/students/stu-c/placements/agr-x/early-end", "{\"endedOn\":\"9999-12-31\",\"reason\":\"x\"}");
        assertThat(farEnd.status()).isEqualTo(400);
        assertThat(farEnd.body().get("errors").get(0).get("field").asText()).isEqualTo("endedOn");

        var unknown = placement.post(
                "/api/v1/students/stu-nobody/placements/work-study-contracts",
                "{\"employer\":\"Thales\",\"startOn\":\"2027-05-05\",\"endOn\":\"2027-08-04\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("rule")).isEqualTo("placement-record-not-found");
    }

    @Test
    void aProgrammeYearPlacementDoesNotKnowIsNotFoundOnEveryCohortReadModel() {
        for (String model : List.of("pending-validations", "work-study", "graduate-outcomes", "experience")) {
            var unknownProgramme = placement.get("/api/v1/programmes/M2-XYZ/years/2026-2027/" + model);
            assertThat(unknownProgramme.status()).as(model).isEqualTo(404);
            assertThat(unknownProgramme.contentType()).as(model).startsWith("application/problem+json");
            assertThat(unknownProgramme.text("rule")).as(model).isEqualTo("programme-unknown");
            var notOpen = placement.await(
                    "/api/v1/programmes/M2-ISD/years/2031-2032/" + model, reply -> reply.status() != 503);
            assertThat(notOpen.status()).as(model).isEqualTo(404);
            assertThat(notOpen.text("rule")).as(model).isEqualTo("academic-year-not-open");
            var openWithoutStudents = placement.await(
                    "/api/v1/programmes/M2-ISI/years/2027-2028/" + model, reply -> reply.status() != 503);
            assertThat(openWithoutStudents.status()).as(model).isEqualTo(200);
            var implausibleYear = placement.get("/api/v1/programmes/M2-ISD/years/1900-1901/" + model);
            assertThat(implausibleYear.status()).as(model).isEqualTo(400);
        }
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        var docs = placement.get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("paths").toString())
                .contains("/api/v1/students/{studentId}/placements/internships")
                .contains("/api/v1/students/{studentId}/placements/{placementId}/validation")
                .contains("/api/v1/programmes/{programme}/years/{year}/pending-validations")
                .contains("/api/v1/programmes/{programme}/years/{year}/experience")
                .contains("/api/v1/programmes/{programme}/years/{year}/graduate-outcomes");
        // The kit's declarations: the optional Idempotency-Key on each command, the problem responses on each read.
        var paths = docs.body().get("paths");
        for (String command : List.of(
                "/api/v1/students/{studentId}/placements/internships",
                "/api/v1/students/{studentId}/placements/work-study-contracts",
                "/api/v1/students/{studentId}/placements/{placementId}/validation",
                "/api/v1/students/{studentId}/placements/{placementId}/early-end",
                "/api/v1/students/{studentId}/graduate-outcome")) {
            var header = paths.get(command)
                    .get("post")
                    .get("parameters")
                    .valueStream()
                    .filter(parameter -> parameter.get("name").asString().equals("Idempotency-Key"))
                    .toList();
            assertThat(header).as(command).hasSize(1);
            assertThat(header.get(0).get("in").asString()).isEqualTo("header");
            assertThat(header.get(0).get("required").asBoolean()).as(command).isFalse();
        }
        for (String model : List.of("work-study", "pending-validations", "graduate-outcomes", "experience")) {
            var responses = paths.get("/api/v1/programmes/{programme}/years/{year}/" + model)
                    .get("get")
                    .get("responses");
            assertThat(responses.propertyNames()).as(model).containsExactlyInAnyOrder("200", "400", "404", "503");
            for (String problem : List.of("400", "404", "503")) {
                assertThat(responses.get(problem).get("content").has("application/problem+json"))
                        .as(model + " " + problem)
                        .isTrue();
            }
        }
    }

    private static Optional<JsonNode> standingOf(JsonNode experience, String studentId) {
        var found = new ArrayList<JsonNode>();
        experience.get("items").forEach(item -> {
            if (item.get("studentId").asText().equals(studentId)) {
                found.add(item);
            }
        });
        return found.stream().findFirst();
    }

    private static String internship(String startOn, String endOn) {
        return """
                {"organisation":"Secrétariat général de la défense et de la sécurité nationale",
                 "sector":"STATE_CIVIL_SERVICE","role":"Policy analyst","startOn":"%s","endOn":"%s",
                 "fullTime":true,"tutor":"Colonel Dupuis"}
                """.formatted(startOn, endOn);
    }

    private static String firstPosition() {
        return """
                {"sector":"STATE_CIVIL_SERVICE","organisation":"Ministère des Armées","jobTitle":"Chargée d'études",
                 "competitionPassed":"attaché d'administration","monthsAfterGraduation":3}
                """;
    }

    /**
     * Reads placement.events of the run as a subscriber, decoded with Confluent-style settings (SASL, registry basic
     * authentication), until the events satisfy the condition or a deadline passes.
     */
    private List<Object> readUntil(Predicate<List<Object>> done) {
        Map<String, Object> config = stack.readerConsumer(Principals.SUBSCRIBER);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(KafkaAvroSerDeConfig.SPECIFIC_AVRO_READER_CONFIG, true);
        var deserializer = new KafkaAvroDeserializer();
        deserializer.configure(config, false);
        var events = new ArrayList<Object>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), deserializer)) {
            consumer.subscribe(List.of(placement.topic("placement.events")));
            var deadline = Instant.now().plus(Duration.ofSeconds(20));
            while (!done.test(events) && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> events.add(record.value()));
            }
        }
        return events;
    }
}
