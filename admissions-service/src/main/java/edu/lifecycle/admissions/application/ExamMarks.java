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

    /**
     * Written plus interview, out of 40: what the waitlist is ordered by. Internal only: people are shown the
     * {@link #result()}, whose average orders them the same way.
     */
    public BigDecimal total() {
        return writtenMark.add(interviewMark);
    }

    /** Both marks and their average, each out of 20, as the applicant and the jury read them. */
    public ExamResult result() {
        return ExamResult.of(writtenMark, interviewMark);
    }
}
