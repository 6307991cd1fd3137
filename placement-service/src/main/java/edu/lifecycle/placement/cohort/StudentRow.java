package edu.lifecycle.placement.cohort;

import edu.lifecycle.placement.placement.Experience;
import edu.lifecycle.placement.placement.PlacementKind;
import edu.lifecycle.placement.placement.Sector;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the cohort read models need of one student, folded from events. Every part is a set or a flag, so an event
 * read twice changes nothing.
 *
 * @param cohort empty until the record opens (or the degree names it)
 * @param enrolled the placement record opened
 * @param withdrawn the record closed
 * @param unvalidated agreements and contracts not yet validated, with their last day worked
 * @param contracts ids of the work-study contracts signed
 * @param outcome the graduate's first position; {@code null} until recorded
 * @param requiredMonths the experience requirement the record opened with; {@code null} until it opens, and in a row
 *     stored before rows kept experience (the read models are rebuilt once on that upgrade, README)
 * @param validated the months of each validated placement, by placement id: keyed, so a validation read twice counts
 *     once; empty in a row stored before rows kept experience
 */
public record StudentRow(
        String studentId,
        Cohort cohort,
        boolean enrolled,
        boolean withdrawn,
        List<Unvalidated> unvalidated,
        Set<String> contracts,
        boolean graduated,
        Outcome outcome,
        BigDecimal requiredMonths,
        Map<String, BigDecimal> validated) {

    public StudentRow {
        Objects.requireNonNull(studentId, "studentId");
        unvalidated = List.copyOf(unvalidated);
        contracts = Set.copyOf(contracts);
        // A row stored before the field existed reads it as absent: null here, never a failed read.
        validated = validated == null ? Map.of() : Map.copyOf(validated);
    }

    public static StudentRow none(String studentId) {
        return new StudentRow(studentId, null, false, false, List.of(), Set.of(), false, null, null, Map.of());
    }

    /** An agreement or contract awaiting validation. */
    public record Unvalidated(
            String placementId, PlacementKind kind, String organisation, LocalDate startOn, LocalDate lastDay) {}

    public record Outcome(Sector sector, int monthsAfterGraduation) {}

    /** Validated experience against the requirement, by the domain's rule; empty while the requirement is unknown. */
    public Optional<Experience> experience() {
        return Optional.ofNullable(requiredMonths).map(required -> Experience.of(validated.values(), required));
    }

    /** Placements a tutor may still validate: none once the record closed. */
    public List<Unvalidated> pendingValidations() {
        return withdrawn ? List.of() : unvalidated;
    }
}
