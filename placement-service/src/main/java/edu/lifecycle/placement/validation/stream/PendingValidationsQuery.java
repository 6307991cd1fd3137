package edu.lifecycle.placement.validation.stream;

import edu.lifecycle.placement.cohort.Cohort;
import edu.lifecycle.placement.cohort.stream.CohortStores;
import edu.lifecycle.placement.validation.PendingValidation;
import edu.lifecycle.placement.validation.PendingValidationsPage;
import edu.lifecycle.servicekit.query.PageRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import org.apache.kafka.common.serialization.Serdes;
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
        var items = new ArrayList<PendingValidation>();
        long skip = request.offset();
        boolean hasNext = false;
        try (var entries = store.prefixScan(
                CohortStores.cohortPrefix(cohort), Serdes.String().serializer())) {
            while (entries.hasNext()) {
                var entry = entries.next().value;
                if (!entry.lastDay().isBefore(today)) {
                    break;
                }
                if (skip > 0) {
                    skip--;
                } else if (items.size() < request.size()) {
                    items.add(entry);
                } else {
                    hasNext = true;
                    break;
                }
            }
        }
        return new PendingValidationsPage(
                cohort.programme(), cohort.academicYear(), today, request.page(), request.size(), hasNext, items);
    }
}
