package edu.lifecycle.curriculum.results;

import edu.lifecycle.curriculum.transcript.Marks;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
