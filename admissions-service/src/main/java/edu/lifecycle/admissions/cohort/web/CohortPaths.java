package edu.lifecycle.admissions.cohort.web;

import edu.lifecycle.admissions.cohort.Cohort;
import edu.lifecycle.admissions.programme.AcademicYear;
import edu.lifecycle.servicekit.web.FieldProblem;
import edu.lifecycle.servicekit.web.Problems;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Reads the programme year named by a path, answering 400 with the field at fault when the year is malformed. */
final class CohortPaths {

    private CohortPaths() {}

    static Cohort cohort(String programme, String year) {
        // Normalised through the domain's own type, so the key matches the one the events were projected under.
        AcademicYear academicYear = AcademicYear.parse(year)
                .orElseThrow(() -> invalid(
                        "year",
                        "must be an academic year of two consecutive years, e.g. 2026-2027, not '" + year + "'"));
        return new Cohort(programme, academicYear.toString());
    }

    private static ErrorResponseException invalid(String field, String message) {
        var problem = Problems.problem(HttpStatus.BAD_REQUEST, "Invalid request", "Field " + field + " is invalid.");
        problem.setProperty("errors", List.of(new FieldProblem(field, message)));
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
}
