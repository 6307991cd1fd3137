package edu.lifecycle.placement.cohort.stream;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.placement.PlacementDriver;
import edu.lifecycle.placement.Students;
import edu.lifecycle.placement.cohort.Cohort;
import edu.lifecycle.placement.placement.Programmes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Whether a programme year has students: what lets a year no longer open still be reported on. */
class CohortStoresTopologyTest {

    private final PlacementDriver placement = new PlacementDriver(Programmes.catalog());
    private final Students students = new Students(placement);

    @AfterEach
    void close() {
        placement.close();
    }

    @Test
    void aCohortHasStudentsOnceARecordOfItOpenedAndOnlyThen() {
        var rows = placement.<edu.lifecycle.placement.cohort.StudentRow>store(CohortStores.COHORT_ROWS);
        var isd = new Cohort("M2-ISD", "2026-2027");
        assertThat(CohortStores.hasStudents(rows, isd)).isFalse();

        students.enroll("stu-1", "M2-ISD");

        assertThat(CohortStores.hasStudents(rows, isd)).isTrue();
        assertThat(CohortStores.hasStudents(rows, new Cohort("M2-ISI", "2026-2027")))
                .isFalse();
        assertThat(CohortStores.hasStudents(rows, new Cohort("M2-ISD", "2026-202")))
                .isFalse();
    }
}
