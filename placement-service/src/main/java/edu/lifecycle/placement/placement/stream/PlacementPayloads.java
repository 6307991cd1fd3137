package edu.lifecycle.placement.placement.stream;

import edu.lifecycle.placement.placement.Sector;
import edu.lifecycle.servicekit.web.MarkOutOf20;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The bodies of placement commands: what a client posts, or a policy derives, and what travels in the command's
 * envelope. Validation here refuses malformed input with 400 before anything reaches Kafka (the dates' plausibility,
 * which needs the clock, in the controller); the business rules stay in the domain.
 */
public final class PlacementPayloads {

    private PlacementPayloads() {}

    public record SignInternship(
            @NotBlank @Size(max = 200) String organisation,
            @NotNull Sector sector,
            @NotBlank @Size(max = 200) String role,
            @NotNull LocalDate startOn,
            @NotNull LocalDate endOn,
            @NotNull Boolean fullTime,
            @NotBlank @Size(max = 200) String tutor) {}

    public record SignWorkStudyContract(
            @NotBlank @Size(max = 200) String employer,
            @NotNull LocalDate startOn,
            @NotNull LocalDate endOn) {}

    /** @param endedOn the last day actually worked */
    public record EndEarly(
            @NotNull LocalDate endedOn,
            @NotBlank @Size(max = 1000) String reason) {}

    public record Validate(@NotNull @MarkOutOf20 BigDecimal evaluationMark) {}

    public record RecordGraduateOutcome(
            @NotNull Sector sector,
            @NotBlank @Size(max = 200) String organisation,
            @NotBlank @Size(max = 200) String jobTitle,
            @Size(max = 200) String competitionPassed,

            @NotNull @Min(0) @Max(MAXIMUM_MONTHS_AFTER_GRADUATION)
            Integer monthsAfterGraduation) {}

    /** A first position is reported within ten years of the degree; later is a typing error, not an outcome. */
    static final int MAXIMUM_MONTHS_AFTER_GRADUATION = 120;

    /** An early end as it travels: the placement named by the request's path, with the posted body. */
    public record PlacementEnding(String placementId, LocalDate endedOn, String reason) {
        public static PlacementEnding of(String placementId, EndEarly body) {
            return new PlacementEnding(placementId, body.endedOn(), body.reason());
        }
    }

    /** A validation as it travels: the placement named by the request's path, with the posted body. */
    public record PlacementValidation(String placementId, BigDecimal evaluationMark) {
        public static PlacementValidation of(String placementId, Validate body) {
            return new PlacementValidation(placementId, body.evaluationMark());
        }
    }

    /** Derived by the enrollment policy. */
    public record OpenRecord(String programme, String academicYear) {}

    /** Derived by the enrollment policy. */
    public record CloseRecord(String reason) {}

    /** Derived by the degree policy. */
    public record NoteGraduation(String programme, String academicYear) {}
}
