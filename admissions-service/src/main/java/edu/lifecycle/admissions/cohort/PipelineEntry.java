package edu.lifecycle.admissions.cohort;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One application in the pipeline.
 *
 * @param lastChangedAt when the event that set the status occurred
 * @param examScore written plus interview mark out of 40, {@code null} until graded
 */
public record PipelineEntry(String studentId, ApplicationStage status, Instant lastChangedAt, BigDecimal examScore) {}
