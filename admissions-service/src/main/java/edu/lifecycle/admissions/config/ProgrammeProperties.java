package edu.lifecycle.admissions.config;

import edu.lifecycle.admissions.programme.AcademicYear;
import edu.lifecycle.admissions.programme.Programme;
import edu.lifecycle.admissions.programme.ProgrammeCatalog;
import edu.lifecycle.admissions.programme.StudyStream;
import edu.lifecycle.admissions.programme.TrainingScheme;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The programmes admissions recruits for, from configuration ({@code lifecycle.admissions.programmes}), so a new
 * programme or a capacity change needs no code.
 */
@ConfigurationProperties("lifecycle.admissions")
public record ProgrammeProperties(List<ProgrammeEntry> programmes) {

    public ProgrammeProperties {
        programmes = programmes == null ? List.of() : List.copyOf(programmes);
    }

    /** The reference data as the domain sees it; a malformed entry stops start-up with its message. */
    public ProgrammeCatalog toCatalog() {
        return ProgrammeCatalog.of(
                programmes.stream().map(ProgrammeEntry::toProgramme).toList());
    }

    /**
     * One programme.
     *
     * @param capacities seats per academic year ({@code 2026-2027: 30}); a year not listed has no limit
     * @param zone where the programme runs; Europe/Paris when absent
     */
    public record ProgrammeEntry(
            String id,
            String title,
            int minimumEcts,
            Set<StudyStream> streams,
            Set<TrainingScheme> schemes,
            Map<String, Integer> capacities,
            ZoneId zone) {

        Programme toProgramme() {
            var seats = new LinkedHashMap<AcademicYear, Integer>();
            (capacities == null ? Map.<String, Integer>of() : capacities)
                    .forEach((year, count) -> seats.put(
                            AcademicYear.parse(year)
                                    .orElseThrow(() -> new IllegalArgumentException(
                                            "capacity of " + id + " names a malformed academic year '" + year
                                                    + "' (expected e.g. 2026-2027)")),
                            count));
            return new Programme(
                    id,
                    title,
                    minimumEcts,
                    streams == null ? Set.of() : streams,
                    schemes == null ? Set.of() : schemes,
                    seats,
                    zone == null ? Programme.DEFAULT_ZONE : zone);
        }
    }
}
