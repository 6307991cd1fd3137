package edu.lifecycle.admissions.intake.stream;

import edu.lifecycle.admissions.intake.IntakeKey;
import edu.lifecycle.admissions.intake.WaitlistEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The keys of an intake's entries: {@code programme/year|…}, so that one intake's entries are one prefix of its
 * task's store and read in key order. Seats sort by number, the waitlist by {@link WaitlistEntry#PROMOTION_ORDER}.
 */
final class IntakeStoreKeys {

    /** Scores rank from this ceiling down; exam scores are out of 40, with at most two decimals. */
    private static final BigDecimal SCORE_CEILING = new BigDecimal("1000000000");

    private static final int RANK_SCALE = 6;
    private static final int RANK_WIDTH = 10 + RANK_SCALE + 1;

    private IntakeStoreKeys() {}

    static String prefix(IntakeKey intake) {
        return intake + "|";
    }

    static String student(IntakeKey intake, String studentId) {
        return prefix(intake) + studentId;
    }

    static String seat(IntakeKey intake, long seat) {
        return prefix(intake) + String.format("%019d", seat);
    }

    /** Best score first (the score's distance to the ceiling, fixed width), then the earliest, then the student id. */
    static String rank(IntakeKey intake, WaitlistEntry entry) {
        var score = entry.examScore();
        if (score.signum() < 0 || score.compareTo(SCORE_CEILING) >= 0) {
            throw new IllegalArgumentException("An exam score between 0 and " + SCORE_CEILING + ", not " + score);
        }
        // Throws for a score finer than the rank can tell apart, rather than ranking two scores as one.
        String distance = SCORE_CEILING
                .subtract(score)
                .setScale(RANK_SCALE, RoundingMode.UNNECESSARY)
                .toPlainString();
        var since = entry.waitlistedAt();
        if (since.getEpochSecond() < 0) {
            throw new IllegalArgumentException("A waitlisting time after 1970, not " + since);
        }
        return prefix(intake)
                + "0".repeat(RANK_WIDTH - distance.length()) + distance
                + "|" + String.format("%019d.%09d", since.getEpochSecond(), since.getNano())
                + "|" + entry.studentId();
    }
}
