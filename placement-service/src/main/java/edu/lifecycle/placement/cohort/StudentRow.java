package edu.lifecycle.placement.cohort;

import edu.lifecycle.placement.placement.PlacementKind;
import edu.lifecycle.placement.placement.Sector;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
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
 */
public record StudentRow(
        String studentId,
        Cohort cohort,
        boolean enrolled,
        boolean withdrawn,
        List<Unvalidated> unvalidated,
        Set<String> contracts,
        boolean graduated,
        Outcome outcome) {

    public StudentRow {
        Objects.requireNonNull(studentId, "studentId");
        unvalidated = List.copyOf(unvalidated);
        contracts = Set.copyOf(contracts);
    }

    public static StudentRow none(String studentId) {
        return new StudentRow(studentId, null, false, false, List.of(), Set.of(), false, null);
    }

    /** An agreement or contract awaiting validation. */
    public record Unvalidated(
            String placementId, PlacementKind kind, String organisation, LocalDate startOn, LocalDate lastDay) {}

    public record Outcome(Sector sector, int monthsAfterGraduation) {}

    /** Placements a tutor may still validate: none once the record closed. */
    public List<Unvalidated> pendingValidations() {
        return withdrawn ? List.of() : unvalidated;
    }
}
