package edu.lifecycle.placement.placement;

import static edu.lifecycle.placement.placement.PlacementRules.ALREADY_VALIDATED;
import static edu.lifecycle.placement.placement.PlacementRules.MARK_OUT_OF_RANGE;
import static edu.lifecycle.placement.placement.PlacementRules.MARK_TOO_PRECISE;
import static edu.lifecycle.placement.placement.PlacementRules.PLACEMENT_NOT_FOUND;
import static edu.lifecycle.placement.placement.PlacementRules.VALIDATION_BEFORE_END;

import edu.lifecycle.placement.placement.PlacementCommand.Validate;
import edu.lifecycle.placement.placement.PlacementEvent.ExperienceRequirementMet;
import edu.lifecycle.placement.placement.PlacementEvent.PlacementValidated;
import edu.lifecycle.servicekit.decision.Decision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Validation of an agreement or contract after its last day, with the tutor's evaluation: its months done add to
 * the record, and the first time the total reaches the requirement, the requirement is met (once). A placement
 * whose last day worked came before the academic year's first day (ended early before it) is not this year's
 * experience and is not validated.
 */
final class ValidatingPlacement {

    private static final BigDecimal HIGHEST_MARK = new BigDecimal("20");

    private final ProgrammeCatalog programmes;
    private final AcademicYears calendar;

    ValidatingPlacement(ProgrammeCatalog programmes, AcademicYears calendar) {
        this.programmes = programmes;
        this.calendar = calendar;
    }

    Decision<PlacementEvent> decide(PlacementRecord record, Validate command) {
        var found = record.placement(command.placementId());
        if (found.isEmpty()) {
            return Decision.notFound(
                    PLACEMENT_NOT_FOUND, "The student has no agreement or contract " + command.placementId() + ".");
        }
        var placement = found.get();
        if (placement.validated()) {
            return Decision.conflict(ALREADY_VALIDATED, "The placement is already validated.");
        }
        var beforeYear = SigningPlacement.beforeAcademicYear(calendar, record, placement.lastDay());
        if (beforeYear.isPresent()) {
            return beforeYear.get();
        }
        var mark = command.evaluationMark();
        if (mark.signum() < 0 || mark.compareTo(HIGHEST_MARK) > 0) {
            return Decision.ruleBroken(MARK_OUT_OF_RANGE, "An evaluation lies between 0 and 20, not " + mark + ".");
        }
        if (mark.stripTrailingZeros().scale() > Months.SCALE) {
            return Decision.ruleBroken(MARK_TOO_PRECISE, "An evaluation has at most two decimals, not " + mark + ".");
        }
        var zone = programmes.find(record.programmeId()).map(Programme::zone).orElse(Programme.DEFAULT_ZONE);
        var today = LocalDate.ofInstant(command.issuedAt(), zone);
        if (!today.isAfter(placement.lastDay())) {
            return Decision.conflict(
                    VALIDATION_BEFORE_END,
                    "The placement is validated after its last day, " + placement.lastDay() + "; today is " + today
                            + ".");
        }
        var months = placement.monthsDone();
        var events = new ArrayList<PlacementEvent>();
        events.add(new PlacementValidated(
                command.studentId(),
                command.issuedAt(),
                placement.placementId(),
                Months.of(mark),
                months,
                command.staffId()));
        var experience = new Experience(record.validatedMonths().add(months), record.requiredMonths());
        if (record.requirementMetAt().isEmpty() && experience.met()) {
            events.add(new ExperienceRequirementMet(
                    command.studentId(), command.issuedAt(), experience.validatedMonths(), record.requiredMonths()));
        }
        return Decision.accept(List.copyOf(events));
    }
}
