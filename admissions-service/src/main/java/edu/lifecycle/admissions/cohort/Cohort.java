package edu.lifecycle.admissions.cohort;

import java.util.Objects;

/**
 * The students of one programme in one academic year, as the events name them.
 *
 * @param programme the programme's reference-data id, e.g. {@code M2-ISD}
 * @param academicYear e.g. {@code 2026-2027}
 */
public record Cohort(String programme, String academicYear) {

    public Cohort {
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(academicYear, "academicYear");
    }

    /** {@code M2-ISD/2026-2027}: the key the programme-year stores are partitioned by. */
    public String key() {
        return programme + "/" + academicYear;
    }
}
