package edu.lifecycle.placement.workstudy;

import edu.lifecycle.placement.cohort.Shares;
import java.math.BigDecimal;

/**
 * Work-study in a programme year.
 *
 * @param enrolled students whose placement record opened: the cohort
 * @param withdrawn of them, those who withdrew
 * @param studentsUnderContract students who signed at least one work-study contract
 * @param contractsSigned work-study contracts signed, a student's second contract included
 * @param shareOfCohort students under contract out of the enrolled, in percent
 */
public record WorkStudyNumbers(
        String programme,
        String academicYear,
        int enrolled,
        int withdrawn,
        int studentsUnderContract,
        int contractsSigned,
        BigDecimal shareOfCohort) {

    public static WorkStudyNumbers none(String programme, String academicYear) {
        return of(programme, academicYear, 0, 0, 0, 0);
    }

    public static WorkStudyNumbers of(
            String programme,
            String academicYear,
            int enrolled,
            int withdrawn,
            int studentsUnderContract,
            int contractsSigned) {
        return new WorkStudyNumbers(
                programme,
                academicYear,
                enrolled,
                withdrawn,
                studentsUnderContract,
                contractsSigned,
                Shares.percent(studentsUnderContract, enrolled));
    }

    public WorkStudyNumbers plus(int enrolled, int withdrawn, int studentsUnderContract, int contractsSigned) {
        return of(
                programme,
                academicYear,
                this.enrolled + enrolled,
                this.withdrawn + withdrawn,
                this.studentsUnderContract + studentsUnderContract,
                this.contractsSigned + contractsSigned);
    }
}
