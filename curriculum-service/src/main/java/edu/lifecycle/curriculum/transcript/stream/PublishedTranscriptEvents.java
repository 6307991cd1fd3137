package edu.lifecycle.curriculum.transcript.stream;

import edu.lifecycle.curriculum.transcript.TranscriptEvent;
import edu.lifecycle.events.curriculum.Course;
import edu.lifecycle.events.curriculum.CourseGradeRecorded;
import edu.lifecycle.events.curriculum.CourseKind;
import edu.lifecycle.events.curriculum.DefenseScheduled;
import edu.lifecycle.events.curriculum.DegreeAwarded;
import edu.lifecycle.events.curriculum.DissertationDefended;
import edu.lifecycle.events.curriculum.DissertationSubmitted;
import edu.lifecycle.events.curriculum.ExamSession;
import edu.lifecycle.events.curriculum.Mention;
import edu.lifecycle.events.curriculum.TranscriptClosed;
import edu.lifecycle.events.curriculum.TranscriptOpened;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;

/**
 * The public face of transcript events: domain event → {@code curriculum.events} record. The two facts other services
 * established are theirs to publish, so they publish nothing here.
 */
final class PublishedTranscriptEvents {

    private PublishedTranscriptEvents() {}

    static Optional<SpecificRecord> toAvro(TranscriptEvent event, String eventId) {
        var student = event.studentId();
        var at = event.occurredAt();
        if (event instanceof TranscriptEvent.TranscriptOpened opened) {
            return Optional.of(new TranscriptOpened(
                    eventId,
                    at,
                    student,
                    opened.programmeId(),
                    opened.academicYear(),
                    opened.courses().stream()
                            .map(course -> new Course(
                                    course.code(),
                                    course.title(),
                                    course.ects(),
                                    CourseKind.valueOf(course.kind().name())))
                            .toList(),
                    opened.dissertationEcts(),
                    opened.requiredEcts()));
        } else if (event instanceof TranscriptEvent.TranscriptClosed closed) {
            return Optional.of(new TranscriptClosed(eventId, at, student, closed.reason()));
        } else if (event instanceof TranscriptEvent.CourseGradeRecorded graded) {
            return Optional.of(new CourseGradeRecorded(
                    eventId,
                    at,
                    student,
                    graded.courseCode(),
                    graded.mark(),
                    ExamSession.valueOf(graded.session().name()),
                    graded.passed(),
                    graded.ectsEarned(),
                    graded.staffId().orElse(null)));
        } else if (event instanceof TranscriptEvent.DissertationSubmitted submitted) {
            return Optional.of(
                    new DissertationSubmitted(eventId, at, student, submitted.title(), submitted.supervisor()));
        } else if (event instanceof TranscriptEvent.DefenseScheduled scheduled) {
            return Optional.of(new DefenseScheduled(
                    eventId, at, student, scheduled.defenseAt(), scheduled.room(), scheduled.jury()));
        } else if (event instanceof TranscriptEvent.DefenseRescheduled rescheduled) {
            // The same public fact as a first schedule: the latest DefenseScheduled of a student is the one that
            // stands.
            return Optional.of(new DefenseScheduled(
                    eventId, at, student, rescheduled.defenseAt(), rescheduled.room(), rescheduled.jury()));
        } else if (event instanceof TranscriptEvent.DissertationDefended defended) {
            return Optional.of(new DissertationDefended(
                    eventId,
                    at,
                    student,
                    defended.mark(),
                    defended.passed(),
                    defended.ectsEarned(),
                    defended.staffId().orElse(null)));
        } else if (event instanceof TranscriptEvent.DegreeAwarded awarded) {
            return Optional.of(new DegreeAwarded(
                    eventId,
                    at,
                    student,
                    awarded.programmeId(),
                    awarded.academicYear(),
                    awarded.average(),
                    Mention.valueOf(awarded.mention().name()),
                    awarded.ectsEarned()));
        }
        // ExperienceRequirementRecorded and TuitionSettlementRecorded: placement and billing published those facts.
        return Optional.empty();
    }
}
