package edu.lifecycle.billing.web;

import edu.lifecycle.billing.receivables.Cohort;
import edu.lifecycle.servicekit.web.FieldProblem;
import edu.lifecycle.servicekit.web.Problems;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Reads the programme year and paging named by a request, answering 400 with the field at fault. */
public final class CohortPaths {

    private static final Pattern ACADEMIC_YEAR = Pattern.compile("(\\d{4})-(\\d{4})");

    private CohortPaths() {}

    public static Cohort cohort(String programme, String year) {
        var matcher = ACADEMIC_YEAR.matcher(year);
        if (!matcher.matches() || Integer.parseInt(matcher.group(2)) != Integer.parseInt(matcher.group(1)) + 1) {
            throw invalid(
                    "year", "must be an academic year of two consecutive years, e.g. 2026-2027, not '" + year + "'");
        }
        return new Cohort(programme, year);
    }

    public static int limit(int limit, int max) {
        if (limit < 1 || limit > max) {
            throw invalid("limit", "must be between 1 and " + max + ", not " + limit);
        }
        return limit;
    }

    private static ErrorResponseException invalid(String field, String message) {
        var problem = Problems.problem(HttpStatus.BAD_REQUEST, "Invalid request", "Field " + field + " is invalid.");
        problem.setProperty("errors", List.of(new FieldProblem(field, message)));
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
}
