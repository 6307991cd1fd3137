package edu.lifecycle.admissions.programme.web;

import edu.lifecycle.admissions.programme.AcademicYear;
import edu.lifecycle.admissions.programme.ProgrammeCatalog;
import edu.lifecycle.servicekit.web.FieldProblem;
import edu.lifecycle.servicekit.web.Problems;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Reads the programme year named by a read model's path ({@code /programmes/{programme}/years/{year}/…}). A
 * malformed year is bad input (400 naming {@code year}); a programme the catalog does not know, or a year the school
 * has not opened, has no read model at all (404), rather than one full of zeros that looks like an empty cohort.
 */
@Component
public class ProgrammeYearPaths {

    /** The rule a 404 names when the programme is not in the reference data. */
    public static final String PROGRAMME_UNKNOWN = "programme-unknown";

    /** The rule a 404 names when the year is not one the school has opened. */
    public static final String ACADEMIC_YEAR_NOT_OPEN = "academic-year-not-open";

    private final ProgrammeCatalog programmes;

    public ProgrammeYearPaths(ProgrammeCatalog programmes) {
        this.programmes = programmes;
    }

    /**
     * A programme year that is offered: a known programme in an open year.
     *
     * @throws ErrorResponseException 400 for a malformed year, 404 for a year or programme that is not offered
     */
    public ProgrammeYear offered(String programme, String year) {
        // Normalised through the domain's own type, so the key matches the one the events were projected under.
        AcademicYear academicYear = AcademicYear.parse(year)
                .orElseThrow(() -> invalid(
                        "year",
                        "must be an academic year of two consecutive years, e.g. 2026-2027, not '" + year + "'"));
        if (programmes.find(programme).isEmpty()) {
            throw notFound(PROGRAMME_UNKNOWN, "No programme " + programme + " is offered.");
        }
        if (!programmes.isOpen(academicYear)) {
            throw notFound(
                    ACADEMIC_YEAR_NOT_OPEN,
                    "Academic year " + academicYear + " is not open; the open academic years are "
                            + programmes.openYearsText() + ".");
        }
        return new ProgrammeYear(programme, academicYear);
    }

    /** A programme and an academic year that are offered. */
    public record ProgrammeYear(String programmeId, AcademicYear academicYear) {}

    private static ErrorResponseException invalid(String field, String message) {
        var problem = Problems.problem(HttpStatus.BAD_REQUEST, "Invalid request", "Field " + field + " is invalid.");
        problem.setProperty("errors", List.of(new FieldProblem(field, message)));
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    private static ErrorResponseException notFound(String rule, String detail) {
        var problem = Problems.problem(HttpStatus.NOT_FOUND, "Not found", detail);
        problem.setProperty("rule", rule);
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
