package edu.lifecycle.curriculum.results;

import java.util.Objects;

/** A programme year: the students who enrolled in one programme for one academic year. */
public record Cohort(String programme, String academicYear) {

    public Cohort {
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(academicYear, "academicYear");
    }

    /** {@code M2-ISD/2026-2027}: the key results are partitioned and stored by. */
    public String key() {
        return programme + "/" + academicYear;
    }
}
