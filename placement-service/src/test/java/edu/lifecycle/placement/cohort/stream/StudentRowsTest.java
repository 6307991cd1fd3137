package edu.lifecycle.placement.cohort.stream;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.events.placement.InternshipValidated;
import edu.lifecycle.events.placement.PlacementRecordClosed;
import edu.lifecycle.events.placement.PlacementRecordOpened;
import edu.lifecycle.placement.cohort.StudentRow;
import edu.lifecycle.placement.placement.Experience;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How a student's row keeps experience: the requirement from the opening, the months from each validation. */
class StudentRowsTest {

    private static final Instant AT = Instant.parse("2027-05-10T09:00:00Z");

    @Test
    void theRowHoldsTheRequirementTheRecordOpenedWith() {
        var row = StudentRows.fold(StudentRow.none("stu-1"), opened("6"));

        assertThat(row.requiredMonths()).isEqualByComparingTo("6.00");
        assertThat(row.experience())
                .hasValueSatisfying(
                        experience -> assertThat(experience.monthsMissing()).isEqualByComparingTo("6.00"));
    }

    @Test
    void validatedMonthsAddUpAndReachTheRequirement() {
        var row = StudentRows.fold(StudentRow.none("stu-1"), opened("6"));
        row = StudentRows.fold(row, validated("agr-1", "4.00"));

        assertThat(row.experience().map(Experience::validatedMonths)).hasValue(new BigDecimal("4.00"));
        assertThat(row.experience().map(Experience::met)).hasValue(false);

        row = StudentRows.fold(row, validated("wsc-1", "3.00"));

        assertThat(row.experience().map(Experience::validatedMonths)).hasValue(new BigDecimal("7.00"));
        assertThat(row.experience().map(Experience::met)).hasValue(true);
    }

    @Test
    void aValidationReadTwiceCountsOnce() {
        var once =
                StudentRows.fold(StudentRows.fold(StudentRow.none("stu-1"), opened("6")), validated("agr-1", "4.00"));
        var twice = StudentRows.fold(once, validated("agr-1", "4.00"));

        assertThat(twice).isEqualTo(once);
        assertThat(twice.experience().map(Experience::validatedMonths)).hasValue(new BigDecimal("4.00"));
    }

    @Test
    void aWithdrawalKeepsTheMonthsValidated() {
        var row = StudentRows.fold(StudentRows.fold(StudentRow.none("stu-1"), opened("6")), validated("agr-1", "4.00"));
        row = StudentRows.fold(row, new PlacementRecordClosed("e-3", AT, "stu-1", "withdrawn"));

        assertThat(row.withdrawn()).isTrue();
        assertThat(row.experience().map(Experience::validatedMonths)).hasValue(new BigDecimal("4.00"));
    }

    private static PlacementRecordOpened opened(String requiredMonths) {
        return new PlacementRecordOpened(
                "e-1", AT, "stu-1", "M2-ISD", "2026-2027", new BigDecimal(requiredMonths).setScale(2));
    }

    private static InternshipValidated validated(String placementId, String months) {
        return new InternshipValidated(
                "e-2", AT, "stu-1", placementId, new BigDecimal("15.00"), new BigDecimal(months), "officer");
    }
}
