package edu.lifecycle.placement.validation.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import edu.lifecycle.placement.PlacementDriver;
import edu.lifecycle.placement.Students;
import edu.lifecycle.placement.cohort.Cohort;
import edu.lifecycle.placement.placement.Programmes;
import edu.lifecycle.placement.validation.PendingValidation;
import edu.lifecycle.placement.validation.PendingValidationsPage;
import edu.lifecycle.servicekit.query.PageRequest;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PendingValidationsTopologyTest {

    private static final Cohort ISD = new Cohort("M2-ISD", "2026-2027");

    private final PlacementDriver placement = new PlacementDriver(Programmes.catalog());
    private final Students students = new Students(placement);

    @AfterEach
    void close() {
        placement.close();
    }

    @Test
    void placementsThatEndedAndAreNotValidatedAreListedOldestEndFirst() {
        students.enroll("stu-1", "M2-ISD");
        students.enroll("stu-2", "M2-ISD");
        students.enroll("stu-3", "M2-ISI");
        var late = students.signInternship("stu-1", "2027-02-01", "2027-06-30");
        var early = students.signInternship("stu-2", "2027-01-04", "2027-05-03");
        students.signInternship("stu-3", "2027-01-04", "2027-05-03");
        var notYet = students.signWorkStudy("stu-2", "2026-10-01", "2027-09-30");

        var page = pending("2027-07-01", 0, 10);

        assertThat(page.items())
                .extracting(PendingValidation::studentId, PendingValidation::placementId)
                .containsExactly(tuple("stu-2", early), tuple("stu-1", late));
        assertThat(page.items()).extracting(PendingValidation::placementId).doesNotContain(notYet);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void theListIsPaged() {
        for (var student : new String[] {"stu-1", "stu-2", "stu-3"}) {
            students.enroll(student, "M2-ISD");
            students.signInternship(student, "2027-01-04", "2027-05-03");
        }

        var first = pending("2027-06-01", 0, 2);
        var second = pending("2027-06-01", 1, 2);

        assertThat(first.items()).hasSize(2);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.items())
                .singleElement()
                .extracting(PendingValidation::studentId)
                .isEqualTo("stu-3");
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void aValidatedPlacementLeavesTheListAndAnEarlyEndMovesItsDate() {
        students.enroll("stu-1", "M2-ISD");
        students.enroll("stu-2", "M2-ISD");
        var validated = students.signInternship("stu-1", "2027-01-04", "2027-05-03");
        var cut = students.signInternship("stu-2", "2027-02-01", "2027-06-30");
        students.validate("stu-1", validated, "13", "2027-05-10");
        students.endEarly("stu-2", cut, "2027-03-31");

        var page = pending("2027-04-15", 0, 10);

        assertThat(page.items()).singleElement().satisfies(entry -> {
            assertThat(entry.placementId()).isEqualTo(cut);
            assertThat(entry.lastDay()).isEqualTo(LocalDate.parse("2027-03-31"));
        });
    }

    @Test
    void aWithdrawnStudentsPlacementsAreNoLongerAwaited() {
        students.enroll("stu-1", "M2-ISD");
        students.signInternship("stu-1", "2027-01-04", "2027-05-03");
        students.withdraw("stu-1");

        assertThat(pending("2027-06-01", 0, 10).items()).isEmpty();
    }

    private PendingValidationsPage pending(String today, int page, int size) {
        return PendingValidationsQuery.page(
                placement.<PendingValidation>store(PendingValidationsProjector.STORE),
                ISD,
                LocalDate.parse(today),
                new PageRequest(page, size));
    }
}
