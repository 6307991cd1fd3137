package edu.lifecycle.placement.placement.web;

import edu.lifecycle.placement.placement.PlacementCommand;
import edu.lifecycle.placement.placement.Sector;
import edu.lifecycle.placement.placement.stream.PlacementIds;
import edu.lifecycle.servicekit.command.CommandMeta;
import edu.lifecycle.servicekit.web.MarkOutOf20;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The request bodies of the placement record's REST commands: the public contract, with its validation, refusing
 * malformed input with 400 before anything reaches Kafka (the dates' plausibility, which needs the clock, in the
 * controller); the business rules stay in the domain. The controller turns each into the domain command the gateway
 * sends; the internal command format is that command's own encoding ({@code PlacementCommandFormat}), so renaming a
 * field here never breaks a command already queued.
 */
public final class PlacementRequests {

    private PlacementRequests() {}

    public record SignInternship(
            @NotBlank @Size(max = 200) String organisation,
            @NotNull Sector sector,
            @NotBlank @Size(max = 200) String role,
            @NotNull LocalDate startOn,
            @NotNull LocalDate endOn,
            @NotNull Boolean fullTime,
            @NotBlank @Size(max = 200) String tutor) {

        /** The agreement's id is derived from the command's, so the answer can name it at once. */
        PlacementCommand.SignInternship toCommand(CommandMeta meta, String studentId) {
            return new PlacementCommand.SignInternship(
                    meta.commandId(),
                    studentId,
                    meta.issuedAt(),
                    PlacementIds.agreement(meta.commandId()),
                    organisation,
                    sector,
                    role,
                    startOn,
                    endOn,
                    fullTime,
                    tutor);
        }
    }

    public record SignWorkStudyContract(
            @NotBlank @Size(max = 200) String employer,
            @NotNull LocalDate startOn,
            @NotNull LocalDate endOn) {

        /** The contract's id is derived from the command's, so the answer can name it at once. */
        PlacementCommand.SignWorkStudyContract toCommand(CommandMeta meta, String studentId) {
            return new PlacementCommand.SignWorkStudyContract(
                    meta.commandId(),
                    studentId,
                    meta.issuedAt(),
                    PlacementIds.contract(meta.commandId()),
                    employer,
                    startOn,
                    endOn);
        }
    }

    /** @param endedOn the last day actually worked */
    public record EndEarly(
            @NotNull LocalDate endedOn,
            @NotBlank @Size(max = 1000) String reason) {

        /** The placement is the one the request's path names. */
        PlacementCommand.EndEarly toCommand(CommandMeta meta, String studentId, String placementId) {
            return new PlacementCommand.EndEarly(
                    meta.commandId(), studentId, meta.issuedAt(), placementId, endedOn, reason);
        }
    }

    public record Validate(@NotNull @MarkOutOf20 BigDecimal evaluationMark) {

        /** The placement is the one the request's path names; who validated is the signed-in sender. */
        PlacementCommand.Validate toCommand(CommandMeta meta, String studentId, String placementId) {
            return new PlacementCommand.Validate(
                    meta.commandId(), studentId, meta.issuedAt(), placementId, evaluationMark, meta.actor());
        }
    }
}
