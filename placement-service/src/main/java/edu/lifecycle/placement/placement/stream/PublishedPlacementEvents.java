package edu.lifecycle.placement.placement.stream;

import edu.lifecycle.events.placement.ExperienceRequirementMet;
import edu.lifecycle.events.placement.GraduateOutcomeRecorded;
import edu.lifecycle.events.placement.InternshipAgreementSigned;
import edu.lifecycle.events.placement.InternshipValidated;
import edu.lifecycle.events.placement.PlacementEndedEarly;
import edu.lifecycle.events.placement.PlacementKind;
import edu.lifecycle.events.placement.PlacementRecordClosed;
import edu.lifecycle.events.placement.PlacementRecordOpened;
import edu.lifecycle.events.placement.Sector;
import edu.lifecycle.events.placement.WorkStudyContractSigned;
import edu.lifecycle.placement.placement.PlacementEvent;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;

/**
 * The public face of placement events: domain event → {@code placement.events} record. A validated work-study
 * contract is published as {@code InternshipValidated} too: the schema has one event for validated experience. The
 * graduation is curriculum's fact, noted here only, so it publishes nothing.
 */
final class PublishedPlacementEvents {

    private PublishedPlacementEvents() {}

    static Optional<SpecificRecord> toAvro(PlacementEvent event, String eventId) {
        var student = event.studentId();
        var at = event.occurredAt();
        if (event instanceof PlacementEvent.PlacementRecordOpened opened) {
            return Optional.of(new PlacementRecordOpened(
                    eventId, at, student, opened.programmeId(), opened.academicYear(), opened.requiredMonths()));
        }
        if (event instanceof PlacementEvent.PlacementRecordClosed closed) {
            return Optional.of(new PlacementRecordClosed(eventId, at, student, closed.reason()));
        }
        if (event instanceof PlacementEvent.InternshipAgreementSigned signed) {
            return Optional.of(new InternshipAgreementSigned(
                    eventId,
                    at,
                    student,
                    signed.agreementId(),
                    signed.organisation(),
                    Sector.valueOf(signed.sector().name()),
                    signed.role(),
                    signed.startOn(),
                    signed.endOn(),
                    signed.fullTime(),
                    signed.tutor()));
        }
        if (event instanceof PlacementEvent.WorkStudyContractSigned signed) {
            return Optional.of(new WorkStudyContractSigned(
                    eventId, at, student, signed.contractId(), signed.employer(), signed.startOn(), signed.endOn()));
        }
        if (event instanceof PlacementEvent.PlacementEndedEarly ended) {
            return Optional.of(new PlacementEndedEarly(
                    eventId,
                    at,
                    student,
                    ended.placementId(),
                    PlacementKind.valueOf(ended.kind().name()),
                    ended.endedOn(),
                    ended.reason()));
        }
        if (event instanceof PlacementEvent.PlacementValidated validated) {
            return Optional.of(new InternshipValidated(
                    eventId,
                    at,
                    student,
                    validated.placementId(),
                    validated.evaluationMark(),
                    validated.validatedMonths(),
                    validated.staffId().orElse(null)));
        }
        if (event instanceof PlacementEvent.ExperienceRequirementMet met) {
            return Optional.of(new ExperienceRequirementMet(
                    eventId, at, student, met.totalValidatedMonths(), met.requiredMonths()));
        }
        if (event instanceof PlacementEvent.GraduateOutcomeRecorded recorded) {
            return Optional.of(new GraduateOutcomeRecorded(
                    eventId,
                    at,
                    student,
                    Sector.valueOf(recorded.sector().name()),
                    recorded.organisation(),
                    recorded.jobTitle(),
                    recorded.competitionPassed().orElse(null),
                    recorded.monthsAfterGraduation()));
        }
        // StudentGraduated: curriculum already published DegreeAwarded.
        return Optional.empty();
    }
}
