package edu.lifecycle.placement.workstudy.stream;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.placement.PlacementDriver;
import edu.lifecycle.placement.Students;
import edu.lifecycle.placement.placement.Programmes;
import edu.lifecycle.placement.workstudy.WorkStudyNumbers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkStudyTopologyTest {

    private final PlacementDriver placement = new PlacementDriver(Programmes.catalog());
    private final Students students = new Students(placement);

    @AfterEach
    void close() {
        placement.close();
    }

    @Test
    void contractsSignedAndTheShareOfTheCohortUnderContractAreCountedPerProgrammeYear() {
        for (var student : new String[] {"stu-1", "stu-2", "stu-3"}) {
            students.enroll(student, "M2-ISD");
        }
        students.enroll("stu-4", "M2-ISI");
        students.signWorkStudy("stu-1", "2026-10-01", "2027-03-31");
        students.signWorkStudy("stu-1", "2027-04-01", "2027-09-30");
        students.signWorkStudy("stu-2", "2026-10-01", "2027-09-30");
        students.signWorkStudy("stu-4", "2026-10-01", "2027-09-30");
        students.withdraw("stu-3");

        var isd = numbers("M2-ISD/2026-2027");

        assertThat(isd.enrolled()).isEqualTo(3);
        assertThat(isd.withdrawn()).isEqualTo(1);
        assertThat(isd.studentsUnderContract()).isEqualTo(2);
        assertThat(isd.contractsSigned()).isEqualTo(3);
        assertThat(isd.shareOfCohort()).isEqualByComparingTo("66.67");
        assertThat(numbers("M2-ISI/2026-2027").shareOfCohort()).isEqualByComparingTo("100.00");
    }

    @Test
    void aCohortWithoutContractsHasAShareOfZero() {
        students.enroll("stu-1", "M2-ISD");
        students.signInternship("stu-1", "2027-01-04", "2027-05-03");

        var isd = numbers("M2-ISD/2026-2027");

        assertThat(isd.enrolled()).isEqualTo(1);
        assertThat(isd.contractsSigned()).isZero();
        assertThat(isd.shareOfCohort()).isEqualByComparingTo("0.00");
    }

    private WorkStudyNumbers numbers(String cohort) {
        return placement.<WorkStudyNumbers>store(WorkStudyProjector.STORE).get(cohort);
    }
}
