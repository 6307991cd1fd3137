package edu.lifecycle.admissions.cohort;

import java.util.List;

/**
 * A page of a programme year's applications, ordered by status then student id.
 *
 * @param status the status asked for, {@code null} for every status
 * @param hasNext whether a further page has entries
 */
public record ApplicationsPage(
        String programme,
        String academicYear,
        ApplicationStage status,
        List<PipelineEntry> items,
        int page,
        int size,
        boolean hasNext) {

    public ApplicationsPage {
        items = List.copyOf(items);
    }
}
