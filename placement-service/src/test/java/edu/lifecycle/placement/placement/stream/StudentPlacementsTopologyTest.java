package edu.lifecycle.placement.placement.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import edu.lifecycle.placement.PlacementDriver;
import edu.lifecycle.placement.Students;
import edu.lifecycle.placement.placement.PlacementKind;
import edu.lifecycle.placement.placement.PlacementStatus;
import edu.lifecycle.placement.placement.Programmes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StudentPlacementsTopologyTest {

    private final PlacementDriver placement = new PlacementDriver(Programmes.catalog());
    private final Students students = new Students(placement);

    @AfterEach
    void close() {
        placement.close();
    }

    @Test
    void aStudentsPlacementsShowEachStatusAndTheValidatedMonthsAgainstTheRequirement() {
        students.enroll("stu-1", "M2-ISD");
        var cut = students.signInternship("stu-1", "2026-10-01", "2027-01-31");
        students.endEarly("stu-1", cut, "2026-11-15");
        students.validate("stu-1", cut, "11", "2026-11-20");
        var internship = students.signInternship("stu-1", "2027-02-01", "2027-06-30");
        var contract = students.signWorkStudy("stu-1", "2027-07-01", "2027-12-31");

        StudentPlacements view = placement
                .<StudentPlacements>store(StudentPlacementsProjector.STORE)
                .get("stu-1");

        assertThat(view.programme()).isEqualTo("M2-ISD");
        assertThat(view.requiredMonths()).isEqualByComparingTo("6.00");
        // 1 October to 15 November: one month, then 15 of the 30 days to 1 December.
        assertThat(view.validatedMonths()).isEqualByComparingTo("1.50");
        assertThat(view.requirementMetAt()).isNull();
        assertThat(view.placements())
                .extracting(
                        StudentPlacements.Entry::placementId,
                        StudentPlacements.Entry::kind,
                        StudentPlacements.Entry::status)
                .containsExactly(
                        tuple(cut, PlacementKind.INTERNSHIP, PlacementStatus.VALIDATED),
                        tuple(internship, PlacementKind.INTERNSHIP, PlacementStatus.SIGNED),
                        tuple(contract, PlacementKind.WORK_STUDY, PlacementStatus.SIGNED));
        assertThat(view.placements().get(0).endedOn()).hasToString("2026-11-15");
    }

    @Test
    void theRequirementMetShowsWhenTheTotalReachesIt() {
        students.enroll("stu-1", "M2-ISD");
        var internship = students.signInternship("stu-1", "2027-03-01", "2027-08-31");
        students.validate("stu-1", internship, "16", "2027-09-01");

        StudentPlacements view = placement
                .<StudentPlacements>store(StudentPlacementsProjector.STORE)
                .get("stu-1");

        assertThat(view.validatedMonths()).isEqualByComparingTo("6.00");
        assertThat(view.requirementMetAt()).isNotNull();
        assertThat(view.placements()).singleElement().satisfies(entry -> {
            assertThat(entry.evaluationMark()).isEqualByComparingTo("16.00");
            assertThat(entry.validatedMonths()).isEqualByComparingTo("6.00");
        });
    }

    @Test
    void aWithdrawalClosesTheStudentsPlacements() {
        students.enroll("stu-1", "M2-ISD");
        students.withdraw("stu-1");

        StudentPlacements view = placement
                .<StudentPlacements>store(StudentPlacementsProjector.STORE)
                .get("stu-1");

        assertThat(view.closed()).isTrue();
    }
}
