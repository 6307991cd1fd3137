package edu.lifecycle.admissions.application.web;

import edu.lifecycle.admissions.application.ApplicantProfile;
import edu.lifecycle.admissions.application.ApplicationCommand;
import edu.lifecycle.admissions.intake.AdmissionDecision;
import edu.lifecycle.admissions.privacy.Personal;
import edu.lifecycle.admissions.programme.StudyStream;
import edu.lifecycle.admissions.programme.TrainingScheme;
import edu.lifecycle.servicekit.command.CommandMeta;
import edu.lifecycle.servicekit.web.MarkOutOf20;
import edu.lifecycle.servicekit.web.RefusedActorFields;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The request bodies of an application's REST commands: the public contract, with its validation, refusing malformed
 * or implausible input with 400 naming the field before anything reaches Kafka (every number has a plausible range);
 * the business rules stay in the domain, which checks the same bounds again for commands that do not come through
 * HTTP. The controllers turn each into the domain command the gateway sends; the internal command format is that
 * command's own encoding ({@code ApplicationCommandFormat}), so renaming a field here never breaks a command already
 * queued.
 */
public final class ApplicationRequests {

    static final String STUDENT_ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    private ApplicationRequests() {}

    public record SubmitApplication(
            @NotBlank @Pattern(regexp = STUDENT_ID_PATTERN, message = "letters, digits, '.', '_' or '-', at most 64")
            String studentId,

            @NotBlank @Size(max = 32) String programme,
            @NotBlank @PlausibleAcademicYear String academicYear,
            @NotNull @Valid PriorDegree priorDegree,
            @NotNull StudyStream preferredStream,
            @NotNull TrainingScheme preferredScheme,
            @Personal @NotBlank @Size(max = 200) String fullName,
            @Personal @NotBlank @Email @Size(max = 254) String email) {

        /** Name and e-mail are sealed under the person's data key when the command is written. */
        ApplicationCommand.SubmitApplication toCommand(CommandMeta meta) {
            return new ApplicationCommand.SubmitApplication(
                    meta.commandId(),
                    studentId,
                    meta.issuedAt(),
                    programme,
                    academicYear,
                    priorDegree.toDomain(),
                    preferredStream,
                    preferredScheme,
                    new ApplicantProfile(fullName, email));
        }
    }

    /**
     * A correction of the applicant's identity: the name, the e-mail, or both; an absent field stays as it is. Sealed
     * like the submission before it reaches the commands topic.
     */
    public record RectifyPersonalData(
            @Personal @Size(min = 1, max = 200) String fullName,
            @Personal @Email @Size(max = 254) String email) {

        ApplicationCommand.RectifyPersonalData toCommand(CommandMeta meta, String studentId) {
            return new ApplicationCommand.RectifyPersonalData(
                    meta.commandId(),
                    studentId,
                    meta.issuedAt(),
                    Optional.ofNullable(fullName),
                    Optional.ofNullable(email));
        }
    }

    public record PriorDegree(
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 200) String institution,

            @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "an ISO 3166 alpha-2 code, e.g. FR")
            String country,

            @NotNull
            @Min(0)
            @Max(
                    value = edu.lifecycle.admissions.application.PriorDegree.MAX_PLAUSIBLE_ECTS,
                    message = "must be at most {value}: ten years of full-time study")
            Integer ects) {

        edu.lifecycle.admissions.application.PriorDegree toDomain() {
            return new edu.lifecycle.admissions.application.PriorDegree(title, institution, country, ects);
        }
    }

    /** The officer is the signed-in caller (their token's staff id); a body naming one is refused with 400. */
    @RefusedActorFields({"officer", "staffId"})
    public record OverrideEligibility(
            @NotNull Boolean eligible,
            @NotBlank @Size(max = 1000) String reason) {

        ApplicationCommand.OverrideEligibility toCommand(CommandMeta meta, String studentId) {
            return new ApplicationCommand.OverrideEligibility(
                    meta.commandId(), studentId, meta.issuedAt(), eligible, reason, meta.actor());
        }
    }

    /** Marks out of 20, as a jury gives them: at most two decimals. */
    public record GradeEntranceExam(
            @NotNull @MarkOutOf20 BigDecimal writtenMark,

            @NotNull @MarkOutOf20 BigDecimal interviewMark) {

        ApplicationCommand.GradeEntranceExam toCommand(CommandMeta meta, String studentId) {
            return new ApplicationCommand.GradeEntranceExam(
                    meta.commandId(), studentId, meta.issuedAt(), writtenMark, interviewMark, meta.actor());
        }
    }

    /** A blank reason is none. */
    public record DecideAdmission(
            @NotNull AdmissionDecision decision,
            @Size(max = 1000) String reason) {

        ApplicationCommand.RequestAdmissionDecision toCommand(CommandMeta meta, String studentId) {
            return new ApplicationCommand.RequestAdmissionDecision(
                    meta.commandId(), studentId, meta.issuedAt(), decision, Optional.ofNullable(reason), meta.actor());
        }
    }

    public record Enroll(
            @NotNull StudyStream stream, @NotNull TrainingScheme scheme) {

        ApplicationCommand.Enroll toCommand(CommandMeta meta, String studentId) {
            return new ApplicationCommand.Enroll(meta.commandId(), studentId, meta.issuedAt(), stream, scheme);
        }
    }

    public record Withdraw(@NotBlank @Size(max = 1000) String reason) {

        ApplicationCommand.Withdraw toCommand(CommandMeta meta, String studentId) {
            return new ApplicationCommand.Withdraw(meta.commandId(), studentId, meta.issuedAt(), reason, meta.actor());
        }
    }
}
