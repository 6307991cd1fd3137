package edu.lifecycle.placement.experience.stream;

import edu.lifecycle.placement.cohort.Cohort;
import edu.lifecycle.placement.cohort.stream.CohortStores;
import edu.lifecycle.placement.experience.ExperienceCounts;
import edu.lifecycle.placement.experience.ExperiencePage;
import edu.lifecycle.placement.experience.ExperienceStanding;
import edu.lifecycle.servicekit.query.PageRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import org.apache.kafka.common.serialization.Serdes;
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
        var items = new ArrayList<ExperienceStanding>();
        long skip = request.offset();
        boolean hasNext = false;
        try (var entries = standings.prefixScan(
                CohortStores.cohortPrefix(cohort), Serdes.String().serializer())) {
            while (entries.hasNext()) {
                var entry = entries.next().value;
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
                hasNext,
                items);
    }
}
