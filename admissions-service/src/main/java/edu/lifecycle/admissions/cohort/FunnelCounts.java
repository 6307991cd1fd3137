package edu.lifecycle.admissions.cohort;

import java.util.Set;

/** How many students of a programme year reached each stage; a student counts once per stage. */
public record FunnelCounts(
        String programme,
        String academicYear,
        long submitted,
        long eligible,
        long ineligible,
        long graded,
        long admitted,
        long waitlisted,
        long rejected,
        long enrolled,
        long withdrawn) {

    public static FunnelCounts empty(Cohort cohort) {
        return new FunnelCounts(cohort.programme(), cohort.academicYear(), 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** One more student in each of {@code stages}. */
    public FunnelCounts counting(Set<ApplicationStage> stages) {
        return new FunnelCounts(
                programme,
                academicYear,
                submitted + one(stages, ApplicationStage.SUBMITTED),
                eligible + one(stages, ApplicationStage.ELIGIBLE),
                ineligible + one(stages, ApplicationStage.INELIGIBLE),
                graded + one(stages, ApplicationStage.GRADED),
                admitted + one(stages, ApplicationStage.ADMITTED),
                waitlisted + one(stages, ApplicationStage.WAITLISTED),
                rejected + one(stages, ApplicationStage.REJECTED),
                enrolled + one(stages, ApplicationStage.ENROLLED),
                withdrawn + one(stages, ApplicationStage.WITHDRAWN));
    }

    private static long one(Set<ApplicationStage> stages, ApplicationStage stage) {
        return stages.contains(stage) ? 1 : 0;
    }
}
