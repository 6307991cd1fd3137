package edu.lifecycle.curriculum.graduation;

import java.util.HashMap;
import java.util.Map;

/**
 * The ECTS a student has earned, per course code and the dissertation under {@link GraduationChecklist#DISSERTATION}. A
 * later grade of a course (a resit, a retaken defense) replaces its ECTS rather than adding to them.
 */
public record Credits(Map<String, Integer> byCourse) {

    public Credits {
        byCourse = Map.copyOf(byCourse);
    }

    static Credits none() {
        return new Credits(Map.of());
    }

    public int earned() {
        return byCourse.values().stream().mapToInt(Integer::intValue).sum();
    }

    Credits withCourse(String course, int ects) {
        var next = new HashMap<>(byCourse);
        next.put(course, ects);
        return new Credits(next);
    }
}
