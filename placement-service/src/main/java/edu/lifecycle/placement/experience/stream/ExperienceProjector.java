package edu.lifecycle.placement.experience.stream;

import edu.lifecycle.placement.cohort.Cohort;
import edu.lifecycle.placement.cohort.RowChange;
import edu.lifecycle.placement.cohort.stream.CohortReadModel;
import edu.lifecycle.placement.cohort.stream.CohortStores;
import edu.lifecycle.placement.experience.ExperienceCounts;
import edu.lifecycle.placement.experience.ExperienceStanding;
import edu.lifecycle.servicekit.stream.Projection;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps each counted student's experience standing, keyed so that the store's order is furthest from the requirement
 * first, and the programme year's met / not met counts, both from the difference each new row makes.
 */
public final class ExperienceProjector {

    /** {@code programme/year|rank|studentId} → {@link ExperienceStanding}; see {@link #key}. */
    public static final String STANDINGS = "experience-standings";

    /** {@code programme/year} → {@link ExperienceCounts}. */
    public static final String COUNTS = "experience-counts";

    // Months missing in hundredths, subtracted from this, so that more missing sorts first as text.
    private static final long RANK_CEILING = 9_999_999_999L;

    private ExperienceProjector() {}

    /** This read model, as the cohort plumbing runs it on every row change. */
    public static CohortReadModel readModel() {
        return new CohortReadModel("experience-projector", supplier());
    }

    static Projection<String, RowChange, Void, Void> supplier() {
        return Projection.of(
                ExperienceProjector::project,
                CohortStores.store(STANDINGS, ExperienceStanding.class),
                CohortStores.store(COUNTS, ExperienceCounts.class));
    }

    private static void project(Record<String, RowChange> record, Projection.Target<Void, Void> target) {
        var cohort = record.value().after().cohort();
        var before = ExperienceStanding.of(record.value().before());
        var after = ExperienceStanding.of(record.value().after());
        if (before.equals(after)) {
            return;
        }
        KeyValueStore<String, ExperienceStanding> standings = target.store(STANDINGS);
        KeyValueStore<String, ExperienceCounts> counts = target.store(COUNTS);
        before.ifPresent(standing -> standings.delete(key(cohort, standing)));
        after.ifPresent(standing -> standings.put(key(cohort, standing), standing));
        var current = counts.get(cohort.key());
        counts.put(
                cohort.key(),
                (current == null ? ExperienceCounts.NONE : current)
                        .plus(flag(after, true) - flag(before, true), flag(after, false) - flag(before, false)));
    }

    static String key(Cohort cohort, ExperienceStanding standing) {
        long missing = standing.monthsMissing().movePointRight(2).longValueExact();
        return CohortStores.cohortPrefix(cohort) + String.format("%010d", RANK_CEILING - missing) + "|"
                + standing.studentId();
    }

    private static int flag(Optional<ExperienceStanding> standing, boolean met) {
        return standing.filter(s -> s.met() == met).isPresent() ? 1 : 0;
    }
}
