package edu.lifecycle.admissions.cohort.web;

import edu.lifecycle.admissions.cohort.Cohort;
import edu.lifecycle.admissions.cohort.FunnelCounts;
import edu.lifecycle.admissions.cohort.stream.CohortStores;
import edu.lifecycle.admissions.cohort.stream.FunnelQuery;
import edu.lifecycle.admissions.programme.web.ProgrammeYearPaths;
import edu.lifecycle.admissions.programme.web.ProgrammeYearPaths.ProgrammeYear;
import edu.lifecycle.servicekit.query.StoreQueries;

/** The cohort read models' key for an offered programme year, and whether they may report on it. */
final class CohortOf {

    private CohortOf() {}

    static Cohort cohortOf(ProgrammeYear offered) {
        return new Cohort(offered.programmeId(), offered.academicYear().toString());
    }

    /**
     * The programme-year rule for the cohort views, on the instance that owns the cohort: the funnel says whether
     * anything of it is held (every view of a cohort is fed by the same rows).
     */
    static void requireReportable(ProgrammeYearPaths paths, StoreQueries stores, ProgrammeYear named, Cohort cohort) {
        paths.requireReportable(
                named,
                () -> stores.read(
                        CohortStores.FUNNELS,
                        FunnelCounts.class,
                        funnels -> FunnelQuery.holdsAnything(funnels, cohort)));
    }
}
