package edu.lifecycle.curriculum.transcript;

import edu.lifecycle.curriculum.programme.Course;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What the enrollment fixed: the programme year and its courses, copied so later reference data changes nothing. */
public record Syllabus(
        String programmeId,
        String academicYear,
        List<Course> courses,
        int dissertationEcts,
        int requiredEcts,
        Instant openedAt) {

    public Syllabus {
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(academicYear, "academicYear");
        courses = List.copyOf(courses);
        Objects.requireNonNull(openedAt, "openedAt");
    }

    Optional<Course> course(String code) {
        return courses.stream().filter(course -> course.code().equals(code)).findFirst();
    }
}
