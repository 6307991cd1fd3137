package edu.lifecycle.curriculum.results;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The sums behind a cohort's results. A student's new results replace their previous ones by subtracting the old
 * contribution and adding the new, so the tally never needs to scan the cohort.
 */
public record CohortTally(
        Cohort cohort,
        int students,
        Map<String, CourseTally> courses,
        Map<String, Integer> degreesByMention,
        int degrees,
        BigDecimal degreeAverageSum) {

    public CohortTally {
        Objects.requireNonNull(cohort, "cohort");
        courses = Map.copyOf(courses);
        degreesByMention = Map.copyOf(degreesByMention);
    }

    public static CohortTally empty(Cohort cohort) {
        return new CohortTally(cohort, 0, Map.of(), Map.of(), 0, BigDecimal.ZERO);
    }

    /** The tally with {@code before} (may be {@code null}) replaced by {@code after}. */
    public CohortTally replacing(StudentResults before, StudentResults after) {
        return counting(before, -1).counting(after, +1);
    }

    private CohortTally counting(StudentResults results, int sign) {
        if (results == null) {
            return this;
        }
        var byCourse = new HashMap<>(courses);
        results.courses()
                .forEach((code, mark) -> byCourse.put(
                        code, byCourse.getOrDefault(code, CourseTally.empty()).plus(mark, sign)));
        var byMention = new HashMap<>(degreesByMention);
        int degreeCount = degrees;
        var averageSum = degreeAverageSum;
        if (results.mention() != null) {
            byMention.merge(results.mention(), sign, Integer::sum);
            degreeCount += sign;
            averageSum = averageSum.add(results.degreeAverage().multiply(BigDecimal.valueOf(sign)));
        }
        return new CohortTally(cohort, students + sign, byCourse, byMention, degreeCount, averageSum);
    }
}
