package edu.lifecycle.placement.cohort.web;

import edu.lifecycle.placement.cohort.Cohort;
import edu.lifecycle.servicekit.web.FieldProblem;
import edu.lifecycle.servicekit.web.Problems;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Reads the programme year named by a path, answering 400 with the field at fault when the year is malformed. */
public final class CohortPaths {

    private CohortPaths() {}

    public static Cohort cohort(String programme, String year) {
        return Cohort.parse(programme, year).orElseThrow(() -> {
            var problem = Problems.problem(HttpStatus.BAD_REQUEST, "Invalid request", "Field year is invalid.");
            problem.setProperty(
                    "errors",
                    List.of(new FieldProblem(
                            "year",
                            "must be an academic year of two consecutive years, e.g. 2026-2027, not '" + year + "'")));
            return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        });
    }
}
