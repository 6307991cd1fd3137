package edu.lifecycle.curriculum.results;

import java.math.BigDecimal;

/** Running sums of one course over a cohort. */
public record CourseTally(int graded, int passed, BigDecimal markSum) {

    static CourseTally empty() {
        return new CourseTally(0, 0, BigDecimal.ZERO);
    }

    CourseTally plus(CourseMark mark, int sign) {
        return new CourseTally(
                graded + sign,
                passed + (mark.passed() ? sign : 0),
                markSum.add(mark.mark().multiply(BigDecimal.valueOf(sign))));
    }
}
