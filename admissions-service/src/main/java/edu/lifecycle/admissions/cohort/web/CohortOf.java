package edu.lifecycle.admissions.cohort.web;

import edu.lifecycle.admissions.cohort.Cohort;
import edu.lifecycle.admissions.programme.web.ProgrammeYearPaths.ProgrammeYear;

/** The cohort read models' key for an offered programme year. */
final class CohortOf {

    private CohortOf() {}

    static Cohort cohortOf(ProgrammeYear offered) {
        return new Cohort(offered.programmeId(), offered.academicYear().toString());
    }
}
