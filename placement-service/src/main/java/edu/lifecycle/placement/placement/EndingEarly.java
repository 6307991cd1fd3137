package edu.lifecycle.placement.placement;

import static edu.lifecycle.placement.placement.PlacementRules.ALREADY_ENDED_EARLY;
import static edu.lifecycle.placement.placement.PlacementRules.ALREADY_VALIDATED;
import static edu.lifecycle.placement.placement.PlacementRules.EARLY_END_OUTSIDE_PLACEMENT;
import static edu.lifecycle.placement.placement.PlacementRules.EARLY_END_REASON_REQUIRED;
import static edu.lifecycle.placement.placement.PlacementRules.PLACEMENT_NOT_FOUND;

import edu.lifecycle.placement.placement.PlacementCommand.EndEarly;
import edu.lifecycle.placement.placement.PlacementEvent.PlacementEndedEarly;
import edu.lifecycle.servicekit.decision.Decision;

/** An agreement or contract terminated before its agreed end: from then on only the time done counts. */
final class EndingEarly {

    private EndingEarly() {}

    static Decision<PlacementEvent> decide(PlacementRecord record, EndEarly command) {
        var found = record.placement(command.placementId());
        if (found.isEmpty()) {
            return Decision.notFound(
                    PLACEMENT_NOT_FOUND, "The student has no agreement or contract " + command.placementId() + ".");
        }
        var placement = found.get();
        if (placement.validated()) {
            return Decision.conflict(ALREADY_VALIDATED, "The placement was validated; it can no longer change.");
        }
        if (placement.earlyEnd().isPresent()) {
            return Decision.conflict(
                    ALREADY_ENDED_EARLY, "The placement already ended on " + placement.lastDay() + ".");
        }
        if (command.endedOn().isBefore(placement.startOn())
                || !command.endedOn().isBefore(placement.endOn())) {
            return Decision.ruleBroken(
                    EARLY_END_OUTSIDE_PLACEMENT,
                    "An early end falls from " + placement.startOn() + " to the day before " + placement.endOn()
                            + ", not on " + command.endedOn() + ".");
        }
        if (command.reason().isBlank()) {
            return Decision.ruleBroken(EARLY_END_REASON_REQUIRED, "An early end needs a reason.");
        }
        return Decision.accept(new PlacementEndedEarly(
                command.studentId(),
                command.issuedAt(),
                placement.placementId(),
                placement.kind(),
                command.endedOn(),
                command.reason().strip()));
    }
}
