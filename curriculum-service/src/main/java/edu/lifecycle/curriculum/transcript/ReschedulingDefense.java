package edu.lifecycle.curriculum.transcript;

import static edu.lifecycle.curriculum.transcript.TranscriptRules.DEFENSE_NOT_SCHEDULED;

import edu.lifecycle.curriculum.transcript.TranscriptCommand.RescheduleDefense;
import edu.lifecycle.curriculum.transcript.TranscriptEvent.DefenseRescheduled;
import edu.lifecycle.servicekit.decision.Decision;
import java.util.Optional;

/**
 * A scheduled defense moves to a new date, room or jury until its result is recorded, even once its first date has
 * passed (a defense postponed on the day). The new slot obeys the first one's rules; the same slot again changes
 * nothing.
 */
final class ReschedulingDefense {

    Decision<TranscriptEvent> decide(Optional<Transcript> state, RescheduleDefense command) {
        var refusal = OpenTranscripts.refusal(state);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        var dissertation = state.get().dissertation();
        if (dissertation.isEmpty() || !dissertation.get().awaitingDefense()) {
            return Decision.conflict(
                    DEFENSE_NOT_SCHEDULED, "No defense is scheduled and awaiting its result; schedule one instead.");
        }
        var jury = DefenseSlots.jury(command.jury());
        var badSlot = DefenseSlots.refusal(command.defenseAt(), jury, command.issuedAt());
        if (badSlot.isPresent()) {
            return badSlot.get();
        }
        var slot = new Defense(command.defenseAt(), command.room().strip(), jury);
        if (dissertation.get().defense().map(slot::equals).orElse(false)) {
            return Decision.accept();
        }
        return Decision.accept(new DefenseRescheduled(
                command.studentId(), command.issuedAt(), slot.defenseAt(), slot.room(), slot.jury()));
    }
}
