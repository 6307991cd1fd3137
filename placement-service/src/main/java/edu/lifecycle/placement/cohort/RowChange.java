package edu.lifecycle.placement.cohort;

/**
 * A student's row before and after an event, as the cohort read models receive it: each applies the difference, so
 * a student is counted once however often their row changes.
 *
 * @param before {@code null} for the student's first row in the cohort
 */
public record RowChange(StudentRow before, StudentRow after) {}
