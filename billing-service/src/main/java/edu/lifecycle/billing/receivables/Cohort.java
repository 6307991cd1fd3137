package edu.lifecycle.billing.receivables;

import java.util.Objects;

/** A programme year: the unit receivables and the overdue list are kept by. */
public record Cohort(String programme, String academicYear) {

    public Cohort {
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(academicYear, "academicYear");
    }

    /** {@code M2-ISD/2026-2027}: the key the read models are partitioned by. */
    public String key() {
        return programme + "/" + academicYear;
    }
}
