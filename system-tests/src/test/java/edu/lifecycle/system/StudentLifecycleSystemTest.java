package edu.lifecycle.system;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.demo.Api;
import edu.lifecycle.testing.KafkaStack;
import edu.lifecycle.testing.StackEndpoints;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * One student's whole life through the four services' REST APIs only, with every read model checked along the way:
 * application, exam, admission, enrollment, deposit and instalments, internship, grades, dissertation and defense,
 * the degree, and the first job.
 */
@KafkaStack
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StudentLifecycleSystemTest {

    private static final String STUDENT = "stu-life";
    private static final String COHORT = "/api/v1/programmes/M2-ISD/years/2026-2027";

    private PlayedSystem system;
    private Api api;

    @BeforeAll
    void start(StackEndpoints stack) {
        system = PlayedSystem.start(stack, PlayedSystem.at(LocalDate.of(2026, 5, 4)), List.of());
        api = system.api;
    }

    @AfterAll
    void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void fromApplicationToFirstJob() {
        // Admissions: application, eligibility, exam, admission, enrollment.
        var submitted = api.command(admissions("/api/v1/applications"), application());
        assertThat(submitted.text("status")).isEqualTo("ELIGIBLE");
        system.moveTo(LocalDate.of(2026, 6, 1));
        api.command(admissions(application("/exam")), Map.of("writtenMark", "14.50", "interviewMark", "16.00"));
        system.moveTo(LocalDate.of(2026, 6, 15));
        api.command(admissions(application("/decision")), Map.of("decision", "ADMITTED"));
        api.await(admissions(application("")), reply -> "ADMITTED".equals(reply.text("status")));
        system.moveTo(LocalDate.of(2026, 9, 1));
        var enrolled = api.command(
                admissions(application("/enrollment")), Map.of("stream", "PROFESSIONAL", "scheme", "INITIAL"));
        assertThat(enrolled.text("status")).isEqualTo("ENROLLED");

        // Enrollment opens an account, a transcript and a placement record, each in its own service.
        var account = api.await(billing("/api/v1/accounts/" + STUDENT), reply -> reply.status() == 200);
        assertThat(new BigDecimal(account.body().get("fee").asText())).isEqualByComparingTo("9750.00");
        assertThat(account.body().get("schedule")).hasSize(7);
        assertThat(account.text("payer")).isEqualTo("STUDENT");
        var transcript = api.await(curriculum("/api/v1/transcripts/" + STUDENT), reply -> reply.status() == 200);
        assertThat(transcript.text("status")).isEqualTo("OPEN");
        assertThat(transcript.body().get("courses")).hasSize(19);
        var record =
                api.await(placement("/api/v1/students/" + STUDENT + "/placements"), reply -> reply.status() == 200);
        assertThat(record.body().get("requiredMonths").decimalValue()).isEqualByComparingTo("6");
        var roster =
                api.await(admissions("/api/v1/students/" + STUDENT + "/roster-entry"), reply -> reply.status() == 200);
        assertThat(roster.body().get("depositPaid").asBoolean()).isFalse();

        // Billing: the deposit, then each instalment when it falls due.
        system.moveTo(LocalDate.of(2026, 9, 2));
        payEverythingDue(LocalDate.of(2026, 9, 2));
        api.await(admissions("/api/v1/students/" + STUDENT + "/roster-entry"), reply -> flag(reply, "depositPaid"));
        for (var due : List.of("2026-10-15", "2026-11-15", "2026-12-15", "2027-01-15", "2027-02-15", "2027-03-15")) {
            system.moveTo(LocalDate.parse(due));
            payEverythingDue(LocalDate.parse(due));
        }
        var settled = api.await(billing("/api/v1/accounts/" + STUDENT), reply -> flag(reply, "settled"));
        assertThat(new BigDecimal(settled.body().get("balance").asText())).isEqualByComparingTo("0");
        api.await(admissions("/api/v1/students/" + STUDENT + "/roster-entry"), reply -> flag(reply, "tuitionSettled"));
        api.await(checklist(), reply -> holds(reply, "tuition"));

        // Placement: a six-month internship, validated after it ends.
        system.moveTo(LocalDate.of(2027, 3, 16));
        api.command(
                placement("/api/v1/students/" + STUDENT + "/placements/internships"),
                Map.of(
                        "organisation", "Ministère des Armées",
                        "sector", "STATE_CIVIL_SERVICE",
                        "role", "Policy analyst intern",
                        "startOn", "2027-03-20",
                        "endOn", "2027-09-19",
                        "fullTime", true,
                        "tutor", "Col. Perrin"));

        // Curriculum: every course passed, the dissertation defended.
        system.moveTo(LocalDate.of(2027, 4, 20));
        for (JsonNode course : transcript.body().get("courses")) {
            api.command(
                    curriculum("/api/v1/transcripts/" + STUDENT + "/grades"),
                    Map.of("courseCode", course.get("code").asText(), "mark", "15.00", "session", "FIRST"));
        }
        system.moveTo(LocalDate.of(2027, 5, 15));
        api.command(
                curriculum("/api/v1/transcripts/" + STUDENT + "/dissertation"),
                Map.of("title", "Deterrence in the Baltic", "supervisor", "Prof. Lambert"));
        system.moveTo(LocalDate.of(2027, 6, 2));
        api.command(
                curriculum("/api/v1/transcripts/" + STUDENT + "/dissertation/defense"),
                Map.of(
                        "defenseAt", "2027-06-25T09:00:00Z",
                        "room", "Amphi 2",
                        "jury", List.of("Prof. Lambert", "Dr. Nguyen")));
        var calendar = api.await(
                curriculum("/api/v1/defenses"), reply -> reply.body().toString().contains(STUDENT));
        assertThat(calendar.body().toString()).contains("Amphi 2").contains("Dr. Nguyen");
        system.moveTo(LocalDate.of(2027, 6, 26));
        api.command(
                curriculum("/api/v1/transcripts/" + STUDENT + "/dissertation/defense/result"), Map.of("mark", "16.00"));
        var beforeExperience = api.await(checklist(), reply -> holds(reply, "dissertation") && holds(reply, "ects"));
        assertThat(beforeExperience.body().get("experience").get("holds").asBoolean())
                .isFalse();
        assertThat(beforeExperience.body().get("degreeMention").isNull()).isTrue();

        system.moveTo(LocalDate.of(2027, 9, 21));
        var internship = api.get(placement("/api/v1/students/" + STUDENT + "/placements"))
                .body()
                .get("placements")
                .get(0)
                .get("placementId")
                .asText();
        api.command(
                placement("/api/v1/students/" + STUDENT + "/placements/" + internship + "/validation"),
                Map.of("evaluationMark", "17.00"));
        var met = api.await(
                placement("/api/v1/students/" + STUDENT + "/placements"),
                reply -> !reply.body().path("requirementMetAt").isNull());
        assertThat(met.body().get("validatedMonths").decimalValue()).isEqualByComparingTo("6.00");

        // The last condition arrived: the degree is awarded, and every service hears of it.
        var degree = api.await(
                checklist(), reply -> !reply.body().path("degreeMention").isNull());
        assertThat(degree.text("degreeMention")).isEqualTo("BIEN");
        assertThat(degree.body().get("degreeAverage").decimalValue()).isEqualByComparingTo(new BigDecimal("15.17"));
        var rosterEntry = api.await(
                admissions("/api/v1/students/" + STUDENT + "/roster-entry"), reply -> flag(reply, "degreeAwarded"));
        assertThat(rosterEntry.body().get("experienceRequirementMet").asBoolean())
                .isTrue();
        assertThat(rosterEntry.body().get("dissertationDefended").asBoolean()).isTrue();
        api.await(
                placement(COHORT + "/graduate-outcomes"),
                reply -> reply.body().path("graduates").asInt() == 1);

        // Placement: the first job.
        system.moveTo(LocalDate.of(2027, 11, 2));
        api.command(
                placement("/api/v1/students/" + STUDENT + "/graduate-outcome"),
                Map.of(
                        "sector", "DEFENCE_INDUSTRY",
                        "organisation", "Naval Group",
                        "jobTitle", "Export control analyst",
                        "monthsAfterGraduation", 3));
        var outcomes = api.await(
                placement(COHORT + "/graduate-outcomes"),
                reply -> reply.body().toString().contains("DEFENCE_INDUSTRY"));
        assertThat(outcomes.status()).isEqualTo(200);

        // The timeline in admissions holds the student's facts from all four services, in time order.
        var timeline = api.get(admissions("/api/v1/students/" + STUDENT + "/timeline"));
        var topics = new ArrayList<String>();
        timeline.body()
                .get("entries")
                .forEach(entry -> topics.add(entry.get("topic").asText()));
        assertThat(topics).contains("admissions.events", "billing.events", "curriculum.events", "placement.events");
        assertThat(timeline.body().toString()).doesNotContain("Jeanne").doesNotContain("@example.org");
    }

    private void payEverythingDue(LocalDate day) {
        var account = api.get(billing("/api/v1/accounts/" + STUDENT)).body();
        for (JsonNode line : account.get("schedule")) {
            var outstanding = new BigDecimal(line.get("outstanding").asText());
            if (outstanding.signum() > 0
                    && !LocalDate.parse(line.get("dueOn").asText()).isAfter(day)) {
                api.command(
                        billing("/api/v1/accounts/" + STUDENT + "/payments"),
                        Map.of(
                                "reference",
                                "pay-" + line.get("lineId").asText(),
                                "amount",
                                outstanding,
                                "method",
                                "TRANSFER",
                                "payer",
                                "STUDENT",
                                "receivedAt",
                                system.clock.instant().toString()));
            }
        }
    }

    private static boolean flag(Api.Reply reply, String field) {
        return reply.status() == 200 && reply.body().path(field).asBoolean();
    }

    private static boolean holds(Api.Reply reply, String condition) {
        return reply.status() == 200
                && reply.body().path(condition).path("holds").asBoolean();
    }

    private String checklist() {
        return curriculum("/api/v1/students/" + STUDENT + "/graduation-checklist");
    }

    private static Map<String, Object> application() {
        return Map.of(
                "studentId", STUDENT,
                "programme", "M2-ISD",
                "academicYear", "2026-2027",
                "priorDegree",
                        Map.of(
                                "title", "Master 1 Political Science",
                                "institution", "Sciences Po Grenoble",
                                "country", "FR",
                                "ects", 240),
                "preferredStream", "PROFESSIONAL",
                "preferredScheme", "INITIAL",
                "fullName", "Jeanne Fabre",
                "email", "jeanne.fabre@example.org");
    }

    private static String application(String path) {
        return "/api/v1/applications/" + STUDENT + path;
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
