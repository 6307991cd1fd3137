package edu.lifecycle.admissions.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** The entrance examination's marks, each out of 20. */
public record ExamMarks(BigDecimal writtenMark, BigDecimal interviewMark, Instant gradedAt) {

    public ExamMarks {
        Objects.requireNonNull(writtenMark, "writtenMark");
        Objects.requireNonNull(interviewMark, "interviewMark");
        Objects.requireNonNull(gradedAt, "gradedAt");
    }

    /** Written plus interview, out of 40: what the waitlist is ordered by. */
    public BigDecimal score() {
        return writtenMark.add(interviewMark);
    }
}
