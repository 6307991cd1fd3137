package edu.lifecycle.admissions.cohort.stream;

import edu.lifecycle.admissions.cohort.ApplicationStage;
import edu.lifecycle.admissions.cohort.ApplicationsPage;
import edu.lifecycle.admissions.cohort.Cohort;
import edu.lifecycle.admissions.cohort.PipelineEntry;
import edu.lifecycle.servicekit.query.NumberedPages;
import edu.lifecycle.servicekit.query.PageRequest;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** Reads a programme year's applications from the {@link CohortStores#PIPELINE} store. */
public final class PipelineQuery {

    private PipelineQuery() {}

    /** @param status only applications in this status, or {@code null} for all */
    public static ApplicationsPage page(
            ReadOnlyKeyValueStore<String, PipelineEntry> pipeline,
            Cohort cohort,
            ApplicationStage status,
            PageRequest request) {
        String prefix = status == null ? CohortStores.cohortPrefix(cohort) : CohortStores.statusPrefix(cohort, status);
        var slice = NumberedPages.slice(pipeline, prefix, request);
        return new ApplicationsPage(
                cohort.programme(),
                cohort.academicYear(),
                status,
                slice.items(),
                request.page(),
                request.size(),
                slice.hasNext());
    }
}
