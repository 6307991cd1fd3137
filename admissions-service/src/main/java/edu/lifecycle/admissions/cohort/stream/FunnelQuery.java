package edu.lifecycle.admissions.cohort.stream;

import edu.lifecycle.admissions.cohort.Cohort;
import edu.lifecycle.admissions.cohort.FunnelCounts;
import java.util.Optional;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** Reads a programme year's funnel from the {@link CohortStores#FUNNELS} store. */
public final class FunnelQuery {

    private FunnelQuery() {}

    /**
     * Whether anyone ever applied to the programme year: the funnel, the pipeline and the roster are kept by one
     * processor after the repartition by cohort, so this tells for all three, on the instance that holds them.
     */
    public static boolean holdsAnything(ReadOnlyKeyValueStore<String, FunnelCounts> funnels, Cohort cohort) {
        return funnels.get(cohort.key()) != null;
    }

    /** The counts so far; all zero for an offered programme year nobody applied to yet. */
    public static FunnelCounts of(ReadOnlyKeyValueStore<String, FunnelCounts> funnels, Cohort cohort) {
        return Optional.ofNullable(funnels.get(cohort.key())).orElseGet(() -> FunnelCounts.empty(cohort));
    }
}
