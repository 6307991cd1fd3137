package edu.lifecycle.curriculum.transcript;

import edu.lifecycle.curriculum.programme.GradingScheme;
import edu.lifecycle.curriculum.transcript.TranscriptEvent.DegreeAwarded;
import java.time.Instant;
import java.util.Optional;

/**
 * The degree, the moment all four conditions hold on an open transcript, by the degree's one rule
 * ({@link DegreeConditions}, which the graduation checklist also asks): every ECTS earned, the dissertation passed,
 * the experience requirement met and the tuition settled. Asked after every accepted command, so the order in which
 * the conditions arrive does not matter, and once: a graduated transcript is no longer open.
 */
final class AwardingDegree {

    private final GradingScheme grading;

    AwardingDegree(GradingScheme grading) {
        this.grading = grading;
    }

    Optional<TranscriptEvent> check(Transcript transcript, Instant at) {
        if (transcript.status() != TranscriptStatus.OPEN || transcript.degree().isPresent()) {
            return Optional.empty();
        }
        if (!transcript.degreeConditions().allHold()) {
            return Optional.empty();
        }
        var syllabus = transcript.syllabus().orElseThrow();
        var average = transcript.runningAverage().orElseThrow();
        return grading.mentionFor(average)
                .map(mention -> new DegreeAwarded(
                        transcript.studentId(),
                        at,
                        syllabus.programmeId(),
                        syllabus.academicYear(),
                        average,
                        mention,
                        transcript.ectsEarned()));
    }
}
