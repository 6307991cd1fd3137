package edu.lifecycle.curriculum.programme;

import java.util.Objects;

/** A course of a programme, worth {@code ects} when passed. */
public record Course(String code, String title, int ects, CourseKind kind) {

    public Course {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        if (code.isBlank()) {
            throw new IllegalArgumentException("a course needs a code");
        }
        if (ects <= 0) {
            throw new IllegalArgumentException("course " + code + " must be worth some ECTS, not " + ects);
        }
    }
}
