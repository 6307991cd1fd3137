package edu.lifecycle.curriculum.transcript;

import static edu.lifecycle.curriculum.transcript.TranscriptRules.DISSERTATION_ALREADY_SUBMITTED;

import edu.lifecycle.curriculum.transcript.TranscriptCommand.SubmitDissertation;
import edu.lifecycle.curriculum.transcript.TranscriptEvent.DissertationSubmitted;
import edu.lifecycle.servicekit.decision.Decision;
import java.util.Optional;

/** The professional dissertation is submitted once, with its title and supervisor. */
final class SubmittingDissertation {

    Decision<TranscriptEvent> decide(Optional<Transcript> state, SubmitDissertation command) {
        var refusal = OpenTranscripts.refusal(state);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        if (state.get().dissertation().isPresent()) {
            return Decision.conflict(DISSERTATION_ALREADY_SUBMITTED, "The dissertation is already submitted.");
        }
        return Decision.accept(new DissertationSubmitted(
                command.studentId(),
                command.issuedAt(),
                command.title().strip(),
                command.supervisor().strip()));
    }
}
