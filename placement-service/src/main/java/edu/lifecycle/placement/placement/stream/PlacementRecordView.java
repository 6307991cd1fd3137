package edu.lifecycle.placement.placement.stream;

import edu.lifecycle.placement.placement.Placement;
import edu.lifecycle.placement.placement.PlacementKind;
import edu.lifecycle.placement.placement.PlacementRecord;
import edu.lifecycle.placement.placement.PlacementStatus;
import edu.lifecycle.placement.placement.Sector;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A placement record as a command's answer shows it: every agreement and contract, and months against the rule. */
public record PlacementRecordView(
        String studentId,
        String programme,
        String academicYear,
        boolean closed,
        BigDecimal requiredMonths,
        BigDecimal validatedMonths,
        boolean requirementMet,
        boolean graduate,
        List<PlacementEntry> placements,
        Instant lastChangedAt) {

    public static PlacementRecordView of(PlacementRecord record) {
        return new PlacementRecordView(
                record.studentId(),
                record.programmeId(),
                record.academicYear(),
                record.closed(),
                record.requiredMonths(),
                record.validatedMonths(),
                record.requirementMetAt().isPresent(),
                record.graduate(),
                record.placements().stream().map(PlacementEntry::of).toList(),
                record.lastChangedAt());
    }

    /** One agreement or contract; {@code endedOn} and {@code validatedMonths} only once they are known. */
    public record PlacementEntry(
            String placementId,
            PlacementKind kind,
            PlacementStatus status,
            String organisation,
            Sector sector,
            LocalDate startOn,
            LocalDate endOn,
            LocalDate endedOn,
            BigDecimal evaluationMark,
            BigDecimal validatedMonths) {

        static PlacementEntry of(Placement placement) {
            return new PlacementEntry(
                    placement.placementId(),
                    placement.kind(),
                    placement.status(),
                    placement.organisation(),
                    placement.sector().orElse(null),
                    placement.startOn(),
                    placement.endOn(),
                    placement.earlyEnd().map(Placement.EarlyEnd::endedOn).orElse(null),
                    placement
                            .validation()
                            .map(Placement.Validation::evaluationMark)
                            .orElse(null),
                    placement
                            .validation()
                            .map(Placement.Validation::validatedMonths)
                            .orElse(null));
        }
    }
}
