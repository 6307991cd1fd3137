package edu.lifecycle.billing.receivables.web;

import edu.lifecycle.billing.receivables.Cohort;
import edu.lifecycle.billing.web.BadRequests;
import edu.lifecycle.servicekit.calendar.AcademicCalendar;
import org.springframework.web.ErrorResponseException;

/** Reads the programme year and paging named by a request, answering 400 with the field at fault. */
public final class CohortPaths {

    private CohortPaths() {}

    /** @throws ErrorResponseException 400 naming {@code year} unless it is two consecutive plausible years */
    public static Cohort cohort(String programme, String year) {
        if (AcademicCalendar.startYearOf(year).isEmpty()) {
            throw BadRequests.field(
                    "year",
                    "must be an academic year of two consecutive years from " + AcademicCalendar.EARLIEST_START
                            + " on, e.g. 2026-2027, not '" + year + "'");
        }
        return new Cohort(programme, year);
    }

    public static int limit(int limit, int max) {
        if (limit < 1 || limit > max) {
            throw BadRequests.field("limit", "must be between 1 and " + max + ", not " + limit);
        }
        return limit;
    }
}
