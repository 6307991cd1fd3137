package edu.lifecycle.billing.web;

import edu.lifecycle.billing.receivables.Cohort;
import java.util.regex.Pattern;

/** Reads the programme year and paging named by a request, answering 400 with the field at fault. */
public final class CohortPaths {

    private static final Pattern ACADEMIC_YEAR = Pattern.compile("(\\d{4})-(\\d{4})");

    private CohortPaths() {}

    public static Cohort cohort(String programme, String year) {
        var matcher = ACADEMIC_YEAR.matcher(year);
        if (!matcher.matches() || Integer.parseInt(matcher.group(2)) != Integer.parseInt(matcher.group(1)) + 1) {
            throw BadRequests.field(
                    "year", "must be an academic year of two consecutive years, e.g. 2026-2027, not '" + year + "'");
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
