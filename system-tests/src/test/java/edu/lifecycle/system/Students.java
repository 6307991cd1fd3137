package edu.lifecycle.system;

import edu.lifecycle.demo.Api;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The steps of a student's year as a client of the four services takes them, for the system tests. */
final class Students {

    private final PlayedSystem system;
    private final Api api;

    Students(PlayedSystem system) {
        this.system = system;
        this.api = system.api;
    }

    /** Applies for 2026-2027, passes the exam and asks to be admitted; returns the status admissions settles on. */
    String applyAndAskAdmission(String student, String programme, String scheme) {
        return applyAndAskAdmission(student, programme, "2026-2027", scheme);
    }

    /** Applies for the year, passes the exam and asks to be admitted; returns the status admissions settles on. */
    String applyAndAskAdmission(String student, String programme, String academicYear, String scheme) {
        api.command(
                system.urls.admissions() + "/api/v1/applications",
                application(student, programme, academicYear, scheme));
        api.command(application(student) + "/exam", Map.of("writtenMark", "13.00", "interviewMark", "14.00"));
        api.command(application(student) + "/decision", Map.of("decision", "ADMITTED"));
        return api.await(
                        application(student),
                        reply -> List.of("ADMITTED", "WAITLISTED").contains(reply.text("status")))
                .text("status");
    }

    /** The body of an application by a student with a 240-ECTS first master. */
    static Map<String, Object> application(String student, String programme, String academicYear, String scheme) {
        return Map.of(
                "studentId",
                student,
                "programme",
                programme,
                "academicYear",
                academicYear,
                "priorDegree",
                Map.of(
                        "title", "Master 1 Law",
                        "institution", "Université Lyon 3",
                        "country", "FR",
                        "ects", 240),
                "preferredStream",
                "RESEARCH",
                "preferredScheme",
                scheme,
                "fullName",
                "Student " + student,
                "email",
                student + "@example.org");
    }

    void enroll(String student, String scheme) {
        api.command(application(student) + "/enrollment", Map.of("stream", "RESEARCH", "scheme", scheme));
        api.await(account(student), reply -> reply.status() == 200);
        api.await(transcript(student), reply -> reply.status() == 200 && "OPEN".equals(reply.text("status")));
    }

    /** Pays an amount now, as the account's current payer. */
    Api.Reply pay(String student, String amount, String reference) {
        var account = api.get(account(student)).body();
        return api.command(
                account(student) + "/payments",
                Map.of(
                        "reference",
                        reference,
                        "amount",
                        amount,
                        "method",
                        "TRANSFER",
                        "payer",
                        account.get("payer").asText(),
                        "receivedAt",
                        system.clock.instant().toString()));
    }

    /** Pays every line due by the day, as the account's current payer. */
    void payDue(String student, LocalDate day) {
        var account = api.get(account(student)).body();
        for (JsonNode line : account.get("schedule")) {
            var outstanding = new BigDecimal(line.get("outstanding").asText());
            if (outstanding.signum() > 0
                    && !LocalDate.parse(line.get("dueOn").asText()).isAfter(day)) {
                api.command(
                        account(student) + "/payments",
                        Map.of(
                                "reference",
                                "pay-" + line.get("lineId").asText() + "-" + day,
                                "amount",
                                outstanding,
                                "method",
                                "TRANSFER",
                                "payer",
                                account.get("payer").asText(),
                                "receivedAt",
                                system.clock.instant().toString()));
            }
        }
    }

    void passEveryCourse(String student) {
        for (JsonNode course : api.get(transcript(student)).body().get("courses")) {
            api.command(
                    transcript(student) + "/grades",
                    Map.of("courseCode", course.get("code").asText(), "mark", "12.00", "session", "FIRST"));
        }
    }

    void submitDissertation(String student) {
        api.command(
                transcript(student) + "/dissertation",
                Map.of("title", "Private military companies", "supervisor", "Prof. Lambert"));
    }

    void scheduleDefense(String student, LocalDate day) {
        api.command(
                transcript(student) + "/dissertation/defense",
                Map.of(
                        "defenseAt",
                        PlayedSystem.at(day).toString(),
                        "room",
                        "Amphi 1",
                        "jury",
                        List.of("Prof. Lambert", "Dr. Nguyen")));
    }

    void passDefense(String student) {
        api.command(transcript(student) + "/dissertation/defense/result", Map.of("mark", "13.00"));
    }

    /** Signs an internship and waits until the student's placements show it. */
    void signInternship(String student, LocalDate start, LocalDate end) {
        int before = placementCount(student);
        api.command(
                placements(student) + "/internships",
                Map.of(
                        "organisation", "Institut de recherche stratégique",
                        "sector", "THINK_TANK",
                        "role", "Research assistant",
                        "startOn", start.toString(),
                        "endOn", end.toString(),
                        "fullTime", true,
                        "tutor", "Dr. Roux"));
        api.await(
                placements(student),
                reply -> reply.status() == 200 && reply.body().get("placements").size() > before);
    }

    private int placementCount(String student) {
        var reply = api.get(placements(student));
        return reply.status() == 200 ? reply.body().get("placements").size() : 0;
    }

    void signWorkStudy(String student, LocalDate start, LocalDate end) {
        api.command(
                placements(student) + "/work-study-contracts",
                Map.of("employer", "Airbus Defence", "startOn", start.toString(), "endOn", end.toString()));
    }

    void validateEveryPlacement(String student) {
        api.await(placements(student), reply -> reply.status() == 200);
        for (JsonNode placement : api.get(placements(student)).body().get("placements")) {
            if (!"VALIDATED".equals(placement.path("status").asText())) {
                api.command(
                        placements(student) + "/" + placement.get("placementId").asText() + "/validation",
                        Map.of("evaluationMark", "15.00"));
            }
        }
    }

    Api.Reply checklist(String student) {
        return api.get(system.urls.curriculum() + "/api/v1/students/" + student + "/graduation-checklist");
    }

    Api.Reply awaitChecklist(String student, String condition) {
        return api.await(
                system.urls.curriculum() + "/api/v1/students/" + student + "/graduation-checklist",
                reply -> reply.status() == 200
                        && reply.body().path(condition).path("holds").asBoolean());
    }

    Api.Reply awaitDegree(String student) {
        return api.await(
                system.urls.curriculum() + "/api/v1/students/" + student + "/graduation-checklist",
                reply -> reply.status() == 200
                        && !reply.body().path("degreeMention").isNull());
    }

    String application(String student) {
        return system.urls.admissions() + "/api/v1/applications/" + student;
    }

    String account(String student) {
        return system.urls.billing() + "/api/v1/accounts/" + student;
    }

    String transcript(String student) {
        return system.urls.curriculum() + "/api/v1/transcripts/" + student;
    }

    String placements(String student) {
        return system.urls.placement() + "/api/v1/students/" + student + "/placements";
    }

    String roster(String student) {
        return system.urls.admissions() + "/api/v1/students/" + student + "/roster-entry";
    }
}
