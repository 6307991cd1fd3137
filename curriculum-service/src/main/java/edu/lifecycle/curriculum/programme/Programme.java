package edu.lifecycle.curriculum.programme;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A programme as the curriculum sees it: its courses and the dissertation, whose ECTS together are what a student
 * must earn for the degree.
 */
public record Programme(String id, String title, List<Course> courses, int dissertationEcts) {

    public Programme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        courses = List.copyOf(courses);
        if (courses.isEmpty()) {
            throw new IllegalArgumentException("programme " + id + " has no course");
        }
        var codes = new HashSet<String>();
        for (Course course : courses) {
            if (!codes.add(course.code())) {
                throw new IllegalArgumentException("programme " + id + " lists course " + course.code() + " twice");
            }
        }
        if (dissertationEcts <= 0) {
            throw new IllegalArgumentException("the dissertation of " + id + " must be worth some ECTS");
        }
    }

    /** Every course and the dissertation: 60 for a Master 2 year. */
    public int requiredEcts() {
        return courses.stream().mapToInt(Course::ects).sum() + dissertationEcts;
    }

    public Optional<Course> course(String code) {
        return courses.stream().filter(course -> course.code().equals(code)).findFirst();
    }
}
