package edu.lifecycle.admissions.application;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The entrance exam as a person reads it: the written mark, the interview mark and their average, each out of
 * {@value #OUT_OF}. The average is exact, never rounded (two marks with two decimals average to at most three), so
 * the order it shows is the order in which the waitlist promotes.
 *
 * @param outOf the scale of every mark here, {@value #OUT_OF}
 */
public record ExamResult(BigDecimal writtenMark, BigDecimal interviewMark, BigDecimal averageMark, int outOf) {

    /** The French scale every entrance-exam mark is given on. */
    public static final int OUT_OF = 20;

    private static final int MARK_SCALE = 2;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    public ExamResult {
        Objects.requireNonNull(writtenMark, "writtenMark");
        Objects.requireNonNull(interviewMark, "interviewMark");
        Objects.requireNonNull(averageMark, "averageMark");
    }

    public static ExamResult of(BigDecimal writtenMark, BigDecimal interviewMark) {
        BigDecimal average = writtenMark.add(interviewMark).divide(TWO);
        // 14.75 reads as a mark, 14.750 does not; 14.625 keeps its third decimal rather than lose the order.
        if (average.stripTrailingZeros().scale() <= MARK_SCALE) {
            average = average.setScale(MARK_SCALE);
        }
        return new ExamResult(
                writtenMark.setScale(Math.max(MARK_SCALE, writtenMark.scale())),
                interviewMark.setScale(Math.max(MARK_SCALE, interviewMark.scale())),
                average,
                OUT_OF);
    }
}
