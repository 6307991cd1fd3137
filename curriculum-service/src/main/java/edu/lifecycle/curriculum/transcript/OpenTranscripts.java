package edu.lifecycle.curriculum.transcript;

import static edu.lifecycle.curriculum.transcript.TranscriptRules.DEGREE_ALREADY_AWARDED;
import static edu.lifecycle.curriculum.transcript.TranscriptRules.TRANSCRIPT_CLOSED;
import static edu.lifecycle.curriculum.transcript.TranscriptRules.TRANSCRIPT_NOT_FOUND;

import edu.lifecycle.servicekit.decision.Decision;
import java.util.Optional;

/** The refusal every command of a student's own studies shares: it needs an open transcript. */
final class OpenTranscripts {

    private OpenTranscripts() {}

    /** Empty when the transcript is open; else the rule that refuses. */
    static Optional<Decision<TranscriptEvent>> refusal(Optional<Transcript> state) {
        if (state.isEmpty() || state.get().status() == TranscriptStatus.AWAITING_ENROLLMENT) {
            return Optional.of(Decision.notFound(TRANSCRIPT_NOT_FOUND, "No transcript is open for this student."));
        }
        if (state.get().status() == TranscriptStatus.CLOSED) {
            return Optional.of(
                    Decision.conflict(TRANSCRIPT_CLOSED, "The transcript was closed; nothing more is recorded on it."));
        }
        if (state.get().status() == TranscriptStatus.GRADUATED) {
            return Optional.of(
                    Decision.conflict(DEGREE_ALREADY_AWARDED, "The degree was awarded; the transcript is final."));
        }
        return Optional.empty();
    }
}
