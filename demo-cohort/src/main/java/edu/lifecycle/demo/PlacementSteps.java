package edu.lifecycle.demo;

import static edu.lifecycle.demo.Stage.at;
import static edu.lifecycle.demo.Stage.filter;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** The placement office's part: work-study contracts, internships, validation of experience and first jobs. */
final class PlacementSteps {

    private final Stage stage;

    PlacementSteps(Stage stage) {
        this.stage = stage;
    }

    void signWorkStudy(List<StudentPlan> students, LocalDate start) {
        stage.forEach(
                students,
                student -> stage.api.command(
                        stage.placements(student) + "/work-study-contracts",
                        Map.of(
                                "employer",
                                        "Thales Defence "
                                                + (1
                                                        + Math.floorMod(
                                                                student.studentId()
                                                                        .hashCode(),
                                                                4)),
                                "startOn", start.toString(),
                                "endOn", LocalDate.of(2027, 8, 31).toString())));
    }

    /** Everyone without a work-study contract signs an internship for the spring and summer. */
    void signInternships(List<StudentPlan> students) {
        stage.forEach(filter(students, student -> !student.apprentice() && !student.switchesToWorkStudy()), student -> {
            var start = student.shortInternship() ? LocalDate.of(2027, 3, 1) : LocalDate.of(2027, 2, 1);
            var end = student.shortInternship() ? LocalDate.of(2027, 6, 30) : LocalDate.of(2027, 7, 31);
            stage.api.command(
                    stage.placements(student) + "/internships",
                    Map.of(
                            "organisation",
                            "Ministère des Armées",
                            "sector",
                            "STATE_CIVIL_SERVICE",
                            "role",
                            "Policy analyst intern",
                            "startOn",
                            start.toString(),
                            "endOn",
                            end.toString(),
                            "fullTime",
                            true,
                            "tutor",
                            "Tutor " + student.studentId()));
        });
    }

    void validateExperience(List<StudentPlan> students) {
        stage.moveTo(at(LocalDate.of(2027, 9, 1)), "validation of professional experience");
        stage.forEach(students, student -> {
            var record = stage.api.get(stage.placements(student));
            for (JsonNode placement : record.body().get("placements")) {
                if (!"VALIDATED".equals(placement.path("status").asText())) {
                    stage.api.command(
                            stage.placements(student) + "/"
                                    + placement.get("placementId").asText() + "/validation",
                            Map.of("evaluationMark", CohortGenerator.mark(student, "TUTOR", 1)));
                }
            }
        });
    }

    void recordCareers(List<StudentPlan> cohort, Set<String> graduates) {
        stage.moveTo(at(LocalDate.of(2027, 12, 15)), "first jobs");
        // Placement learns of each degree from curriculum's event; outcomes are only for graduates it knows.
        stage.api.await(
                stage.urls.placement() + "/api/v1/programmes/" + CohortPlayer.PROGRAMME + "/years/" + CohortPlayer.YEAR
                        + "/graduate-outcomes",
                reply -> reply.status() == 200 && reply.body().path("graduates").asInt() >= graduates.size());
        stage.forEach(filter(cohort, student -> graduates.contains(student.studentId())), student -> {
            var outcome = new HashMap<String, Object>(Map.of(
                    "sector",
                    student.outcomeSector(),
                    "organisation",
                    "Organisation " + (student.studentId().hashCode() & 0xff),
                    "jobTitle",
                    "Security analyst",
                    "monthsAfterGraduation",
                    student.monthsToFirstJob()));
            if (student.outcomeSector().endsWith("CIVIL_SERVICE")) {
                outcome.put("competitionPassed", "Concours d'attaché d'administration");
            }
            stage.api.command(
                    stage.urls.placement() + "/api/v1/students/" + student.studentId() + "/graduate-outcome", outcome);
        });
    }
}
