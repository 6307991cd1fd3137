package edu.lifecycle.admissions.application;

import static edu.lifecycle.admissions.application.ApplicationRules.EXAM_ALREADY_GRADED;
import static edu.lifecycle.admissions.application.ApplicationRules.EXAM_MARK_OUT_OF_RANGE;
import static edu.lifecycle.admissions.application.ApplicationRules.EXAM_MARK_TOO_PRECISE;
import static edu.lifecycle.admissions.application.ApplicationRules.EXAM_REQUIRES_ELIGIBILITY;

import edu.lifecycle.admissions.application.ApplicationCommand.GradeEntranceExam;
import edu.lifecycle.admissions.application.ApplicationEvent.EntranceExamGraded;
import edu.lifecycle.servicekit.decision.Decision;
import java.math.BigDecimal;
import java.util.Optional;

/** The written exam and the interview, each out of 20, graded once for an eligible applicant. */
final class GradingEntranceExam {

    private static final BigDecimal HIGHEST_MARK = BigDecimal.valueOf(20);
    // The published schema holds marks as decimal(4,2).
    private static final int MARK_SCALE = 2;

    private GradingEntranceExam() {}

    static Decision<ApplicationEvent> decide(Application application, GradeEntranceExam command) {
        if (application.selection().exam().isPresent()) {
            return Decision.conflict(EXAM_ALREADY_GRADED, "The entrance exam was already graded.");
        }
        if (application.status() != ApplicationStatus.ELIGIBLE) {
            return Decision.conflict(EXAM_REQUIRES_ELIGIBILITY, "Only an eligible applicant sits the entrance exam.");
        }
        Optional<Decision<ApplicationEvent>> badMark =
                checkMark("written", command.writtenMark()).or(() -> checkMark("interview", command.interviewMark()));
        if (badMark.isPresent()) {
            return badMark.get();
        }
        return Decision.accept(new EntranceExamGraded(
                command.studentId(),
                command.issuedAt(),
                command.writtenMark().setScale(MARK_SCALE),
                command.interviewMark().setScale(MARK_SCALE),
                command.staffId()));
    }

    private static Optional<Decision<ApplicationEvent>> checkMark(String which, BigDecimal mark) {
        if (mark.signum() < 0 || mark.compareTo(HIGHEST_MARK) > 0) {
            return Optional.of(Decision.ruleBroken(
                    EXAM_MARK_OUT_OF_RANGE,
                    "The " + which + " mark must lie between 0 and 20, not " + mark.toPlainString() + "."));
        }
        // 12.50 and 12.500 are the same mark; only a real third decimal is refused.
        if (mark.stripTrailingZeros().scale() > MARK_SCALE) {
            return Optional.of(Decision.ruleBroken(
                    EXAM_MARK_TOO_PRECISE,
                    "The " + which + " mark has at most two decimals, not " + mark.toPlainString() + "."));
        }
        return Optional.empty();
    }
}
