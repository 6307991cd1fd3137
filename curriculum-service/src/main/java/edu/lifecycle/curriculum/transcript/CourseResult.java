package edu.lifecycle.curriculum.transcript;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** The standing mark of a course: the first session's, replaced by the resit's when there is one. */
public record CourseResult(
        String courseCode, BigDecimal mark, ExamSession session, boolean passed, int ectsEarned, Instant recordedAt) {

    public CourseResult {
        Objects.requireNonNull(courseCode, "courseCode");
        Objects.requireNonNull(mark, "mark");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
