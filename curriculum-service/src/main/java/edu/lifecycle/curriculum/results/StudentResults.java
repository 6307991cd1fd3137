package edu.lifecycle.curriculum.results;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one student contributes to the results of their cohort: the standing mark of each course, and the degree
 * once awarded ({@code mention} and {@code degreeAverage} {@code null} until then).
 */
public record StudentResults(
        String studentId, Cohort cohort, Map<String, CourseMark> courses, String mention, BigDecimal degreeAverage) {

    public StudentResults {
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(cohort, "cohort");
        courses = Map.copyOf(courses);
    }

    public static StudentResults enrolled(String studentId, Cohort cohort) {
        return new StudentResults(studentId, cohort, Map.of(), null, null);
    }

    /** A later mark of the same course (a resit) replaces the earlier one. */
    public StudentResults graded(String course, BigDecimal mark, boolean passed) {
        var next = new HashMap<>(courses);
        next.put(course, new CourseMark(mark, passed));
        return new StudentResults(studentId, cohort, next, mention, degreeAverage);
    }

    public StudentResults graduated(String awardedMention, BigDecimal average) {
        return new StudentResults(studentId, cohort, courses, awardedMention, average);
    }
}
