package edu.lifecycle.curriculum.transcript;

import static edu.lifecycle.curriculum.transcript.TranscriptRules.DEFENSE_ALREADY_SCHEDULED;
import static edu.lifecycle.curriculum.transcript.TranscriptRules.DEFENSE_REQUIRES_SUBMISSION;
import static edu.lifecycle.curriculum.transcript.TranscriptRules.DEFENSE_RETAKE_LIMIT_REACHED;
import static edu.lifecycle.curriculum.transcript.TranscriptRules.DISSERTATION_ALREADY_PASSED;

import edu.lifecycle.curriculum.transcript.TranscriptCommand.ScheduleDefense;
import edu.lifecycle.curriculum.transcript.TranscriptEvent.DefenseScheduled;
import edu.lifecycle.servicekit.decision.Decision;
import java.util.Optional;

/**
 * A defense before a jury of at least two, in a room, in the future (by the time the command was issued), only after
 * submission; a failed defense may be rescheduled once. A defense already scheduled moves with
 * {@link ReschedulingDefense}, not with a second schedule.
 */
final class SchedulingDefense {

    Decision<TranscriptEvent> decide(Optional<Transcript> state, ScheduleDefense command) {
        var refusal = OpenTranscripts.refusal(state);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        var found = state.get().dissertation();
        if (found.isEmpty()) {
            return Decision.conflict(DEFENSE_REQUIRES_SUBMISSION, "A defense needs a submitted dissertation.");
        }
        var dissertation = found.get();
        if (dissertation.passed()) {
            return Decision.conflict(DISSERTATION_ALREADY_PASSED, "The dissertation was defended successfully.");
        }
        if (dissertation.awaitingDefense()) {
            return Decision.conflict(
                    DEFENSE_ALREADY_SCHEDULED,
                    "A defense is scheduled and awaits its result; give it a new date, room or jury instead.");
        }
        if (dissertation.failedDefenses() >= Dissertation.MAXIMUM_DEFENSES) {
            return Decision.conflict(
                    DEFENSE_RETAKE_LIMIT_REACHED, "A failed defense may be rescheduled once, and it was.");
        }
        var jury = DefenseSlots.jury(command.jury());
        var badSlot = DefenseSlots.refusal(command.defenseAt(), jury, command.issuedAt());
        if (badSlot.isPresent()) {
            return badSlot.get();
        }
        return Decision.accept(new DefenseScheduled(
                command.studentId(),
                command.issuedAt(),
                command.defenseAt(),
                command.room().strip(),
                jury));
    }
}
