package edu.lifecycle.curriculum.transcript;

import static edu.lifecycle.curriculum.transcript.TranscriptRules.COURSE_NOT_IN_PROGRAMME;
import static edu.lifecycle.curriculum.transcript.TranscriptRules.FIRST_SESSION_ALREADY_GRADED;
import static edu.lifecycle.curriculum.transcript.TranscriptRules.RESIT_ALREADY_GRADED;
import static edu.lifecycle.curriculum.transcript.TranscriptRules.RESIT_REQUIRES_FAILED_FIRST_SESSION;

import edu.lifecycle.curriculum.programme.GradingScheme;
import edu.lifecycle.curriculum.transcript.TranscriptCommand.RecordGrade;
import edu.lifecycle.curriculum.transcript.TranscriptEvent.CourseGradeRecorded;
import edu.lifecycle.servicekit.decision.Decision;
import java.util.Optional;

/**
 * A course mark, first session or resit. A resit only follows a failed first session and replaces it; a course
 * passed at the pass mark earns its ECTS.
 */
final class RecordingGrade {

    private final GradingScheme grading;

    RecordingGrade(GradingScheme grading) {
        this.grading = grading;
    }

    Decision<TranscriptEvent> decide(Optional<Transcript> state, RecordGrade command) {
        var refusal = OpenTranscripts.refusal(state);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        var transcript = state.get();
        var course = transcript.syllabus().orElseThrow().course(command.courseCode());
        if (course.isEmpty()) {
            return Decision.ruleBroken(
                    COURSE_NOT_IN_PROGRAMME,
                    "Course " + command.courseCode() + " is not one of "
                            + transcript.syllabus().get().programmeId() + "'s.");
        }
        var badMark = MarkRules.refusal(command.mark());
        if (badMark.isPresent()) {
            return badMark.get();
        }
        var standing = transcript.results().get(command.courseCode());
        if (command.session() == ExamSession.FIRST && standing != null) {
            return Decision.conflict(
                    FIRST_SESSION_ALREADY_GRADED, "The first session of " + command.courseCode() + " is graded.");
        }
        if (command.session() == ExamSession.RESIT) {
            if (standing != null && standing.session() == ExamSession.RESIT) {
                return Decision.conflict(
                        RESIT_ALREADY_GRADED, "The resit of " + command.courseCode() + " is already graded.");
            }
            if (standing == null || standing.passed()) {
                return Decision.conflict(
                        RESIT_REQUIRES_FAILED_FIRST_SESSION,
                        "A resit of " + command.courseCode() + " needs a failed first session.");
            }
        }
        var mark = Marks.exact(command.mark());
        boolean passed = grading.passes(mark);
        return Decision.accept(new CourseGradeRecorded(
                command.studentId(),
                command.issuedAt(),
                command.courseCode(),
                mark,
                command.session(),
                passed,
                passed ? course.get().ects() : 0,
                command.staffId()));
    }
}
