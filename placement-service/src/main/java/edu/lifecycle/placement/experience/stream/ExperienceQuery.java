package edu.lifecycle.placement.experience.stream;

import edu.lifecycle.placement.cohort.Cohort;
import edu.lifecycle.placement.cohort.stream.CohortStores;
import edu.lifecycle.placement.experience.ExperienceCounts;
import edu.lifecycle.placement.experience.ExperiencePage;
import edu.lifecycle.placement.experience.ExperienceStanding;
import edu.lifecycle.servicekit.query.NumberedPages;
import edu.lifecycle.servicekit.query.PageRequest;
import java.math.BigDecimal;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** Reads a programme year's experience: its counts, and a page of its students furthest from the requirement first. */
public final class ExperienceQuery {

    private ExperienceQuery() {}

    public static ExperiencePage page(
            ReadOnlyKeyValueStore<String, ExperienceStanding> standings,
            ReadOnlyKeyValueStore<String, ExperienceCounts> counts,
            Cohort cohort,
            BigDecimal requiredMonths,
            PageRequest request) {
        var slice = NumberedPages.slice(standings, CohortStores.cohortPrefix(cohort), request);
        var total = counts.get(cohort.key());
        var year = total == null ? ExperienceCounts.NONE : total;
        return new ExperiencePage(
                cohort.programme(),
                cohort.academicYear(),
                requiredMonths,
                year.met(),
                year.notMet(),
                request.page(),
                request.size(),
                slice.hasNext(),
                slice.items());
    }
}
