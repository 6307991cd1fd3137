package edu.lifecycle.admissions.application.stream;

import edu.lifecycle.admissions.application.ApplicationEvent;
import edu.lifecycle.events.admissions.AdmissionDecided;
import edu.lifecycle.events.admissions.AdmissionDecision;
import edu.lifecycle.events.admissions.ApplicationSubmitted;
import edu.lifecycle.events.admissions.EligibilityAssessed;
import edu.lifecycle.events.admissions.EligibilityOverridden;
import edu.lifecycle.events.admissions.EnrollmentWithdrawn;
import edu.lifecycle.events.admissions.EntranceExamGraded;
import edu.lifecycle.events.admissions.IneligibilityReason;
import edu.lifecycle.events.admissions.PriorDegree;
import edu.lifecycle.events.admissions.StudentEnrolled;
import edu.lifecycle.events.admissions.StudyStream;
import edu.lifecycle.events.admissions.TrainingScheme;
import edu.lifecycle.events.admissions.WaitlistedApplicantPromoted;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;

/**
 * The public face of application events: domain event → {@code admissions.events} record. Events that are internal
 * (a requested decision) or carry personal data only (erasure) publish nothing here; the applicant's name and e-mail
 * never reach this topic.
 */
final class PublishedApplicationEvents {

    private PublishedApplicationEvents() {}

    static Optional<SpecificRecord> toAvro(ApplicationEvent event, String eventId) {
        var student = event.studentId();
        var at = event.occurredAt();
        if (event instanceof ApplicationEvent.ApplicationSubmitted submitted) {
            return Optional.of(new ApplicationSubmitted(
                    eventId,
                    at,
                    student,
                    submitted.programmeId(),
                    submitted.academicYear().toString(),
                    new PriorDegree(
                            submitted.priorDegree().title(),
                            submitted.priorDegree().institution(),
                            submitted.priorDegree().country(),
                            submitted.priorDegree().ects()),
                    StudyStream.valueOf(submitted.preferredStream().name()),
                    TrainingScheme.valueOf(submitted.preferredScheme().name())));
        } else if (event instanceof ApplicationEvent.EligibilityAssessed assessed) {
            return Optional.of(new EligibilityAssessed(
                    eventId,
                    at,
                    student,
                    assessed.eligible(),
                    assessed.reasons().stream()
                            .map(reason -> IneligibilityReason.valueOf(reason.name()))
                            .toList(),
                    assessed.requiredEcts()));
        } else if (event instanceof ApplicationEvent.EligibilityOverridden overridden) {
            // overriddenBy stays for the consumers of version 1; staffId says the same in every decision's words.
            return Optional.of(new EligibilityOverridden(
                    eventId,
                    at,
                    student,
                    overridden.eligible(),
                    overridden.reason(),
                    overridden.overriddenBy(),
                    overridden.overriddenBy()));
        } else if (event instanceof ApplicationEvent.EntranceExamGraded graded) {
            return Optional.of(new EntranceExamGraded(
                    eventId,
                    at,
                    student,
                    graded.writtenMark(),
                    graded.interviewMark(),
                    graded.staffId().orElse(null)));
        } else if (event instanceof ApplicationEvent.AdmissionDecided decided) {
            return Optional.of(new AdmissionDecided(
                    eventId,
                    at,
                    student,
                    AdmissionDecision.valueOf(decided.decision().name()),
                    decided.reason().orElse(null),
                    decided.staffId().orElse(null)));
        } else if (event instanceof ApplicationEvent.WaitlistedApplicantPromoted promoted) {
            return Optional.of(new WaitlistedApplicantPromoted(
                    eventId,
                    at,
                    student,
                    promoted.programmeId(),
                    promoted.academicYear().toString()));
        } else if (event instanceof ApplicationEvent.StudentEnrolled enrolled) {
            return Optional.of(new StudentEnrolled(
                    eventId,
                    at,
                    student,
                    enrolled.programmeId(),
                    enrolled.academicYear().toString(),
                    StudyStream.valueOf(enrolled.stream().name()),
                    TrainingScheme.valueOf(enrolled.scheme().name()),
                    enrolled.registeredOn()));
        } else if (event instanceof ApplicationEvent.EnrollmentWithdrawn withdrawn) {
            return Optional.of(new EnrollmentWithdrawn(
                    eventId,
                    at,
                    student,
                    withdrawn.reason(),
                    withdrawn.staffId().orElse(null)));
        }
        // A requested decision is internal, an erasure is a tombstone on the profiles topic: nothing to publish.
        return Optional.empty();
    }
}
