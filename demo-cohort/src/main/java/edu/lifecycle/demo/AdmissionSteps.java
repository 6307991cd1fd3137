package edu.lifecycle.demo;

import static edu.lifecycle.demo.Stage.at;
import static edu.lifecycle.demo.Stage.filter;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The admissions office's part of the year: applications, the entrance exam, decisions, enrollment, withdrawals. */
final class AdmissionSteps {

    private final Stage stage;

    AdmissionSteps(Stage stage) {
        this.stage = stage;
    }

    void apply(List<StudentPlan> cohort) {
        stage.moveTo(CohortPlayer.START, "applications open");
        stage.forEach(
                cohort,
                student -> stage.api.command(
                        stage.urls.admissions() + "/api/v1/applications",
                        Map.of(
                                "studentId", student.studentId(),
                                "programme", CohortPlayer.PROGRAMME,
                                "academicYear", CohortPlayer.YEAR,
                                "priorDegree",
                                        Map.of(
                                                "title", "Master 1 International Relations",
                                                "institution", "Université Grenoble Alpes",
                                                "country", "FR",
                                                "ects", student.priorEcts()),
                                "preferredStream", student.stream(),
                                "preferredScheme", student.scheme(),
                                "fullName", student.fullName(),
                                "email", student.email())));
        stage.forEach(
                filter(cohort, StudentPlan::overrideEligibility),
                student -> stage.api.command(
                        stage.application(student) + "/eligibility-override",
                        Map.of(
                                "eligible",
                                true,
                                // The officer recorded is whoever the demo signed in as, never a body field.
                                "reason",
                                "Professional experience in a defence ministry makes up for the missing ECTS")));
        stage.say(cohort.size() + " applications submitted");
    }

    void examine(List<StudentPlan> cohort) {
        stage.moveTo(at(LocalDate.of(2026, 6, 1)), "entrance exams");
        stage.forEach(
                filter(cohort, StudentPlan::eligible),
                student -> stage.api.command(
                        stage.application(student) + "/exam",
                        Map.of(
                                "writtenMark", CohortGenerator.mark(student, "WRITTEN", 0),
                                "interviewMark", CohortGenerator.mark(student, "INTERVIEW", 0))));
    }

    void decide(List<StudentPlan> cohort) {
        stage.moveTo(at(LocalDate.of(2026, 6, 15)), "admission decisions");
        var eligible = filter(cohort, StudentPlan::eligible);
        stage.forEach(
                eligible,
                student -> stage.api.command(
                        stage.application(student) + "/decision",
                        student.rejectedByJury()
                                ? Map.of(
                                        "decision",
                                        "REJECTED",
                                        "reason",
                                        "The jury found the project too far from the programme")
                                : Map.of("decision", "ADMITTED")));
        stage.forEach(
                eligible,
                student -> stage.roll.decided(
                        student,
                        stage.api
                                .await(
                                        stage.application(student),
                                        reply -> isOneOf(reply, "ADMITTED", "WAITLISTED", "REJECTED"))
                                .text("status")));
        stage.moveTo(at(LocalDate.of(2026, 7, 1)), "summer withdrawals");
        stage.forEach(
                filter(cohort, student -> student.withdrawsBeforeEnrollment() && stage.roll.admitted(student)),
                student -> stage.api.command(
                        stage.application(student) + "/withdrawal",
                        Map.of("reason", "Accepted a place in another programme")));
        stage.say(stage.roll.decidedAs("ADMITTED") + " admitted, " + stage.roll.decidedAs("WAITLISTED")
                + " waitlisted, " + stage.roll.decidedAs("REJECTED") + " rejected by the jury");
    }

    void enroll(List<StudentPlan> cohort) {
        stage.moveTo(at(LocalDate.of(2026, 9, 1)), "registration");
        // Seats freed in the summer went to the best waitlisted: ask admissions who holds one now.
        stage.forEach(filter(cohort, stage.roll::decidedOn), student -> {
            var status = stage.api.get(stage.application(student)).text("status");
            if ("ADMITTED".equals(status)) {
                stage.api.command(
                        stage.application(student) + "/enrollment",
                        Map.of("stream", student.stream(), "scheme", student.scheme()));
                stage.roll.enrolled(student);
            }
        });
        stage.forEach(
                stage.roll.enrolledOf(cohort),
                student -> stage.api.await(stage.account(student), reply -> reply.status() == 200));
        stage.say(stage.roll.enrolledCount() + " students enrolled");
    }

    void withdrawMidYear(List<StudentPlan> students) {
        stage.moveTo(at(LocalDate.of(2027, 1, 10)), "mid-year withdrawals");
        stage.forEach(filter(students, StudentPlan::withdrawsMidYear), student -> {
            stage.api.command(stage.application(student) + "/withdrawal", Map.of("reason", "Left for a job abroad"));
            stage.roll.withdrewMidYear(student);
        });
    }

    private static boolean isOneOf(Api.Reply reply, String... statuses) {
        return reply.status() == 200 && List.of(statuses).contains(reply.text("status"));
    }
}
