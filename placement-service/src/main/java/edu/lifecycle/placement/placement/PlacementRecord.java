package edu.lifecycle.placement.placement;

import edu.lifecycle.placement.placement.PlacementEvent.ExperienceRequirementMet;
import edu.lifecycle.placement.placement.PlacementEvent.GraduateOutcomeRecorded;
import edu.lifecycle.placement.placement.PlacementEvent.InternshipAgreementSigned;
import edu.lifecycle.placement.placement.PlacementEvent.PlacementEndedEarly;
import edu.lifecycle.placement.placement.PlacementEvent.PlacementRecordClosed;
import edu.lifecycle.placement.placement.PlacementEvent.PlacementRecordOpened;
import edu.lifecycle.placement.placement.PlacementEvent.PlacementValidated;
import edu.lifecycle.placement.placement.PlacementEvent.StudentGraduated;
import edu.lifecycle.placement.placement.PlacementEvent.WorkStudyContractSigned;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A student's placement record as its events made it: the aggregate's state. A student who never enrolled has none
 * (the decider takes an empty {@code Optional}).
 *
 * @param requiredMonths the programme's experience requirement when the record opened
 * @param requirementMetAt when the validated months first reached the requirement
 * @param closedAt when the enrollment was withdrawn
 */
public record PlacementRecord(
        String studentId,
        String programmeId,
        String academicYear,
        BigDecimal requiredMonths,
        List<Placement> placements,
        Optional<Instant> requirementMetAt,
        Optional<Instant> closedAt,
        Optional<Graduation> graduation,
        Instant lastChangedAt) {

    public PlacementRecord {
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(academicYear, "academicYear");
        Objects.requireNonNull(requiredMonths, "requiredMonths");
        placements = List.copyOf(placements);
        Objects.requireNonNull(requirementMetAt, "requirementMetAt");
        Objects.requireNonNull(closedAt, "closedAt");
        Objects.requireNonNull(graduation, "graduation");
        Objects.requireNonNull(lastChangedAt, "lastChangedAt");
    }

    public boolean closed() {
        return closedAt.isPresent();
    }

    public boolean graduate() {
        return graduation.isPresent();
    }

    /** Months validated so far, all placements together. */
    public BigDecimal validatedMonths() {
        return Experience.total(placements.stream()
                .flatMap(placement -> placement.validation().stream())
                .map(Placement.Validation::validatedMonths)
                .toList());
    }

    public Optional<Placement> placement(String placementId) {
        return placements.stream()
                .filter(placement -> placement.placementId().equals(placementId))
                .findFirst();
    }

    static PlacementRecord opened(PlacementRecordOpened event) {
        return new PlacementRecord(
                event.studentId(),
                event.programmeId(),
                event.academicYear(),
                event.requiredMonths(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                event.occurredAt());
    }

    PlacementRecord apply(PlacementEvent event) {
        if (event instanceof PlacementRecordClosed closed) {
            return with(placements, requirementMetAt, Optional.of(closed.occurredAt()), graduation, event);
        }
        if (event instanceof InternshipAgreementSigned signed) {
            return withPlacement(Placement.internship(signed), event);
        }
        if (event instanceof WorkStudyContractSigned signed) {
            return withPlacement(Placement.workStudy(signed), event);
        }
        if (event instanceof PlacementEndedEarly ended) {
            return changing(ended.placementId(), placement -> placement.endedEarly(ended), event);
        }
        if (event instanceof PlacementValidated validated) {
            return changing(validated.placementId(), placement -> placement.validatedBy(validated), event);
        }
        if (event instanceof ExperienceRequirementMet met) {
            return with(placements, Optional.of(met.occurredAt()), closedAt, graduation, event);
        }
        if (event instanceof StudentGraduated graduated) {
            var degree = new Graduation(
                    graduated.programmeId(), graduated.academicYear(), graduated.occurredAt(), Optional.empty());
            return with(placements, requirementMetAt, closedAt, Optional.of(degree), event);
        }
        if (event instanceof GraduateOutcomeRecorded recorded) {
            var outcome = new Graduation.GraduateOutcome(
                    recorded.sector(),
                    recorded.organisation(),
                    recorded.jobTitle(),
                    recorded.competitionPassed(),
                    recorded.monthsAfterGraduation(),
                    recorded.occurredAt());
            var degree = graduation.orElseThrow();
            var withOutcome = new Graduation(
                    degree.programmeId(), degree.academicYear(), degree.awardedAt(), Optional.of(outcome));
            return with(placements, requirementMetAt, closedAt, Optional.of(withOutcome), event);
        }
        throw new IllegalArgumentException("Cannot apply " + event.getClass().getSimpleName() + " to a record");
    }

    private PlacementRecord withPlacement(Placement placement, PlacementEvent event) {
        var all = new ArrayList<>(placements);
        all.add(placement);
        return with(all, requirementMetAt, closedAt, graduation, event);
    }

    private PlacementRecord changing(String placementId, UnaryOperator<Placement> change, PlacementEvent event) {
        if (placement(placementId).isEmpty()) {
            throw new IllegalStateException("No placement " + placementId + " for " + studentId);
        }
        var all = placements.stream()
                .map(placement -> placement.placementId().equals(placementId) ? change.apply(placement) : placement)
                .toList();
        return with(all, requirementMetAt, closedAt, graduation, event);
    }

    private PlacementRecord with(
            List<Placement> placements,
            Optional<Instant> requirementMetAt,
            Optional<Instant> closedAt,
            Optional<Graduation> graduation,
            PlacementEvent event) {
        return new PlacementRecord(
                studentId,
                programmeId,
                academicYear,
                requiredMonths,
                placements,
                requirementMetAt,
                closedAt,
                graduation,
                event.occurredAt());
    }
}
