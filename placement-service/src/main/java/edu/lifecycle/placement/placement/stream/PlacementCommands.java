package edu.lifecycle.placement.placement.stream;

import edu.lifecycle.placement.placement.PlacementCommand;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import java.util.Optional;

/** Reads a placement command out of its envelope. */
final class PlacementCommands {

    private PlacementCommands() {}

    static PlacementCommand from(CommandEnvelope envelope) {
        var id = envelope.commandId();
        var student = envelope.aggregateKey();
        var at = envelope.issuedAt();
        // Who validated is the signed-in sender the gateway put on the envelope, never a field of the body.
        var staffId = Optional.ofNullable(envelope.actor()).filter(actor -> !actor.isBlank());
        return switch (envelope.type()) {
            case PlacementCommandTypes.OPEN_RECORD -> {
                var body = envelope.payloadAs(PlacementPayloads.OpenRecord.class);
                yield new PlacementCommand.OpenRecord(id, student, at, body.programme(), body.academicYear());
            }
            case PlacementCommandTypes.CLOSE_RECORD ->
                new PlacementCommand.CloseRecord(
                        id,
                        student,
                        at,
                        envelope.payloadAs(PlacementPayloads.CloseRecord.class).reason());
            case PlacementCommandTypes.SIGN_INTERNSHIP -> {
                var body = envelope.payloadAs(PlacementPayloads.SignInternship.class);
                yield new PlacementCommand.SignInternship(
                        id,
                        student,
                        at,
                        PlacementIds.agreement(id),
                        body.organisation(),
                        body.sector(),
                        body.role(),
                        body.startOn(),
                        body.endOn(),
                        body.fullTime(),
                        body.tutor());
            }
            case PlacementCommandTypes.SIGN_WORK_STUDY -> {
                var body = envelope.payloadAs(PlacementPayloads.SignWorkStudyContract.class);
                yield new PlacementCommand.SignWorkStudyContract(
                        id, student, at, PlacementIds.contract(id), body.employer(), body.startOn(), body.endOn());
            }
            case PlacementCommandTypes.END_EARLY -> {
                var body = envelope.payloadAs(PlacementPayloads.PlacementEnding.class);
                yield new PlacementCommand.EndEarly(id, student, at, body.placementId(), body.endedOn(), body.reason());
            }
            case PlacementCommandTypes.VALIDATE -> {
                var body = envelope.payloadAs(PlacementPayloads.PlacementValidation.class);
                yield new PlacementCommand.Validate(
                        id, student, at, body.placementId(), body.evaluationMark(), staffId);
            }
            case PlacementCommandTypes.NOTE_GRADUATION -> {
                var body = envelope.payloadAs(PlacementPayloads.NoteGraduation.class);
                yield new PlacementCommand.NoteGraduation(id, student, at, body.programme(), body.academicYear());
            }
            case PlacementCommandTypes.RECORD_GRADUATE_OUTCOME -> {
                var body = envelope.payloadAs(PlacementPayloads.RecordGraduateOutcome.class);
                yield new PlacementCommand.RecordGraduateOutcome(
                        id,
                        student,
                        at,
                        body.sector(),
                        body.organisation(),
                        body.jobTitle(),
                        Optional.ofNullable(body.competitionPassed()).filter(name -> !name.isBlank()),
                        body.monthsAfterGraduation());
            }
            default -> throw new IllegalArgumentException("Unknown placement command type '" + envelope.type() + "'");
        };
    }
}
