package edu.lifecycle.placement.careers.stream;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.placement.Lifecycle;
import edu.lifecycle.placement.PlacementDriver;
import edu.lifecycle.placement.Students;
import edu.lifecycle.placement.careers.GraduateOutcomes;
import edu.lifecycle.placement.placement.Programmes;
import edu.lifecycle.placement.placement.Sector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GraduateOutcomesTopologyTest {

    private final PlacementDriver placement = new PlacementDriver(Programmes.catalog());
    private final Students students = new Students(placement);

    @AfterEach
    void close() {
        placement.close();
    }

    @Test
    void outcomesAreCountedBySectorWithThePlacementRateWithinSixMonthsOfTheDegree() {
        for (var student : new String[] {"stu-1", "stu-2", "stu-3", "stu-4"}) {
            students.enroll(student, "M2-ISD");
        }
        students.graduate("stu-1", "M2-ISD");
        students.graduate("stu-2", "M2-ISD");
        students.graduate("stu-3", "M2-ISD");
        students.recordFirstPosition("stu-1", Sector.CONSULTING, 2);
        students.recordFirstPosition("stu-2", Sector.DEFENCE_INDUSTRY, 6);
        students.recordFirstPosition("stu-3", Sector.DEFENCE_INDUSTRY, 9);

        var outcomes = outcomes("M2-ISD/2026-2027");

        assertThat(outcomes.graduates()).isEqualTo(3);
        assertThat(outcomes.outcomesRecorded()).isEqualTo(3);
        assertThat(outcomes.bySector())
                .containsEntry(Sector.CONSULTING, 1)
                .containsEntry(Sector.DEFENCE_INDUSTRY, 2)
                .containsEntry(Sector.THINK_TANK, 0)
                .hasSize(Sector.values().length);
        assertThat(outcomes.placedWithinSixMonths()).isEqualTo(2);
        assertThat(outcomes.placementRateWithinSixMonths()).isEqualByComparingTo("66.67");
    }

    @Test
    void aGraduateWithoutAnOutcomeLowersTheRate() {
        students.enroll("stu-1", "M2-ISD");
        students.enroll("stu-2", "M2-ISD");
        students.graduate("stu-1", "M2-ISD");
        students.graduate("stu-2", "M2-ISD");
        students.recordFirstPosition("stu-1", Sector.STATE_CIVIL_SERVICE, 1);

        var outcomes = outcomes("M2-ISD/2026-2027");

        assertThat(outcomes.graduates()).isEqualTo(2);
        assertThat(outcomes.placementRateWithinSixMonths()).isEqualByComparingTo("50.00");
    }

    @Test
    void aDegreeReadTwiceCountsOneGraduate() {
        students.enroll("stu-1", "M2-ISD");
        var degree = Lifecycle.degreeAwarded("stu-1", "M2-ISD");
        placement.curriculum("stu-1", degree);
        placement.curriculum("stu-1", degree);

        assertThat(outcomes("M2-ISD/2026-2027").graduates()).isEqualTo(1);
    }

    private GraduateOutcomes outcomes(String cohort) {
        return placement
                .<GraduateOutcomes>store(GraduateOutcomesProjector.STORE)
                .get(cohort);
    }
}
