package edu.lifecycle.admissions.cohort;

import edu.lifecycle.admissions.application.ExamResult;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * One student as the programme-year stores need it: sent from the student's partition to the cohort's, where the
 * pipeline, the funnel and the roster are kept.
 *
 * @param roster the student's roster line, {@code null} until enrolled
 */
public record CohortRow(
        String studentId,
        Cohort cohort,
        ApplicationStage status,
        Instant lastChangedAt,
        ExamResult exam,
        Set<ApplicationStage> stagesReached,
        RosterEntry roster) {

    public CohortRow {
        var stages = EnumSet.noneOf(ApplicationStage.class);
        if (stagesReached != null) {
            stages.addAll(stagesReached);
        }
        stagesReached = stages;
    }

    public PipelineEntry pipelineEntry() {
        return new PipelineEntry(studentId, status, lastChangedAt, exam);
    }

    /** The stages this row reached that {@code before} (the same student's previous row, or null) had not. */
    public Set<ApplicationStage> stagesReachedSince(CohortRow before) {
        var reached = EnumSet.noneOf(ApplicationStage.class);
        reached.addAll(stagesReached);
        if (before != null) {
            reached.removeAll(before.stagesReached);
        }
        return reached;
    }
}
