package edu.lifecycle.placement.placement;

import static edu.lifecycle.placement.placement.PlacementRules.BEFORE_ACADEMIC_YEAR;
import static edu.lifecycle.placement.placement.PlacementRules.DATES_REVERSED;
import static edu.lifecycle.placement.placement.PlacementRules.INTERNSHIPS_OVERLAP;
import static edu.lifecycle.placement.placement.PlacementRules.INTERNSHIP_TOO_LONG;
import static edu.lifecycle.placement.placement.PlacementRules.INTERNSHIP_TOO_SHORT;
import static edu.lifecycle.placement.placement.PlacementRules.PROGRAMME_UNKNOWN;
import static edu.lifecycle.placement.placement.PlacementRules.WORK_STUDY_CONTRACTS_OVERLAP;
import static edu.lifecycle.placement.placement.PlacementRules.WORK_STUDY_TOO_LONG;

import edu.lifecycle.placement.placement.PlacementCommand.SignInternship;
import edu.lifecycle.placement.placement.PlacementCommand.SignWorkStudyContract;
import edu.lifecycle.placement.placement.PlacementEvent.InternshipAgreementSigned;
import edu.lifecycle.placement.placement.PlacementEvent.WorkStudyContractSigned;
import edu.lifecycle.servicekit.decision.Decision;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Signing an internship agreement (within the programme's duration, not overlapping another agreement) or a
 * work-study contract (any enrolled student may: an initial-training student who finds one switches to work-study).
 * Either is experience of the student's academic year: one that ends before the year's first day is refused.
 */
final class SigningPlacement {

    private final ProgrammeCatalog programmes;
    private final AcademicYears calendar;

    SigningPlacement(ProgrammeCatalog programmes, AcademicYears calendar) {
        this.programmes = programmes;
        this.calendar = calendar;
    }

    Decision<PlacementEvent> internship(PlacementRecord record, SignInternship command) {
        var programme = programmes.find(record.programmeId());
        if (programme.isEmpty()) {
            return unknownProgramme(record);
        }
        if (command.endOn().isBefore(command.startOn())) {
            return reversed(command.startOn(), command.endOn());
        }
        var beforeYear = beforeAcademicYear(calendar, record, command.endOn());
        if (beforeYear.isPresent()) {
            return beforeYear.get();
        }
        var months = Months.between(command.startOn(), command.endOn());
        if (months.compareTo(programme.get().internshipMinimumMonths()) < 0) {
            return Decision.ruleBroken(
                    INTERNSHIP_TOO_SHORT,
                    "An internship runs at least " + programme.get().internshipMinimumMonths() + " months, not "
                            + months + ".");
        }
        if (months.compareTo(programme.get().internshipMaximumMonths()) > 0) {
            return Decision.ruleBroken(
                    INTERNSHIP_TOO_LONG,
                    "An internship runs at most " + programme.get().internshipMaximumMonths() + " months, not " + months
                            + ".");
        }
        var overlapping = overlapping(record, PlacementKind.INTERNSHIP, command.startOn(), command.endOn());
        if (overlapping.isPresent()) {
            return Decision.conflict(
                    INTERNSHIPS_OVERLAP,
                    "The internship overlaps agreement " + overlapping.get().placementId() + " ("
                            + overlapping.get().startOn() + " to "
                            + overlapping.get().lastDay() + ").");
        }
        return Decision.accept(new InternshipAgreementSigned(
                command.studentId(),
                command.issuedAt(),
                command.agreementId(),
                command.organisation().strip(),
                command.sector(),
                command.role().strip(),
                command.startOn(),
                command.endOn(),
                command.fullTime(),
                command.tutor().strip()));
    }

    Decision<PlacementEvent> workStudy(PlacementRecord record, SignWorkStudyContract command) {
        var programme = programmes.find(record.programmeId());
        if (programme.isEmpty()) {
            return unknownProgramme(record);
        }
        if (command.endOn().isBefore(command.startOn())) {
            return reversed(command.startOn(), command.endOn());
        }
        var beforeYear = beforeAcademicYear(calendar, record, command.endOn());
        if (beforeYear.isPresent()) {
            return beforeYear.get();
        }
        var months = Months.between(command.startOn(), command.endOn());
        if (months.compareTo(programme.get().workStudyMaximumMonths()) > 0) {
            return Decision.ruleBroken(
                    WORK_STUDY_TOO_LONG,
                    "A work-study contract runs at most " + programme.get().workStudyMaximumMonths() + " months, not "
                            + months + ".");
        }
        var overlapping = overlapping(record, PlacementKind.WORK_STUDY, command.startOn(), command.endOn());
        if (overlapping.isPresent()) {
            return Decision.conflict(
                    WORK_STUDY_CONTRACTS_OVERLAP,
                    "The contract overlaps contract " + overlapping.get().placementId() + ".");
        }
        return Decision.accept(new WorkStudyContractSigned(
                command.studentId(),
                command.issuedAt(),
                command.contractId(),
                command.employer().strip(),
                command.startOn(),
                command.endOn()));
    }

    /** Another placement of the same kind sharing a day with these, up to its last day actually worked. */
    private static Optional<Placement> overlapping(
            PlacementRecord record, PlacementKind kind, LocalDate firstDay, LocalDate lastDay) {
        return record.placements().stream()
                .filter(placement -> placement.kind() == kind && placement.overlaps(firstDay, lastDay))
                .findFirst();
    }

    /**
     * The refusal of a placement whose last day comes before the first day of the record's academic year. A year
     * whose name says no start (never from admissions, which checks it) has no such bound.
     */
    static Optional<Decision<PlacementEvent>> beforeAcademicYear(
            AcademicYears calendar, PlacementRecord record, LocalDate lastDay) {
        return calendar.firstDayOf(record.academicYear())
                .filter(lastDay::isBefore)
                .map(firstDay -> Decision.ruleBroken(
                        BEFORE_ACADEMIC_YEAR,
                        "A placement counts toward academic year " + record.academicYear() + " only if it lasts until "
                                + firstDay + " or later; this one's last day is " + lastDay + "."));
    }

    private static Decision<PlacementEvent> reversed(LocalDate startOn, LocalDate endOn) {
        return Decision.ruleBroken(
                DATES_REVERSED, "The placement ends on " + endOn + ", before it starts on " + startOn + ".");
    }

    private static Decision<PlacementEvent> unknownProgramme(PlacementRecord record) {
        return Decision.ruleBroken(
                PROGRAMME_UNKNOWN, "Programme " + record.programmeId() + " has no placement reference data any more.");
    }
}
