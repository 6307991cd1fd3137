package edu.lifecycle.admissions.cohort;

import edu.lifecycle.admissions.application.ExamResult;
import java.time.Instant;

/**
 * One application in the pipeline.
 *
 * @param lastChangedAt when the event that set the status occurred
 * @param exam the written and interview marks and their average, each out of 20; {@code null} until graded
 */
public record PipelineEntry(String studentId, ApplicationStage status, Instant lastChangedAt, ExamResult exam) {}
