package edu.lifecycle.admissions.timeline.stream;

import static edu.lifecycle.admissions.timeline.stream.Wording.mark;
import static edu.lifecycle.admissions.timeline.stream.Wording.words;

import edu.lifecycle.events.admissions.AdmissionDecided;
import edu.lifecycle.events.admissions.ApplicationSubmitted;
import edu.lifecycle.events.admissions.EligibilityAssessed;
import edu.lifecycle.events.admissions.EligibilityOverridden;
import edu.lifecycle.events.admissions.EnrollmentWithdrawn;
import edu.lifecycle.events.admissions.EntranceExamGraded;
import edu.lifecycle.events.admissions.StudentEnrolled;
import edu.lifecycle.events.admissions.WaitlistedApplicantPromoted;
import java.util.Optional;

/** One sentence per admissions event. Who overrode a verdict (a staff id) is left out: a timeline names no one. */
final class AdmissionsSummaries {

    private AdmissionsSummaries() {}

    static Optional<String> of(Object event) {
        if (event instanceof ApplicationSubmitted e) {
            return say("Applied to %s for %s with %d ECTS of prior studies, preferring the %s stream and %s scheme."
                    .formatted(
                            e.getProgramme(),
                            e.getAcademicYear(),
                            e.getPriorDegree().getEcts(),
                            words(e.getPreferredStream()),
                            words(e.getPreferredScheme())));
        }
        if (event instanceof EligibilityAssessed e) {
            return say(
                    e.getEligible()
                            ? "Assessed eligible (%d ECTS required).".formatted(e.getRequiredEcts())
                            : "Assessed ineligible: %s (%d ECTS required)."
                                    .formatted(words(e.getReasons()), e.getRequiredEcts()));
        }
        if (event instanceof EligibilityOverridden e) {
            return say("Eligibility overridden to %s: %s."
                    .formatted(e.getEligible() ? "eligible" : "ineligible", e.getReason()));
        }
        if (event instanceof EntranceExamGraded e) {
            return say("Entrance exam graded: written %s, interview %s."
                    .formatted(mark(e.getWrittenMark()), mark(e.getInterviewMark())));
        }
        if (event instanceof AdmissionDecided e) {
            return say("Admission decided: %s%s."
                    .formatted(words(e.getDecision()), e.getReason() == null ? "" : " (" + e.getReason() + ")"));
        }
        if (event instanceof WaitlistedApplicantPromoted e) {
            return say("Promoted from the waitlist to %s %s.".formatted(e.getProgramme(), e.getAcademicYear()));
        }
        if (event instanceof StudentEnrolled e) {
            return say("Enrolled in %s for %s, %s stream, %s scheme, registered on %s."
                    .formatted(
                            e.getProgramme(),
                            e.getAcademicYear(),
                            words(e.getStream()),
                            words(e.getScheme()),
                            e.getRegisteredOn()));
        }
        if (event instanceof EnrollmentWithdrawn e) {
            return say("Withdrew: %s.".formatted(e.getReason()));
        }
        return Optional.empty();
    }

    private static Optional<String> say(String sentence) {
        return Optional.of(sentence);
    }
}
