package edu.lifecycle.curriculum.transcript;

import static edu.lifecycle.curriculum.transcript.TranscriptRules.DEFENSE_ALREADY_SCHEDULED;
import static edu.lifecycle.curriculum.transcript.TranscriptRules.DEFENSE_IN_THE_PAST;
import static edu.lifecycle.curriculum.transcript.TranscriptRules.DEFENSE_JURY_TOO_SMALL;
import static edu.lifecycle.curriculum.transcript.TranscriptRules.DEFENSE_REQUIRES_SUBMISSION;
import static edu.lifecycle.curriculum.transcript.TranscriptRules.DEFENSE_RETAKE_LIMIT_REACHED;
import static edu.lifecycle.curriculum.transcript.TranscriptRules.DISSERTATION_ALREADY_PASSED;

import edu.lifecycle.curriculum.transcript.TranscriptCommand.ScheduleDefense;
import edu.lifecycle.curriculum.transcript.TranscriptEvent.DefenseScheduled;
import edu.lifecycle.servicekit.decision.Decision;
import java.util.List;
import java.util.Optional;

/**
 * A defense before a jury of at least two, in a room, in the future (by the time the command was issued), only after
 * submission; a failed defense may be rescheduled once.
 */
final class SchedulingDefense {

    private static final int MINIMUM_JURY = 2;

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
            return Decision.conflict(DEFENSE_ALREADY_SCHEDULED, "A defense is scheduled and awaits its result.");
        }
        if (dissertation.failedDefenses() >= Dissertation.MAXIMUM_DEFENSES) {
            return Decision.conflict(
                    DEFENSE_RETAKE_LIMIT_REACHED, "A failed defense may be rescheduled once, and it was.");
        }
        List<String> jury = command.jury().stream()
                .filter(member -> member != null && !member.isBlank())
                .map(String::strip)
                .distinct()
                .toList();
        if (jury.size() < MINIMUM_JURY) {
            return Decision.ruleBroken(
                    DEFENSE_JURY_TOO_SMALL, "A jury has at least two distinct members, not " + jury.size() + ".");
        }
        if (!command.defenseAt().isAfter(command.issuedAt())) {
            return Decision.ruleBroken(
                    DEFENSE_IN_THE_PAST, "A defense is scheduled in the future, not at " + command.defenseAt() + ".");
        }
        return Decision.accept(new DefenseScheduled(
                command.studentId(),
                command.issuedAt(),
                command.defenseAt(),
                command.room().strip(),
                jury));
    }
}
