package edu.lifecycle.curriculum.graduation;

import java.util.Objects;

/**
 * The programme year a checklist is for, from the transcript's opening: where the student is listed, and how many ECTS
 * the degree requires there.
 */
public record Enrolment(String programme, String academicYear, int requiredEcts) {

    public Enrolment {
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(academicYear, "academicYear");
    }
}
