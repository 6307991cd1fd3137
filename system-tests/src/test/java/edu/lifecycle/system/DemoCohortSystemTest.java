package edu.lifecycle.system;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.demo.Api;
import edu.lifecycle.demo.CohortGenerator;
import edu.lifecycle.demo.CohortPlayer;
import edu.lifecycle.demo.StudentPlan;
import edu.lifecycle.testing.KafkaStack;
import edu.lifecycle.testing.StackEndpoints;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The demo generator at a small size, then the services' read models compared with each other: every count of
 * enrolled, settled, validated, defended and graduated students is the same wherever it appears.
 */
@KafkaStack
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoCohortSystemTest {

    private static final String COHORT = "/api/v1/programmes/" + CohortPlayer.PROGRAMME + "/years/" + CohortPlayer.YEAR;

    private StackEndpoints stack;
    private PlayedSystem system;
    private Api api;
    private Set<String> graduates;
    private List<StudentPlan> cohort;

    @BeforeAll
    void playASmallCohort(StackEndpoints stack) {
        this.stack = stack;
        system = PlayedSystem.start(stack, CohortPlayer.START, List.of());
        api = system.api;
        cohort = CohortGenerator.generate(11, 24);
        graduates = new CohortPlayer(system.urls, system.clock, line -> {}).play(cohort);
        // Read models follow the events; wait until the last ones (degrees, first jobs) have reached them all.
        api.await(
                placement(COHORT + "/graduate-outcomes"),
                reply -> reply.body().get("outcomesRecorded").asInt() == graduates.size());
        api.await(
                admissions(COHORT + "/roster?page=0&size=200"),
                reply -> studentsFlagged(list(reply.body().get("items")), "degreeAwarded")
                                .size()
                        == graduates.size());
    }

    private static List<JsonNode> list(JsonNode array) {
        var entries = new ArrayList<JsonNode>();
        array.forEach(entries::add);
        return entries;
    }

    @AfterAll
    void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void everyServiceCountsTheSameEnrolledStudents() {
        var roster = roster();
        var enrolled = roster.size();
        assertThat(enrolled).isPositive();
        assertThat(api.get(admissions(COHORT + "/funnel"))
                        .body()
                        .get("enrolled")
                        .asInt())
                .isEqualTo(enrolled);
        assertThat(api.get(billing(COHORT + "/receivables"))
                        .body()
                        .get("accounts")
                        .asInt())
                .isEqualTo(enrolled);
        assertThat(api.get(curriculum(COHORT + "/results"))
                        .body()
                        .get("students")
                        .asInt())
                .isEqualTo(enrolled);
        assertThat(api.get(placement(COHORT + "/work-study"))
                        .body()
                        .get("enrolled")
                        .asInt())
                .isEqualTo(enrolled);
    }

    @Test
    void settledValidatedDefendedAndGraduatedStudentsAreTheSameEverywhere() {
        var roster = roster();
        var settledInBilling = new ArrayList<String>();
        var metInPlacement = new ArrayList<String>();
        var defendedInCurriculum = new ArrayList<String>();
        for (JsonNode entry : roster) {
            var student = entry.get("studentId").asText();
            if (api.get(billing("/api/v1/accounts/" + student))
                    .body()
                    .path("settled")
                    .asBoolean()) {
                settledInBilling.add(student);
            }
            if (!api.get(placement("/api/v1/students/" + student + "/placements"))
                    .body()
                    .path("requirementMetAt")
                    .isNull()) {
                metInPlacement.add(student);
            }
            if (api.get(curriculum("/api/v1/transcripts/" + student))
                    .body()
                    .path("dissertation")
                    .path("passed")
                    .asBoolean()) {
                defendedInCurriculum.add(student);
            }
        }
        assertThat(studentsFlagged(roster, "tuitionSettled")).containsExactlyInAnyOrderElementsOf(settledInBilling);
        assertThat(studentsFlagged(roster, "experienceRequirementMet"))
                .containsExactlyInAnyOrderElementsOf(metInPlacement);
        assertThat(studentsFlagged(roster, "dissertationDefended"))
                .containsExactlyInAnyOrderElementsOf(defendedInCurriculum);
        assertThat(studentsFlagged(roster, "degreeAwarded")).containsExactlyInAnyOrderElementsOf(graduates);
        assertThat(api.get(curriculum(COHORT + "/results"))
                        .body()
                        .get("degreesAwarded")
                        .asInt())
                .isEqualTo(graduates.size());
        assertThat(api.get(placement(COHORT + "/graduate-outcomes"))
                        .body()
                        .get("graduates")
                        .asInt())
                .isEqualTo(graduates.size());
        assertThat(api.get(placement(COHORT + "/graduate-outcomes"))
                        .body()
                        .get("outcomesRecorded")
                        .asInt())
                .isEqualTo(graduates.size());
    }

    @Test
    void noTwoEventsOnTheFourPublicTopicsShareAnId() {
        var events = PublicTopics.readAll(stack, system.topicPrefix);

        assertThat(events).isNotEmpty();
        var byId = events.stream().collect(Collectors.groupingBy(PublicTopics.Event::eventId));
        assertThat(byId.values().stream().filter(same -> same.size() > 1))
                .as("events sharing an id")
                .isEmpty();
    }

    @Test
    void everyStudentsTimelineHoldsExactlyTheEventsKeyedByThatStudent() {
        Map<String, List<String>> topicsByStudent = PublicTopics.readAll(stack, system.topicPrefix).stream()
                .collect(Collectors.groupingBy(
                        PublicTopics.Event::key, Collectors.mapping(PublicTopics.Event::eventId, Collectors.toList())));
        assertThat(topicsByStudent).hasSize(cohort.size());
        topicsByStudent.forEach((student, eventIds) -> {
            var timeline = api.await(
                    admissions("/api/v1/students/" + student + "/timeline"),
                    reply -> reply.ok() && reply.body().get("entries").size() >= eventIds.size());
            List<String> shown = new ArrayList<>();
            timeline.body()
                    .get("entries")
                    .forEach(entry -> shown.add(entry.get("eventId").asText()));
            assertThat(shown).as("timeline of " + student).containsExactlyInAnyOrderElementsOf(eventIds);
        });
    }

    @Test
    void theCohortShowsTheVarietyTheGeneratorPlanned() {
        var funnel = api.get(admissions(COHORT + "/funnel")).body();
        assertThat(funnel.get("submitted").asInt()).isEqualTo(cohort.size());
        assertThat(funnel.get("ineligible").asInt()).isEqualTo(count(plan -> plan.priorEcts() < 240));
        assertThat(graduates).isNotEmpty().hasSizeLessThan(roster().size());
        var receivables = api.get(billing(COHORT + "/receivables")).body();
        assertThat(new BigDecimal(receivables.get("collected").asText())).isPositive();
    }

    private long count(Predicate<StudentPlan> condition) {
        return cohort.stream().filter(condition).count();
    }

    private List<JsonNode> roster() {
        return list(
                api.get(admissions(COHORT + "/roster?page=0&size=200")).body().get("items"));
    }

    private static List<String> studentsFlagged(List<JsonNode> roster, String flag) {
        return roster.stream()
                .filter(entry -> entry.path(flag).asBoolean())
                .map(entry -> entry.get("studentId").asText())
                .toList();
    }

    private String admissions(String path) {
        return system.urls.admissions() + path;
    }

    private String billing(String path) {
        return system.urls.billing() + path;
    }

    private String curriculum(String path) {
        return system.urls.curriculum() + path;
    }

    private String placement(String path) {
        return system.urls.placement() + path;
    }
}
