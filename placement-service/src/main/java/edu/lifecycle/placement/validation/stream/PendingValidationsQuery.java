package edu.lifecycle.placement.validation.stream;

import edu.lifecycle.placement.cohort.Cohort;
import edu.lifecycle.placement.cohort.stream.CohortStores;
import edu.lifecycle.placement.validation.PendingValidation;
import edu.lifecycle.placement.validation.PendingValidationsPage;
import edu.lifecycle.servicekit.query.NumberedPages;
import edu.lifecycle.servicekit.query.PageRequest;
import java.time.LocalDate;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads a page of the placements of a programme year that ended before {@code today}. The store is ordered by last
 * day, so the ended ones come first and the scan stops at the first that has not ended.
 */
public final class PendingValidationsQuery {

    private PendingValidationsQuery() {}

    public static PendingValidationsPage page(
            ReadOnlyKeyValueStore<String, PendingValidation> store,
            Cohort cohort,
            LocalDate today,
            PageRequest request) {
        var slice = NumberedPages.slice(
                store,
                CohortStores.cohortPrefix(cohort),
                request,
                entry -> entry.lastDay().isBefore(today));
        return new PendingValidationsPage(
                cohort.programme(),
                cohort.academicYear(),
                today,
                request.page(),
                request.size(),
                slice.hasNext(),
                slice.items());
    }
}
