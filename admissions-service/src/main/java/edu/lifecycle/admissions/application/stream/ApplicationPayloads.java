package edu.lifecycle.admissions.application.stream;

import edu.lifecycle.admissions.intake.AdmissionDecision;
import edu.lifecycle.admissions.privacy.Personal;
import edu.lifecycle.admissions.programme.StudyStream;
import edu.lifecycle.admissions.programme.TrainingScheme;
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

/**
 * The bodies of application commands: what a client posts and what travels in the command's envelope. Validation
 * here refuses malformed or implausible input with 400 naming the field before anything reaches Kafka (every number
 * has a plausible range); the business rules stay in the domain, which checks the same bounds again for commands
 * that do not come through HTTP.
 */
public final class ApplicationPayloads {

    static final String STUDENT_ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    private ApplicationPayloads() {}

    public record SubmitApplication(
            @NotBlank @Pattern(regexp = STUDENT_ID_PATTERN, message = "letters, digits, '.', '_' or '-', at most 64")
            String studentId,

            @NotBlank @Size(max = 32) String programme,
            @NotBlank @PlausibleAcademicYear String academicYear,
            @NotNull @Valid PriorDegree priorDegree,
            @NotNull StudyStream preferredStream,
            @NotNull TrainingScheme preferredScheme,
            @Personal @NotBlank @Size(max = 200) String fullName,
            @Personal @NotBlank @Email @Size(max = 254) String email) {}

    /**
     * A correction of the applicant's identity: the name, the e-mail, or both; an absent field stays as it is. Sealed
     * like the submission before it reaches the commands topic.
     */
    public record RectifyPersonalData(
            @Personal @Size(min = 1, max = 200) String fullName,
            @Personal @Email @Size(max = 254) String email) {}

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
            Integer ects) {}

    /** The officer is the signed-in caller (their token's staff id); a body naming one is refused with 400. */
    @RefusedActorFields({"officer", "staffId"})
    public record OverrideEligibility(
            @NotNull Boolean eligible,
            @NotBlank @Size(max = 1000) String reason) {}

    /** Marks out of 20, as a jury gives them: at most two decimals. */
    public record GradeEntranceExam(
            @NotNull @MarkOutOf20 BigDecimal writtenMark,

            @NotNull @MarkOutOf20 BigDecimal interviewMark) {}

    public record DecideAdmission(
            @NotNull AdmissionDecision decision,
            @Size(max = 1000) String reason) {}

    public record Enroll(
            @NotNull StudyStream stream, @NotNull TrainingScheme scheme) {}

    public record Withdraw(@NotBlank @Size(max = 1000) String reason) {}

    /** Sent by the intake once capacity has been taken into account. */
    public record RecordAdmissionDecision(AdmissionDecision decision, String reason) {}

    /** Commands with nothing to say beyond their type. */
    public record Empty() {}
}
