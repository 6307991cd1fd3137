package edu.lifecycle.curriculum.results;

import edu.lifecycle.curriculum.programme.OpenYears;
import edu.lifecycle.curriculum.transcript.Marks;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A cohort's results as staff read them. Averages and pass rates (in percent) are rounded like every average of the
 * curriculum, HALF_UP to two decimals; they are {@code null} where nothing has been graded yet.
 */
public record CohortResults(
        String programme,
        String academicYear,
        int students,
        List<CourseResults> courses,
        int degreesAwarded,
        BigDecimal averageDegreeMark,
        Map<String, Integer> degreesByMention) {

    /**
     * The results of a cohort of a programme the curriculum teaches: its tally, or empty results for an open year no
     * transcript has reached yet. A year neither open nor with a transcript has no results (empty), so a mistyped or
     * closed year is not shown as a cohort of nobody.
     */
    public static Optional<CohortResults> lookUp(Cohort cohort, Optional<CohortTally> tally, OpenYears openYears) {
        if (tally.isPresent()) {
            return tally.map(CohortResults::of);
        }
        return openYears.contains(cohort.academicYear())
                ? Optional.of(CohortResults.of(CohortTally.empty(cohort)))
                : Optional.empty();
    }

    public static CohortResults of(CohortTally tally) {
        var courses = tally.courses().entrySet().stream()
                .filter(entry -> entry.getValue().graded() > 0)
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .map(entry -> CourseResults.of(entry.getKey(), entry.getValue()))
                .toList();
        var mentions = new TreeMap<String, Integer>();
        tally.degreesByMention().forEach((mention, count) -> {
            if (count > 0) {
                mentions.put(mention, count);
            }
        });
        return new CohortResults(
                tally.cohort().programme(),
                tally.cohort().academicYear(),
                tally.students(),
                courses,
                tally.degrees(),
                tally.degrees() == 0 ? null : Marks.average(tally.degreeAverageSum(), tally.degrees()),
                mentions);
    }

    public record CourseResults(String code, int graded, int passed, BigDecimal passRate, BigDecimal averageMark) {

        static CourseResults of(String code, CourseTally tally) {
            return new CourseResults(
                    code,
                    tally.graded(),
                    tally.passed(),
                    Marks.average(BigDecimal.valueOf(100L * tally.passed()), tally.graded()),
                    Marks.average(tally.markSum(), tally.graded()));
        }
    }
}
