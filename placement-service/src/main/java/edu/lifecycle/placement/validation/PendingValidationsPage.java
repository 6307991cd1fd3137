package edu.lifecycle.placement.validation;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of a programme year's placements that have ended and are not validated, oldest end first.
 *
 * @param asOf the day the list was read for: placements whose last day is before it have ended
 */
public record PendingValidationsPage(
        String programme,
        String academicYear,
        LocalDate asOf,
        int page,
        int size,
        boolean hasNext,
        List<PendingValidation> items) {

    public PendingValidationsPage {
        items = List.copyOf(items);
    }
}
