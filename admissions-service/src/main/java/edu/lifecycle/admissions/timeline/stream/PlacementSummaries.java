package edu.lifecycle.admissions.timeline.stream;

import static edu.lifecycle.admissions.timeline.stream.Wording.mark;
import static edu.lifecycle.admissions.timeline.stream.Wording.months;
import static edu.lifecycle.admissions.timeline.stream.Wording.words;

import edu.lifecycle.events.placement.ExperienceRequirementMet;
import edu.lifecycle.events.placement.GraduateOutcomeRecorded;
import edu.lifecycle.events.placement.InternshipAgreementSigned;
import edu.lifecycle.events.placement.InternshipValidated;
import edu.lifecycle.events.placement.PlacementEndedEarly;
import edu.lifecycle.events.placement.PlacementRecordClosed;
import edu.lifecycle.events.placement.PlacementRecordOpened;
import edu.lifecycle.events.placement.WorkStudyContractSigned;
import java.util.Optional;

/** One sentence per placement event. The internship tutor is left out: a timeline names no one. */
final class PlacementSummaries {

    private PlacementSummaries() {}

    static Optional<String> of(Object event) {
        if (event instanceof PlacementRecordOpened e) {
            return say("Placement record opened: %s of professional experience required."
                    .formatted(months(e.getRequiredMonths())));
        }
        if (event instanceof InternshipAgreementSigned e) {
            return say("Internship agreement %s signed with %s (%s) as %s, %s to %s, %s."
                    .formatted(
                            e.getAgreementId(),
                            e.getOrganisation(),
                            words(e.getSector()),
                            e.getRole(),
                            e.getStartOn(),
                            e.getEndOn(),
                            e.getFullTime() ? "full time" : "part time"));
        }
        if (event instanceof WorkStudyContractSigned e) {
            return say("Work-study contract %s signed with %s, %s to %s."
                    .formatted(e.getContractId(), e.getEmployer(), e.getStartOn(), e.getEndOn()));
        }
        if (event instanceof PlacementEndedEarly e) {
            return say("%s placement %s ended early on %s: %s."
                    .formatted(words(e.getKind()), e.getPlacementId(), e.getEndedOn(), e.getReason()));
        }
        if (event instanceof InternshipValidated e) {
            return say("Internship %s validated for %s, evaluated %s."
                    .formatted(e.getPlacementId(), months(e.getValidatedMonths()), mark(e.getEvaluationMark())));
        }
        if (event instanceof ExperienceRequirementMet e) {
            return say("Experience requirement met: %s validated of %s required."
                    .formatted(months(e.getTotalValidatedMonths()), months(e.getRequiredMonths())));
        }
        if (event instanceof GraduateOutcomeRecorded e) {
            return say("First position: %s at %s (%s), %d months after graduation%s."
                    .formatted(
                            e.getJobTitle(),
                            e.getOrganisation(),
                            words(e.getSector()),
                            e.getMonthsAfterGraduation(),
                            e.getCompetitionPassed() == null ? "" : ", through the " + e.getCompetitionPassed()));
        }
        if (event instanceof PlacementRecordClosed e) {
            return say("Placement record closed: %s.".formatted(e.getReason()));
        }
        return Optional.empty();
    }

    private static Optional<String> say(String sentence) {
        return Optional.of(sentence);
    }
}
