package edu.lifecycle.placement.placement;

import static edu.lifecycle.placement.placement.PlacementRules.MONTHS_AFTER_GRADUATION_NEGATIVE;
import static edu.lifecycle.placement.placement.PlacementRules.OUTCOME_ALREADY_RECORDED;
import static edu.lifecycle.placement.placement.PlacementRules.OUTCOME_REQUIRES_DEGREE;

import edu.lifecycle.placement.placement.PlacementCommand.RecordGraduateOutcome;
import edu.lifecycle.placement.placement.PlacementEvent.GraduateOutcomeRecorded;
import edu.lifecycle.servicekit.decision.Decision;

/** A graduate's first position, recorded once, and only after the degree. */
final class RecordingGraduateOutcome {

    private RecordingGraduateOutcome() {}

    static Decision<PlacementEvent> decide(PlacementRecord record, RecordGraduateOutcome command) {
        if (record.graduation().isEmpty()) {
            return Decision.conflict(OUTCOME_REQUIRES_DEGREE, "Outcomes are recorded for graduates only.");
        }
        if (record.graduation().get().outcome().isPresent()) {
            return Decision.conflict(OUTCOME_ALREADY_RECORDED, "The graduate's first position is already recorded.");
        }
        if (command.monthsAfterGraduation() < 0) {
            return Decision.ruleBroken(
                    MONTHS_AFTER_GRADUATION_NEGATIVE, "A position is taken up after the degree, not before.");
        }
        return Decision.accept(new GraduateOutcomeRecorded(
                command.studentId(),
                command.issuedAt(),
                command.sector(),
                command.organisation().strip(),
                command.jobTitle().strip(),
                command.competitionPassed().map(String::strip).filter(name -> !name.isEmpty()),
                command.monthsAfterGraduation()));
    }
}
