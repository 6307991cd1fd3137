package edu.lifecycle.placement.validation;

import edu.lifecycle.placement.placement.PlacementKind;
import java.time.LocalDate;

/** An agreement or contract not yet validated; it awaits validation once its last day has passed. */
public record PendingValidation(
        String studentId,
        String placementId,
        PlacementKind kind,
        String organisation,
        LocalDate startOn,
        LocalDate lastDay) {}
