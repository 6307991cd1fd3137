package edu.lifecycle.demo;

import static edu.lifecycle.demo.Stage.at;
import static edu.lifecycle.demo.Stage.filter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/** The registrar's and the juries' part: grades and resits, the dissertation and its defense, and the degrees. */
final class StudySteps {

    private final Stage stage;

    StudySteps(Stage stage) {
        this.stage = stage;
    }

    void sitFirstSession(List<StudentPlan> students) {
        stage.moveTo(at(LocalDate.of(2027, 4, 20)), "exams, first session");
        stage.forEach(students, student -> grade(student, 0, "FIRST", code -> true));
    }

    void defend(List<StudentPlan> students) {
        stage.moveTo(at(LocalDate.of(2027, 5, 15)), "dissertations submitted");
        stage.forEach(
                students,
                student -> stage.api.command(
                        stage.transcript(student) + "/dissertation",
                        Map.of("title", "European defence cooperation after 2025", "supervisor", "Prof. Lambert")));
        stage.moveTo(at(LocalDate.of(2027, 6, 1)), "resits");
        stage.forEach(
                students,
                student -> grade(
                        student,
                        1,
                        "RESIT",
                        code -> CohortGenerator.mark(student, code, 0).compareTo(BigDecimal.TEN) < 0));
        stage.moveTo(at(LocalDate.of(2027, 6, 2)), "defenses scheduled");
        stage.forEach(students, student -> scheduleDefense(student, LocalDate.of(2027, 6, 25)));
        stage.moveTo(at(LocalDate.of(2027, 6, 26)), "defenses");
        recordDefenses(
                students, student -> student.failsFirstDefense() ? new BigDecimal("8.50") : defenseMark(student));
        var failed = filter(students, StudentPlan::failsFirstDefense);
        stage.forEach(failed, student -> scheduleDefense(student, LocalDate.of(2027, 7, 9)));
        stage.moveTo(at(LocalDate.of(2027, 7, 10)), "second defenses");
        recordDefenses(failed, StudySteps::defenseMark);
    }

    private void recordDefenses(List<StudentPlan> students, Function<StudentPlan, BigDecimal> mark) {
        stage.forEach(
                students,
                student -> stage.api.command(
                        stage.transcript(student) + "/dissertation/defense/result",
                        Map.of("mark", mark.apply(student))));
    }

    /**
     * Waits for the degrees the plan leads to, then asks curriculum who holds one: the services decide, and the
     * demo reports what they decided.
     */
    Set<String> awaitDegrees(List<StudentPlan> students) {
        stage.forEach(
                filter(students, this::expectedToGraduate),
                student -> stage.api.await(
                        stage.transcript(student), reply -> reply.status() == 200 && hasDegree(reply.body())));
        var graduates = ConcurrentHashMap.<String>newKeySet();
        stage.forEach(students, student -> {
            if (hasDegree(stage.api.get(stage.transcript(student)).body())) {
                graduates.add(student.studentId());
            }
        });
        stage.say(graduates.size() + " degrees awarded");
        return graduates;
    }

    private static boolean hasDegree(JsonNode transcript) {
        return transcript != null
                && !transcript.path("degree").isNull()
                && !transcript.path("degree").isMissingNode();
    }

    /** Whether the plan leads to a degree: tuition settled, experience met, every course passed. */
    private boolean expectedToGraduate(StudentPlan student) {
        if (!stage.roll.stillStudying(student) || student.stopsPaying() || student.shortInternship()) {
            return false;
        }
        var courses = stage.api.get(stage.transcript(student)).body().get("courses");
        for (JsonNode course : courses) {
            if (!course.path("passed").asBoolean()
                    && !"DISSERTATION".equals(course.path("kind").asText())) {
                return false;
            }
        }
        return true;
    }

    private void grade(StudentPlan student, int attempt, String session, Predicate<String> which) {
        var courses = stage.api.get(stage.transcript(student)).body().get("courses");
        for (JsonNode course : courses) {
            var code = course.get("code").asText();
            if ("DISSERTATION".equals(course.path("kind").asText()) || !which.test(code)) {
                continue;
            }
            stage.api.command(
                    stage.transcript(student) + "/grades",
                    Map.of(
                            "courseCode",
                            code,
                            "mark",
                            CohortGenerator.mark(student, code, attempt),
                            "session",
                            session));
        }
    }

    private void scheduleDefense(StudentPlan student, LocalDate day) {
        stage.api.command(
                stage.transcript(student) + "/dissertation/defense",
                Map.of(
                        "defenseAt", at(day).toString(),
                        "room",
                                "Amphi "
                                        + (1 + Math.floorMod(student.studentId().hashCode(), 3)),
                        "jury", List.of("Prof. Lambert", "Dr. Nguyen", "Col. Perrin")));
    }

    private static BigDecimal defenseMark(StudentPlan student) {
        var mark = CohortGenerator.mark(student, "DISSERTATION", 0);
        return mark.compareTo(new BigDecimal("10.50")) < 0 ? new BigDecimal("10.50") : mark;
    }
}
