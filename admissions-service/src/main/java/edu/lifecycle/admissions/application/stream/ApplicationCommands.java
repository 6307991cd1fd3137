package edu.lifecycle.admissions.application.stream;

import edu.lifecycle.admissions.application.ApplicantProfile;
import edu.lifecycle.admissions.application.ApplicationCommand;
import edu.lifecycle.admissions.application.PriorDegree;
import edu.lifecycle.admissions.privacy.PersonalDataUnreadableException;
import edu.lifecycle.admissions.privacy.stream.PersonalFields;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.json.KitJson;
import java.util.Optional;

/** Reads an application command out of its envelope. */
final class ApplicationCommands {

    private ApplicationCommands() {}

    static ApplicationCommand from(CommandEnvelope envelope, PersonalFields personal) {
        var id = envelope.commandId();
        var student = envelope.aggregateKey();
        var at = envelope.issuedAt();
        // Who decided is the signed-in sender the gateway put on the envelope, never a field of the body.
        var staffId = Optional.ofNullable(envelope.actor()).filter(actor -> !actor.isBlank());
        return switch (envelope.type()) {
            case ApplicationCommandTypes.SUBMIT -> {
                var body = opened(envelope, ApplicationPayloads.SubmitApplication.class, personal);
                var degree = body.priorDegree();
                yield new ApplicationCommand.SubmitApplication(
                        id,
                        student,
                        at,
                        body.programme(),
                        body.academicYear(),
                        new PriorDegree(degree.title(), degree.institution(), degree.country(), degree.ects()),
                        body.preferredStream(),
                        body.preferredScheme(),
                        new ApplicantProfile(body.fullName(), body.email()));
            }
            case ApplicationCommandTypes.OVERRIDE_ELIGIBILITY -> {
                var body = envelope.payloadAs(ApplicationPayloads.OverrideEligibility.class);
                yield new ApplicationCommand.OverrideEligibility(
                        id, student, at, body.eligible(), body.reason(), staffId);
            }
            case ApplicationCommandTypes.GRADE_EXAM -> {
                var body = envelope.payloadAs(ApplicationPayloads.GradeEntranceExam.class);
                yield new ApplicationCommand.GradeEntranceExam(
                        id, student, at, body.writtenMark(), body.interviewMark(), staffId);
            }
            case ApplicationCommandTypes.DECIDE_ADMISSION -> {
                var body = envelope.payloadAs(ApplicationPayloads.DecideAdmission.class);
                yield new ApplicationCommand.RequestAdmissionDecision(
                        id, student, at, body.decision(), nonBlank(body.reason()), staffId);
            }
            case ApplicationCommandTypes.RECORD_ADMISSION_DECISION -> {
                var body = envelope.payloadAs(ApplicationPayloads.RecordAdmissionDecision.class);
                // The intake hands back the staff id of whoever asked for the decision.
                yield new ApplicationCommand.RecordAdmissionDecision(
                        id, student, at, body.decision(), nonBlank(body.reason()), staffId);
            }
            case ApplicationCommandTypes.PROMOTE_FROM_WAITLIST ->
                new ApplicationCommand.PromoteFromWaitlist(id, student, at);
            case ApplicationCommandTypes.ENROLL -> {
                var body = envelope.payloadAs(ApplicationPayloads.Enroll.class);
                yield new ApplicationCommand.Enroll(id, student, at, body.stream(), body.scheme());
            }
            case ApplicationCommandTypes.WITHDRAW ->
                new ApplicationCommand.Withdraw(
                        id,
                        student,
                        at,
                        envelope.payloadAs(ApplicationPayloads.Withdraw.class).reason(),
                        staffId);
            case ApplicationCommandTypes.RECTIFY_PERSONAL_DATA -> {
                var body = opened(envelope, ApplicationPayloads.RectifyPersonalData.class, personal);
                yield new ApplicationCommand.RectifyPersonalData(
                        id, student, at, Optional.ofNullable(body.fullName()), Optional.ofNullable(body.email()));
            }
            case ApplicationCommandTypes.ERASE_PERSONAL_DATA ->
                new ApplicationCommand.ErasePersonalData(id, student, at);
            default -> throw new IllegalArgumentException("Unknown application command type '" + envelope.type() + "'");
        };
    }

    /**
     * The payload with its personal values opened. A payload whose key was destroyed while the command was in flight
     * (an erasure or a rectification decided first) cannot be read by anyone: it goes to the dead letters as it is,
     * ciphertext only, and its client sees the command failed (ADR 13).
     */
    private static <T> T opened(CommandEnvelope envelope, Class<T> type, PersonalFields personal) {
        var opened = personal.open(envelope.payload(), type, envelope.aggregateKey());
        if (opened == null) {
            throw new PersonalDataUnreadableException(
                    "The personal data of command " + envelope.commandId() + " cannot be read: its key was destroyed");
        }
        return KitJson.fromTree(opened, type);
    }

    private static Optional<String> nonBlank(String text) {
        return Optional.ofNullable(text).filter(value -> !value.isBlank());
    }
}
