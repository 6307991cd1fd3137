package edu.lifecycle.curriculum.transcript;

import static edu.lifecycle.curriculum.transcript.TranscriptRules.DEFENSE_NOT_SCHEDULED;

import edu.lifecycle.curriculum.programme.GradingScheme;
import edu.lifecycle.curriculum.transcript.TranscriptCommand.RecordDefenseResult;
import edu.lifecycle.curriculum.transcript.TranscriptEvent.DissertationDefended;
import edu.lifecycle.servicekit.decision.Decision;
import java.util.Optional;

/** The jury's mark of a scheduled defense; passed at the pass mark, which earns the dissertation's ECTS. */
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
        if (!transcript.dissertation().map(Dissertation::awaitingDefense).orElse(false)) {
            return Decision.conflict(DEFENSE_NOT_SCHEDULED, "No defense is scheduled and awaiting its result.");
        }
        var badMark = MarkRules.refusal(command.mark());
        if (badMark.isPresent()) {
            return badMark.get();
        }
        var mark = Marks.exact(command.mark());
        boolean passed = grading.passes(mark);
        int ects = passed ? transcript.syllabus().orElseThrow().dissertationEcts() : 0;
        return Decision.accept(new DissertationDefended(command.studentId(), command.issuedAt(), mark, passed, ects));
    }
}
