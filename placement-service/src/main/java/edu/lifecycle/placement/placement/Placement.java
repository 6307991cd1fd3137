package edu.lifecycle.placement.placement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One internship agreement or work-study contract of a student.
 *
 * <p>Sector, role and tutor are an internship's; a contract has none.
 *
 * @param organisation the host organisation, or the employer of a work-study contract
 * @param endOn the last day as agreed
 */
public record Placement(
        String placementId,
        PlacementKind kind,
        String organisation,
        Optional<Sector> sector,
        Optional<String> role,
        LocalDate startOn,
        LocalDate endOn,
        boolean fullTime,
        Optional<String> tutor,
        Instant signedAt,
        Optional<EarlyEnd> earlyEnd,
        Optional<Validation> validation) {

    /** @param endedOn the last day actually worked */
    public record EarlyEnd(LocalDate endedOn, String reason, Instant recordedAt) {}

    public record Validation(BigDecimal evaluationMark, BigDecimal validatedMonths, Instant validatedAt) {}

    public Placement {
        Objects.requireNonNull(placementId, "placementId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(startOn, "startOn");
        Objects.requireNonNull(endOn, "endOn");
        Objects.requireNonNull(tutor, "tutor");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(earlyEnd, "earlyEnd");
        Objects.requireNonNull(validation, "validation");
    }

    static Placement internship(PlacementEvent.InternshipAgreementSigned signed) {
        return new Placement(
                signed.agreementId(),
                PlacementKind.INTERNSHIP,
                signed.organisation(),
                Optional.of(signed.sector()),
                Optional.of(signed.role()),
                signed.startOn(),
                signed.endOn(),
                signed.fullTime(),
                Optional.of(signed.tutor()),
                signed.occurredAt(),
                Optional.empty(),
                Optional.empty());
    }

    static Placement workStudy(PlacementEvent.WorkStudyContractSigned signed) {
        return new Placement(
                signed.contractId(),
                PlacementKind.WORK_STUDY,
                signed.employer(),
                Optional.empty(),
                Optional.empty(),
                signed.startOn(),
                signed.endOn(),
                true,
                Optional.empty(),
                signed.occurredAt(),
                Optional.empty(),
                Optional.empty());
    }

    /** The last day worked: the early end if there was one, else the agreed end. */
    public LocalDate lastDay() {
        return earlyEnd.map(EarlyEnd::endedOn).orElse(endOn);
    }

    /** The time actually done, which is what validation counts. */
    public BigDecimal monthsDone() {
        return Months.between(startOn, lastDay());
    }

    public boolean validated() {
        return validation.isPresent();
    }

    public PlacementStatus status() {
        if (validation.isPresent()) {
            return PlacementStatus.VALIDATED;
        }
        return earlyEnd.isPresent() ? PlacementStatus.ENDED_EARLY : PlacementStatus.SIGNED;
    }

    boolean overlaps(LocalDate firstDay, LocalDate otherLastDay) {
        return !startOn.isAfter(otherLastDay) && !firstDay.isAfter(lastDay());
    }

    Placement endedEarly(PlacementEvent.PlacementEndedEarly event) {
        var end = new EarlyEnd(event.endedOn(), event.reason(), event.occurredAt());
        return new Placement(
                placementId,
                kind,
                organisation,
                sector,
                role,
                startOn,
                endOn,
                fullTime,
                tutor,
                signedAt,
                Optional.of(end),
                validation);
    }

    Placement validatedBy(PlacementEvent.PlacementValidated event) {
        var done = new Validation(event.evaluationMark(), event.validatedMonths(), event.occurredAt());
        return new Placement(
                placementId,
                kind,
                organisation,
                sector,
                role,
                startOn,
                endOn,
                fullTime,
                tutor,
                signedAt,
                earlyEnd,
                Optional.of(done));
    }
}
