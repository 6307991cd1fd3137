package edu.lifecycle.curriculum.results.stream;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.curriculum.CurriculumDriver;
import edu.lifecycle.curriculum.Students;
import edu.lifecycle.curriculum.programme.Programmes;
import edu.lifecycle.curriculum.results.Cohort;
import edu.lifecycle.curriculum.results.CohortResults;
import edu.lifecycle.curriculum.results.CohortTally;
import edu.lifecycle.curriculum.results.StudentResults;
import edu.lifecycle.curriculum.transcript.ExamSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ResultsTopologyTest {

    private static final Cohort COHORT = new Cohort(Programmes.ISD, Programmes.YEAR);

    private final CurriculumDriver curriculum = CurriculumDriver.withReadModels();
    private final Students students = new Students(curriculum);

    @AfterEach
    void close() {
        curriculum.close();
    }

    @Test
    void aCourseShowsItsAverageAndPassRateOverTheCohort() {
        students.enroll("stu-1");
        students.enroll("stu-2");
        students.grade("stu-1", "CC-01", "8", ExamSession.FIRST);
        students.grade("stu-2", "CC-01", "13", ExamSession.FIRST);

        var compliance = results().courses().get(0);

        assertThat(results().students()).isEqualTo(2);
        assertThat(compliance.code()).isEqualTo("CC-01");
        assertThat(compliance.graded()).isEqualTo(2);
        assertThat(compliance.passed()).isEqualTo(1);
        assertThat(compliance.passRate()).isEqualByComparingTo("50.00");
        assertThat(compliance.averageMark()).isEqualByComparingTo("10.50");
    }

    @Test
    void aResitReplacesTheFailInTheCohortsFigures() {
        students.enroll("stu-1");
        students.grade("stu-1", "CC-01", "8", ExamSession.FIRST);

        students.grade("stu-1", "CC-01", "12", ExamSession.RESIT);

        var compliance = results().courses().get(0);
        assertThat(compliance.graded()).isEqualTo(1);
        assertThat(compliance.passed()).isEqualTo(1);
        assertThat(compliance.averageMark()).isEqualByComparingTo("12.00");
    }

    @Test
    void degreesAreCountedByMentionWithTheirAverage() {
        students.graduate("stu-1", "17");
        students.graduate("stu-2", "14");
        students.graduate("stu-3", "15");

        var results = results();

        assertThat(results.degreesAwarded()).isEqualTo(3);
        assertThat(results.degreesByMention()).containsEntry("TRES_BIEN", 1).containsEntry("BIEN", 2);
        assertThat(results.averageDegreeMark()).isEqualByComparingTo("15.33");
    }

    @Test
    void resultsStoredAsJsonByTheReleaseBeforeReadOnAfterTheUpgrade() {
        students.enroll("stu-1");
        students.enroll("stu-2");
        students.grade("stu-1", "CC-01", "8", ExamSession.FIRST);
        students.grade("stu-2", "CC-01", "13", ExamSession.FIRST);
        // Every value of the results' stores as the release before wrote it: JSON.
        curriculum.rewriteAsJson(ResultsTopology.STUDENTS_STORE, StudentResults.class);
        curriculum.rewriteAsJson(ResultsTopology.ROWS_STORE, StudentResults.class);
        curriculum.rewriteAsJson(ResultsTopology.COHORTS_STORE, CohortTally.class);

        students.grade("stu-1", "CC-01", "12", ExamSession.RESIT);

        var compliance = results().courses().get(0);
        assertThat(results().students()).isEqualTo(2);
        assertThat(compliance.graded()).isEqualTo(2);
        assertThat(compliance.passed()).isEqualTo(2);
        assertThat(compliance.averageMark()).isEqualByComparingTo("12.50");
        assertThat(curriculum
                        .<StudentResults>store(ResultsTopology.STUDENTS_STORE)
                        .get("stu-2")
                        .courses())
                .containsOnlyKeys("CC-01");
    }

    private CohortResults results() {
        CohortTally tally =
                curriculum.<CohortTally>store(ResultsTopology.COHORTS_STORE).get(COHORT.key());
        return CohortResults.of(tally);
    }
}
