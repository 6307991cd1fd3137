package edu.lifecycle.curriculum.transcript;

import edu.lifecycle.curriculum.transcript.TranscriptCommand.CloseTranscript;
import edu.lifecycle.curriculum.transcript.TranscriptEvent.TranscriptClosed;
import edu.lifecycle.servicekit.decision.Decision;
import java.util.Optional;

/** On withdrawal the transcript closes, and refuses everything of the student's studies from then on. */
final class ClosingTranscript {

    Decision<TranscriptEvent> decide(Optional<Transcript> state, CloseTranscript command) {
        var refusal = OpenTranscripts.refusal(state);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        return Decision.accept(new TranscriptClosed(command.studentId(), command.issuedAt(), command.reason()));
    }
}
