package edu.lifecycle.curriculum.transcript.stream;

import edu.lifecycle.curriculum.transcript.TranscriptCommand;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import java.util.Optional;

/** Reads a transcript command out of its envelope. */
final class TranscriptCommands {

    private TranscriptCommands() {}

    static TranscriptCommand from(CommandEnvelope envelope) {
        var id = envelope.commandId();
        var student = envelope.aggregateKey();
        var at = envelope.issuedAt();
        // Who recorded a mark is the signed-in sender the gateway put on the envelope, never a field of the body.
        var staffId = Optional.ofNullable(envelope.actor()).filter(actor -> !actor.isBlank());
        return switch (envelope.type()) {
            case TranscriptCommandTypes.OPEN_TRANSCRIPT -> {
                var body = envelope.payloadAs(TranscriptPayloads.OpenTranscript.class);
                yield new TranscriptCommand.OpenTranscript(id, student, at, body.programme(), body.academicYear());
            }
            case TranscriptCommandTypes.CLOSE_TRANSCRIPT -> {
                var body = envelope.payloadAs(TranscriptPayloads.CloseTranscript.class);
                yield new TranscriptCommand.CloseTranscript(id, student, at, body.reason());
            }
            case TranscriptCommandTypes.RECORD_GRADE -> {
                var body = envelope.payloadAs(TranscriptPayloads.RecordGrade.class);
                yield new TranscriptCommand.RecordGrade(
                        id, student, at, body.courseCode(), body.mark(), body.session(), staffId);
            }
            case TranscriptCommandTypes.SUBMIT_DISSERTATION -> {
                var body = envelope.payloadAs(TranscriptPayloads.SubmitDissertation.class);
                yield new TranscriptCommand.SubmitDissertation(id, student, at, body.title(), body.supervisor());
            }
            case TranscriptCommandTypes.SCHEDULE_DEFENSE -> {
                var body = envelope.payloadAs(TranscriptPayloads.ScheduleDefense.class);
                yield new TranscriptCommand.ScheduleDefense(
                        id, student, at, body.defenseAt(), body.room(), body.jury());
            }
            case TranscriptCommandTypes.RESCHEDULE_DEFENSE -> {
                var body = envelope.payloadAs(TranscriptPayloads.ScheduleDefense.class);
                yield new TranscriptCommand.RescheduleDefense(
                        id, student, at, body.defenseAt(), body.room(), body.jury());
            }
            case TranscriptCommandTypes.RECORD_DEFENSE_RESULT -> {
                var body = envelope.payloadAs(TranscriptPayloads.RecordDefenseResult.class);
                yield new TranscriptCommand.RecordDefenseResult(id, student, at, body.mark(), staffId);
            }
            case TranscriptCommandTypes.RECORD_EXPERIENCE_MET -> {
                var body = envelope.payloadAs(TranscriptPayloads.GraduationFact.class);
                yield new TranscriptCommand.RecordExperienceMet(
                        id, student, at, body.sourceEventId(), body.occurredAt());
            }
            case TranscriptCommandTypes.RECORD_TUITION_SETTLED -> {
                var body = envelope.payloadAs(TranscriptPayloads.GraduationFact.class);
                yield new TranscriptCommand.RecordTuitionSettled(
                        id, student, at, body.sourceEventId(), body.occurredAt());
            }
            default -> throw new IllegalArgumentException("Unknown transcript command type '" + envelope.type() + "'");
        };
    }
}
