package edu.lifecycle.admissions.cohort.stream;

import edu.lifecycle.admissions.application.ExamMarks;
import edu.lifecycle.admissions.cohort.ApplicationStage;
import edu.lifecycle.admissions.cohort.Cohort;
import edu.lifecycle.admissions.cohort.Registration;
import edu.lifecycle.admissions.cohort.StudentFact;
import edu.lifecycle.events.admissions.AdmissionDecided;
import edu.lifecycle.events.admissions.ApplicationSubmitted;
import edu.lifecycle.events.admissions.EligibilityAssessed;
import edu.lifecycle.events.admissions.EligibilityOverridden;
import edu.lifecycle.events.admissions.EnrollmentWithdrawn;
import edu.lifecycle.events.admissions.EntranceExamGraded;
import edu.lifecycle.events.admissions.StudentEnrolled;
import edu.lifecycle.events.admissions.WaitlistedApplicantPromoted;
import java.util.Optional;

/** Admissions' own events as cohort facts: they move the application along and name the student's cohort. */
final class AdmissionsFacts {

    private AdmissionsFacts() {}

    static Optional<StudentFact> from(Object event) {
        if (event instanceof ApplicationSubmitted e) {
            return fact(new StudentFact.Applied(
                    e.getEventId(), e.getOccurredAt(), new Cohort(e.getProgramme(), e.getAcademicYear())));
        }
        if (event instanceof EligibilityAssessed e) {
            return fact(new StudentFact.EligibilityRuled(e.getEventId(), e.getOccurredAt(), e.getEligible()));
        }
        if (event instanceof EligibilityOverridden e) {
            return fact(new StudentFact.EligibilityRuled(e.getEventId(), e.getOccurredAt(), e.getEligible()));
        }
        if (event instanceof EntranceExamGraded e) {
            // The result is the domain's own (both marks and their average out of 20), not a second definition.
            var result = new ExamMarks(e.getWrittenMark(), e.getInterviewMark(), e.getOccurredAt()).result();
            return fact(new StudentFact.ExamGraded(e.getEventId(), e.getOccurredAt(), result));
        }
        if (event instanceof AdmissionDecided e) {
            var outcome = ApplicationStage.valueOf(e.getDecision().name());
            return fact(new StudentFact.Decided(e.getEventId(), e.getOccurredAt(), outcome));
        }
        if (event instanceof WaitlistedApplicantPromoted e) {
            return fact(new StudentFact.PromotedFromWaitlist(
                    e.getEventId(), e.getOccurredAt(), new Cohort(e.getProgramme(), e.getAcademicYear())));
        }
        if (event instanceof StudentEnrolled e) {
            var registration =
                    new Registration(e.getStream().name(), e.getScheme().name(), e.getRegisteredOn());
            return fact(new StudentFact.Enrolled(
                    e.getEventId(),
                    e.getOccurredAt(),
                    new Cohort(e.getProgramme(), e.getAcademicYear()),
                    registration));
        }
        if (event instanceof EnrollmentWithdrawn e) {
            return fact(new StudentFact.Withdrew(e.getEventId(), e.getOccurredAt()));
        }
        return Optional.empty();
    }

    private static Optional<StudentFact> fact(StudentFact fact) {
        return Optional.of(fact);
    }
}
