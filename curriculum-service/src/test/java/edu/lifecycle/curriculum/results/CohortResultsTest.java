package edu.lifecycle.curriculum.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A cohort's figures; which programme years have results is the web layer's ({@code CohortResultsQueryTest}). */
class CohortResultsTest {

    private static final Cohort COHORT = new Cohort("M2-ISD", "2026-2027");

    @Test
    void aStudentsNewResultsReplaceTheirPreviousOnes() {
        var failed = StudentResults.enrolled("stu-1", COHORT).graded("CC-01", new BigDecimal("8.00"), false);
        var resat = failed.graded("CC-01", new BigDecimal("11.00"), true);

        var tally = CohortTally.empty(COHORT)
                .replacing(null, StudentResults.enrolled("stu-1", COHORT))
                .replacing(StudentResults.enrolled("stu-1", COHORT), failed)
                .replacing(failed, resat);

        var results = CohortResults.of(tally);
        assertThat(results.students()).isEqualTo(1);
        assertThat(results.courses()).singleElement().satisfies(course -> {
            assertThat(course.graded()).isEqualTo(1);
            assertThat(course.passRate()).isEqualByComparingTo("100.00");
            assertThat(course.averageMark()).isEqualByComparingTo("11.00");
        });
    }

    @Test
    void passRatesAndAveragesAreRoundedHalfUpToTwoDecimals() {
        var tally = CohortTally.empty(COHORT);
        String[] marks = {"10.00", "8.00", "9.01"};
        for (int i = 0; i < marks.length; i++) {
            var mark = new BigDecimal(marks[i]);
            tally = tally.replacing(
                    null, StudentResults.enrolled("stu-" + i, COHORT).graded("CC-01", mark, mark.intValue() >= 10));
        }

        var course = CohortResults.of(tally).courses().get(0);

        assertThat(course.passRate()).isEqualTo(new BigDecimal("33.33"));
        assertThat(course.averageMark()).isEqualTo(new BigDecimal("9.00"));
    }

    @Test
    void aProgrammeYearWithoutTranscriptsHasEmptyResults() {
        var results = CohortResults.of(CohortTally.empty(COHORT));

        assertThat(results.students()).isZero();
        assertThat(results.courses()).isEmpty();
        assertThat(results.averageDegreeMark()).isNull();
        assertThat(results.degreesByMention()).isEmpty();
    }
}
