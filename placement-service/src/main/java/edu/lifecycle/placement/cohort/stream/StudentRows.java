package edu.lifecycle.placement.cohort.stream;

import edu.lifecycle.events.curriculum.DegreeAwarded;
import edu.lifecycle.events.placement.GraduateOutcomeRecorded;
import edu.lifecycle.events.placement.InternshipAgreementSigned;
import edu.lifecycle.events.placement.InternshipValidated;
import edu.lifecycle.events.placement.PlacementEndedEarly;
import edu.lifecycle.events.placement.PlacementRecordClosed;
import edu.lifecycle.events.placement.PlacementRecordOpened;
import edu.lifecycle.events.placement.WorkStudyContractSigned;
import edu.lifecycle.placement.cohort.Cohort;
import edu.lifecycle.placement.cohort.StudentRow;
import edu.lifecycle.placement.cohort.StudentRow.Unvalidated;
import edu.lifecycle.placement.placement.Months;
import edu.lifecycle.placement.placement.PlacementKind;
import edu.lifecycle.placement.placement.Sector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Folds one public event into a student's row; events that say nothing the cohort models show leave it as it is. */
final class StudentRows {

    private StudentRows() {}

    static StudentRow fold(StudentRow row, Object event) {
        if (event instanceof PlacementRecordOpened e) {
            return new StudentRow(
                    row.studentId(),
                    new Cohort(e.getProgramme(), e.getAcademicYear()),
                    true,
                    row.withdrawn(),
                    row.unvalidated(),
                    row.contracts(),
                    row.graduated(),
                    row.outcome(),
                    Months.of(e.getRequiredMonths()),
                    row.validated());
        }
        if (event instanceof PlacementRecordClosed) {
            return new StudentRow(
                    row.studentId(),
                    row.cohort(),
                    row.enrolled(),
                    true,
                    row.unvalidated(),
                    row.contracts(),
                    row.graduated(),
                    row.outcome(),
                    row.requiredMonths(),
                    row.validated());
        }
        if (event instanceof InternshipAgreementSigned e) {
            var pending = new Unvalidated(
                    e.getAgreementId(), PlacementKind.INTERNSHIP, e.getOrganisation(), e.getStartOn(), e.getEndOn());
            return withUnvalidated(row, replacing(row.unvalidated(), pending), row.contracts());
        }
        if (event instanceof WorkStudyContractSigned e) {
            var pending = new Unvalidated(
                    e.getContractId(), PlacementKind.WORK_STUDY, e.getEmployer(), e.getStartOn(), e.getEndOn());
            var contracts = new HashSet<>(row.contracts());
            contracts.add(e.getContractId());
            return withUnvalidated(row, replacing(row.unvalidated(), pending), contracts);
        }
        if (event instanceof PlacementEndedEarly e) {
            var unvalidated = row.unvalidated().stream()
                    .map(p -> p.placementId().equals(e.getPlacementId())
                            ? new Unvalidated(p.placementId(), p.kind(), p.organisation(), p.startOn(), e.getEndedOn())
                            : p)
                    .toList();
            return withUnvalidated(row, unvalidated, row.contracts());
        }
        if (event instanceof InternshipValidated e) {
            var unvalidated = row.unvalidated().stream()
                    .filter(p -> !p.placementId().equals(e.getPlacementId()))
                    .toList();
            // The months the aggregate validated, as published: counted here, never recomputed from the dates.
            var validated = new HashMap<>(row.validated());
            validated.put(e.getPlacementId(), Months.of(e.getValidatedMonths()));
            return new StudentRow(
                    row.studentId(),
                    row.cohort(),
                    row.enrolled(),
                    row.withdrawn(),
                    unvalidated,
                    row.contracts(),
                    row.graduated(),
                    row.outcome(),
                    row.requiredMonths(),
                    validated);
        }
        if (event instanceof DegreeAwarded e) {
            var cohort = row.cohort() != null ? row.cohort() : new Cohort(e.getProgramme(), e.getAcademicYear());
            return new StudentRow(
                    row.studentId(),
                    cohort,
                    row.enrolled(),
                    row.withdrawn(),
                    row.unvalidated(),
                    row.contracts(),
                    true,
                    row.outcome(),
                    row.requiredMonths(),
                    row.validated());
        }
        if (event instanceof GraduateOutcomeRecorded e) {
            return new StudentRow(
                    row.studentId(),
                    row.cohort(),
                    row.enrolled(),
                    row.withdrawn(),
                    row.unvalidated(),
                    row.contracts(),
                    row.graduated(),
                    new StudentRow.Outcome(Sector.valueOf(e.getSector().name()), e.getMonthsAfterGraduation()),
                    row.requiredMonths(),
                    row.validated());
        }
        return row;
    }

    private static List<Unvalidated> replacing(List<Unvalidated> unvalidated, Unvalidated placement) {
        var all = new ArrayList<Unvalidated>();
        unvalidated.stream()
                .filter(p -> !p.placementId().equals(placement.placementId()))
                .forEach(all::add);
        all.add(placement);
        return all;
    }

    private static StudentRow withUnvalidated(StudentRow row, List<Unvalidated> unvalidated, Set<String> contracts) {
        return new StudentRow(
                row.studentId(),
                row.cohort(),
                row.enrolled(),
                row.withdrawn(),
                unvalidated,
                contracts,
                row.graduated(),
                row.outcome(),
                row.requiredMonths(),
                row.validated());
    }
}
