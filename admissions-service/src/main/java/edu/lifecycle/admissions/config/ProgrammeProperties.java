package edu.lifecycle.admissions.config;

import edu.lifecycle.admissions.programme.AcademicYear;
import edu.lifecycle.admissions.programme.Capacity;
import edu.lifecycle.admissions.programme.Programme;
import edu.lifecycle.admissions.programme.ProgrammeCatalog;
import edu.lifecycle.admissions.programme.StudyStream;
import edu.lifecycle.admissions.programme.TrainingScheme;
import edu.lifecycle.servicekit.calendar.AcademicCalendar;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The programmes admissions recruits for, from configuration ({@code lifecycle.admissions.programmes}), so a new
 * programme or a capacity change needs no code.
 */
@ConfigurationProperties(ProgrammeProperties.PREFIX)
public record ProgrammeProperties(List<ProgrammeEntry> programmes) {

    static final String PREFIX = "lifecycle.admissions";

    /** The word that makes a programme year's capacity unlimited, on purpose. */
    static final String UNLIMITED = "unlimited";

    public ProgrammeProperties {
        programmes = programmes == null ? List.of() : List.copyOf(programmes);
    }

    /**
     * The reference data as the domain sees it, for the years the school's calendar opened. Start-up stops, naming
     * the property, on a malformed entry or on a programme that states no capacity for an open year.
     */
    public ProgrammeCatalog toCatalog(AcademicCalendar calendar) {
        List<Programme> catalog = new ArrayList<>();
        for (int index = 0; index < programmes.size(); index++) {
            catalog.add(programmes.get(index).toProgramme(PREFIX + ".programmes[" + index + "]", calendar));
        }
        var openYears = calendar.openYears().stream()
                .map(year -> AcademicYear.parse(year).orElseThrow())
                .toList();
        return ProgrammeCatalog.of(openYears, catalog);
    }

    /**
     * One programme.
     *
     * @param capacities for each academic year, its seats ({@code 2026-2027: 30}) or {@code unlimited}; every open
     *     year must be listed, so that a year without a limit is a choice someone wrote down
     * @param zone where the programme runs; Europe/Paris when absent
     */
    public record ProgrammeEntry(
            String id,
            String title,
            int minimumEcts,
            Set<StudyStream> streams,
            Set<TrainingScheme> schemes,
            Map<String, String> capacities,
            ZoneId zone) {

        Programme toProgramme(String property, AcademicCalendar calendar) {
            var stated = new LinkedHashMap<AcademicYear, Capacity>();
            (capacities == null ? Map.<String, String>of() : capacities)
                    .forEach((year, value) -> stated.put(
                            AcademicYear.parse(year)
                                    .orElseThrow(() -> new IllegalArgumentException(property + ".capacities names a"
                                            + " malformed academic year '" + year + "' (expected e.g. 2026-2027)")),
                            capacity(property + ".capacities[" + year + "]", value)));
            List<String> missing = calendar.missingFrom(
                    stated.keySet().stream().map(AcademicYear::toString).toList());
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException(property + ".capacities: programme " + id
                        + " states no capacity for the open academic year(s) " + String.join(", ", missing)
                        + " (lifecycle.calendar.open-years). State its seats or '" + UNLIMITED + "', e.g. " + property
                        + ".capacities[" + missing.get(0) + "]=30");
            }
            return new Programme(
                    id,
                    title,
                    minimumEcts,
                    streams == null ? Set.of() : streams,
                    schemes == null ? Set.of() : schemes,
                    stated,
                    zone == null ? Programme.DEFAULT_ZONE : zone);
        }

        private static Capacity capacity(String property, String value) {
            String text = value == null ? "" : value.strip();
            if (text.toLowerCase(Locale.ROOT).equals(UNLIMITED)) {
                return Capacity.unlimited();
            }
            try {
                int seats = Integer.parseInt(text);
                if (seats >= 0) {
                    return Capacity.seats(seats);
                }
            } catch (NumberFormatException e) {
                // reported below with the property's name
            }
            throw new IllegalArgumentException(
                    property + ": '" + value + "' is neither a number of seats (0 or more) nor '" + UNLIMITED + "'");
        }
    }
}
