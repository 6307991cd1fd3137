package edu.lifecycle.placement.placement.stream;

import edu.lifecycle.placement.placement.Months;
import edu.lifecycle.placement.placement.PlacementKind;
import edu.lifecycle.placement.placement.PlacementStatus;
import edu.lifecycle.placement.placement.Sector;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The read model of a student's placements, folded from {@code placement.events}: each agreement or contract with
 * its status, and the validated months against the requirement. Replacing an entry by id keeps a fold idempotent.
 *
 * @param requirementMetAt when the validated months reached the requirement; {@code null} until then
 */
public record StudentPlacements(
        String studentId,
        String programme,
        String academicYear,
        boolean closed,
        BigDecimal requiredMonths,
        BigDecimal validatedMonths,
        Instant requirementMetAt,
        List<Entry> placements) {

    public StudentPlacements {
        placements = List.copyOf(placements);
    }

    /**
     * One agreement or contract.
     *
     * @param endedOn the last day worked of a placement that ended early
     */
    public record Entry(
            String placementId,
            PlacementKind kind,
            PlacementStatus status,
            String organisation,
            Sector sector,
            String role,
            String tutor,
            LocalDate startOn,
            LocalDate endOn,
            LocalDate endedOn,
            String earlyEndReason,
            BigDecimal evaluationMark,
            BigDecimal validatedMonths) {}

    static StudentPlacements opened(String studentId, String programme, String academicYear, BigDecimal required) {
        return new StudentPlacements(
                studentId, programme, academicYear, false, Months.of(required), Months.ZERO, null, List.of());
    }

    StudentPlacements closing() {
        return new StudentPlacements(
                studentId,
                programme,
                academicYear,
                true,
                requiredMonths,
                validatedMonths,
                requirementMetAt,
                placements);
    }

    StudentPlacements meetingRequirement(Instant at) {
        return new StudentPlacements(
                studentId, programme, academicYear, closed, requiredMonths, validatedMonths, at, placements);
    }

    StudentPlacements with(Entry entry) {
        var all = new ArrayList<Entry>();
        placements.stream()
                .filter(e -> !e.placementId().equals(entry.placementId()))
                .forEach(all::add);
        all.add(entry);
        return withPlacements(all);
    }

    StudentPlacements changing(String placementId, UnaryOperator<Entry> change) {
        return withPlacements(placements.stream()
                .map(entry -> entry.placementId().equals(placementId) ? change.apply(entry) : entry)
                .toList());
    }

    private StudentPlacements withPlacements(List<Entry> entries) {
        var validated = entries.stream()
                .map(Entry::validatedMonths)
                .filter(months -> months != null)
                .reduce(Months.ZERO, BigDecimal::add);
        return new StudentPlacements(
                studentId, programme, academicYear, closed, requiredMonths, validated, requirementMetAt, entries);
    }
}
