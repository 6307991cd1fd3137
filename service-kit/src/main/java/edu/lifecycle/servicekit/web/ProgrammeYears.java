package edu.lifecycle.servicekit.web;

import edu.lifecycle.servicekit.calendar.AcademicCalendar;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * The one rule every service's programme-year read model ({@code /programmes/{programme}/years/{year}/…}) answers by:
 * 400 naming {@code year} for anything but a plausible academic year; 404 {@value #PROGRAMME_UNKNOWN} for a programme
 * the service does not know; 404 {@value #ACADEMIC_YEAR_NOT_OPEN} for a year that is not open and of which the read
 * model holds nothing. An open year nobody is in yet answers zeros; a year that has been closed still shows what it
 * holds, so past cohorts stay readable.
 */
public final class ProgrammeYears {

    public static final String PROGRAMME_UNKNOWN = "programme-unknown";

    public static final String ACADEMIC_YEAR_NOT_OPEN = "academic-year-not-open";

    private final Predicate<String> knownProgramme;
    private final Predicate<String> openYear;

    /**
     * @param knownProgramme whether the service has reference data for a programme id
     * @param openYear whether an academic year is open ({@link AcademicCalendar#isOpen})
     */
    public ProgrammeYears(Predicate<String> knownProgramme, Predicate<String> openYear) {
        this.knownProgramme = knownProgramme;
        this.openYear = openYear;
    }

    /**
     * Checks what the path names before any store is read (so on any instance).
     *
     * @throws InvalidRequestException for a year that is not two consecutive plausible years
     * @throws ErrorResponseException 404 for a programme the service does not know
     */
    public void requireNamed(String programme, String year) {
        if (AcademicCalendar.startYearOf(year).isEmpty()) {
            throw new InvalidRequestException(List.of(new FieldProblem(
                    "year",
                    "must be an academic year of two consecutive years from " + AcademicCalendar.EARLIEST_START
                            + " on, e.g. 2026-2027, not '" + year + "'")));
        }
        if (!knownProgramme.test(programme)) {
            throw notFound(PROGRAMME_UNKNOWN, "No programme " + programme + " is known here.");
        }
    }

    /**
     * Checks, where the read model lives, that there is something to report on.
     *
     * @param holdsData whether the read model holds anything of that programme year; asked only for a year that is
     *     not open
     * @throws ErrorResponseException 404 for a year that is not open and of which nothing is held
     */
    public void requireReportable(String programme, String year, BooleanSupplier holdsData) {
        if (!openYear.test(year) && !holdsData.getAsBoolean()) {
            throw notFound(
                    ACADEMIC_YEAR_NOT_OPEN,
                    "Academic year " + year + " is not open and nothing of " + programme + " is held for it.");
        }
    }

    private static ErrorResponseException notFound(String rule, String detail) {
        var problem = Problems.problem(HttpStatus.NOT_FOUND, "Not found", detail);
        problem.setProperty("rule", rule);
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
