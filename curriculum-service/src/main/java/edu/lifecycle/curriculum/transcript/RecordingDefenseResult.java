package edu.lifecycle.curriculum.transcript;

import static edu.lifecycle.curriculum.transcript.TranscriptRules.DEFENSE_NOT_SCHEDULED;
import static edu.lifecycle.curriculum.transcript.TranscriptRules.DEFENSE_NOT_YET_HELD;

import edu.lifecycle.curriculum.programme.GradingScheme;
import edu.lifecycle.curriculum.transcript.TranscriptCommand.RecordDefenseResult;
import edu.lifecycle.curriculum.transcript.TranscriptEvent.DissertationDefended;
import edu.lifecycle.servicekit.decision.Decision;
import java.util.Optional;

/**
 * The jury's mark of a scheduled defense, recorded at or after its scheduled time (by the time the command was
 * issued): a jury cannot mark a defense that has not been held. Passed at the pass mark, which earns the
 * dissertation's ECTS.
 */
final class RecordingDefenseResult {

    private final GradingScheme grading;

    RecordingDefenseResult(GradingScheme grading) {
        this.grading = grading;
    }

    Decision<TranscriptEvent> decide(Optional<Transcript> state, RecordDefenseResult command) {
        var refusal = OpenTranscripts.refusal(state);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        var transcript = state.get();
        var dissertation = transcript.dissertation();
        if (dissertation.isEmpty() || !dissertation.get().awaitingDefense()) {
            return Decision.conflict(DEFENSE_NOT_SCHEDULED, "No defense is scheduled and awaiting its result.");
        }
        var defenseAt = dissertation.get().defense().orElseThrow().defenseAt();
        if (command.issuedAt().isBefore(defenseAt)) {
            return Decision.conflict(
                    DEFENSE_NOT_YET_HELD,
                    "The defense is scheduled at " + defenseAt + "; its result is recorded from then on, not at "
                            + command.issuedAt() + ".");
        }
        var badMark = MarkRules.refusal(command.mark());
        if (badMark.isPresent()) {
            return badMark.get();
        }
        var mark = Marks.exact(command.mark());
        boolean passed = grading.passes(mark);
        int ects = passed ? transcript.syllabus().orElseThrow().dissertationEcts() : 0;
        return Decision.accept(new DissertationDefended(
                command.studentId(), command.issuedAt(), mark, passed, ects, command.staffId()));
    }
}
