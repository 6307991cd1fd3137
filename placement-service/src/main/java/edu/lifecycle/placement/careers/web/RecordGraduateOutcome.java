package edu.lifecycle.placement.careers.web;

import edu.lifecycle.placement.placement.PlacementCommand;
import edu.lifecycle.placement.placement.Sector;
import edu.lifecycle.servicekit.command.CommandMeta;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * The request body of a graduate's first position: the public contract, with its validation. The controller turns it
 * into the domain command the gateway sends; the internal command format is that command's own encoding.
 */
public record RecordGraduateOutcome(
        @NotNull Sector sector,
        @NotBlank @Size(max = 200) String organisation,
        @NotBlank @Size(max = 200) String jobTitle,
        @Size(max = 200) String competitionPassed,

        @NotNull @Min(0) @Max(MAXIMUM_MONTHS_AFTER_GRADUATION)
        Integer monthsAfterGraduation) {

    /** A first position is reported within ten years of the degree; later is a typing error, not an outcome. */
    static final int MAXIMUM_MONTHS_AFTER_GRADUATION = 120;

    PlacementCommand.RecordGraduateOutcome toCommand(CommandMeta meta, String studentId) {
        return new PlacementCommand.RecordGraduateOutcome(
                meta.commandId(),
                studentId,
                meta.issuedAt(),
                sector,
                organisation,
                jobTitle,
                Optional.ofNullable(competitionPassed),
                monthsAfterGraduation);
    }
}
