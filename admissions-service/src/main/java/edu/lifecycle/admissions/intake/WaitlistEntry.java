package edu.lifecycle.admissions.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * An applicant waiting for a seat.
 *
 * @param examScore written plus interview mark, out of 40
 */
public record WaitlistEntry(String studentId, BigDecimal examScore, Instant waitlistedAt) {

    /** Who is promoted first: the best score, then who waited longest, then the student id so no tie remains. */
    public static final Comparator<WaitlistEntry> PROMOTION_ORDER = Comparator.comparing(WaitlistEntry::examScore)
            .reversed()
            .thenComparing(WaitlistEntry::waitlistedAt)
            .thenComparing(WaitlistEntry::studentId);

    public WaitlistEntry {
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(examScore, "examScore");
        Objects.requireNonNull(waitlistedAt, "waitlistedAt");
    }
}
