package edu.lifecycle.curriculum.transcript;

import static edu.lifecycle.curriculum.transcript.TranscriptRules.PROGRAMME_UNKNOWN;
import static edu.lifecycle.curriculum.transcript.TranscriptRules.TRANSCRIPT_ALREADY_OPEN;

import edu.lifecycle.curriculum.programme.ProgrammeCatalog;
import edu.lifecycle.curriculum.transcript.TranscriptCommand.OpenTranscript;
import edu.lifecycle.curriculum.transcript.TranscriptEvent.TranscriptOpened;
import edu.lifecycle.servicekit.decision.Decision;
import java.util.Optional;

/** On enrollment, a transcript opens with the programme's courses as the reference data lists them today. */
final class OpeningTranscript {

    private final ProgrammeCatalog programmes;

    OpeningTranscript(ProgrammeCatalog programmes) {
        this.programmes = programmes;
    }

    Decision<TranscriptEvent> decide(Optional<Transcript> state, OpenTranscript command) {
        if (state.isPresent() && state.get().status() != TranscriptStatus.AWAITING_ENROLLMENT) {
            return Decision.conflict(TRANSCRIPT_ALREADY_OPEN, "The student already has a transcript.");
        }
        var found = programmes.find(command.programmeId());
        if (found.isEmpty()) {
            return Decision.ruleBroken(
                    PROGRAMME_UNKNOWN, "Programme " + command.programmeId() + " is not in the curriculum.");
        }
        var programme = found.get();
        return Decision.accept(new TranscriptOpened(
                command.studentId(),
                command.issuedAt(),
                programme.id(),
                command.academicYear(),
                programme.courses(),
                programme.dissertationEcts(),
                programme.requiredEcts()));
    }
}
