package edu.lifecycle.admissions.programme.web;

import edu.lifecycle.admissions.programme.AcademicYear;
import edu.lifecycle.admissions.programme.ProgrammeCatalog;
import edu.lifecycle.servicekit.web.ProgrammeYears;
import java.util.function.BooleanSupplier;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Reads the programme year named by a read model's path ({@code /programmes/{programme}/years/{year}/…}) by the
 * kit's one rule ({@link ProgrammeYears}): a malformed or implausible year is bad input (400 naming {@code year}); a
 * programme the catalog does not know has no read model (404); nor has a year that is not open and of which nothing
 * is held (404), rather than one full of zeros that looks like an empty cohort. A closed year stays readable.
 */
@Component
public class ProgrammeYearPaths {

    private final ProgrammeYears rule;

    public ProgrammeYearPaths(ProgrammeCatalog programmes) {
        this.rule = new ProgrammeYears(
                programme -> programmes.find(programme).isPresent(),
                year -> AcademicYear.parse(year).map(programmes::isOpen).orElse(false));
    }

    /**
     * The programme year the path names, checked before any store is read (so on any instance).
     *
     * @throws ErrorResponseException 400 for a malformed year, 404 for a programme that is not offered
     */
    public ProgrammeYear named(String programme, String year) {
        rule.requireNamed(programme, year);
        // Normalised through the domain's own type, so the key matches the one the events were projected under.
        return new ProgrammeYear(programme, AcademicYear.parse(year).orElseThrow());
    }

    /**
     * Checks, on the instance holding the read model, that there is something to report.
     *
     * @param holdsData whether the read model holds anything of that programme year
     * @throws ErrorResponseException 404 for a year that is not open and of which nothing is held
     */
    public void requireReportable(ProgrammeYear programmeYear, BooleanSupplier holdsData) {
        rule.requireReportable(
                programmeYear.programmeId(), programmeYear.academicYear().toString(), holdsData);
    }

    /** A programme and an academic year that are offered. */
    public record ProgrammeYear(String programmeId, AcademicYear academicYear) {}
}
