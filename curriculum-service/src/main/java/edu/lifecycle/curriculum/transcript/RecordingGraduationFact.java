package edu.lifecycle.curriculum.transcript;

import edu.lifecycle.curriculum.transcript.TranscriptCommand.RecordExperienceMet;
import edu.lifecycle.curriculum.transcript.TranscriptCommand.RecordTuitionSettled;
import edu.lifecycle.curriculum.transcript.TranscriptEvent.ExperienceRequirementRecorded;
import edu.lifecycle.curriculum.transcript.TranscriptEvent.TuitionSettlementRecorded;
import edu.lifecycle.servicekit.decision.Decision;
import java.util.Optional;

/**
 * The degree conditions other services establish. They are kept whatever the transcript's state, even before the
 * enrollment arrives, so no order of arrival loses one; the first report of a fact is the one kept.
 */
final class RecordingGraduationFact {

    Decision<TranscriptEvent> decide(Optional<Transcript> state, RecordExperienceMet command) {
        if (state.flatMap(Transcript::experience).isPresent()) {
            return Decision.accept();
        }
        return Decision.accept(
                new ExperienceRequirementRecorded(command.studentId(), command.occurredAt(), command.sourceEventId()));
    }

    Decision<TranscriptEvent> decide(Optional<Transcript> state, RecordTuitionSettled command) {
        if (state.flatMap(Transcript::tuition).isPresent()) {
            return Decision.accept();
        }
        return Decision.accept(
                new TuitionSettlementRecorded(command.studentId(), command.occurredAt(), command.sourceEventId()));
    }
}
