package edu.lifecycle.placement.config;

import edu.lifecycle.placement.placement.Programme;
import edu.lifecycle.placement.placement.ProgrammeCatalog;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The experience rules of each programme, from configuration ({@code lifecycle.placement.programmes}), so a new
 * programme or a changed requirement needs no code. They are per programme, not per year: every open year is
 * covered by every programme listed.
 */
@ConfigurationProperties(PlacementProperties.PREFIX)
public record PlacementProperties(List<ProgrammeEntry> programmes) {

    static final String PREFIX = "lifecycle.placement";

    public PlacementProperties {
        programmes = programmes == null ? List.of() : List.copyOf(programmes);
    }

    /**
     * The reference data as the domain sees it. Missing or malformed data stops start-up with a message naming the
     * programme and the property, rather than refusing the programme's first enrollment.
     *
     * @throws IllegalStateException naming every missing or malformed property
     */
    public ProgrammeCatalog toCatalog() {
        var problems = new ArrayList<String>();
        if (programmes.isEmpty()) {
            problems.add(PREFIX + ".programmes: no programme is configured, so every enrollment would be refused");
        }
        var converted = new ArrayList<Programme>();
        for (int index = 0; index < programmes.size(); index++) {
            var path = PREFIX + ".programmes[" + index + "]";
            var entry = programmes.get(index);
            var found = entry.problems(path);
            problems.addAll(found);
            if (found.isEmpty()) {
                try {
                    converted.add(entry.toProgramme());
                } catch (IllegalArgumentException e) {
                    problems.add("programme " + entry.id() + " (" + path + "): " + e.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Placement's reference data is incomplete: " + String.join("; ", problems));
        }
        try {
            return ProgrammeCatalog.of(converted);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(PREFIX + ".programmes: " + e.getMessage(), e);
        }
    }

    /**
     * One programme.
     *
     * @param requiredMonths validated experience the year requires
     * @param internshipMinimumMonths shortest internship agreement
     * @param internshipMaximumMonths longest internship agreement
     * @param workStudyMaximumMonths longest work-study contract
     * @param zone where the programme runs; Europe/Paris when absent
     */
    public record ProgrammeEntry(
            String id,
            BigDecimal requiredMonths,
            BigDecimal internshipMinimumMonths,
            BigDecimal internshipMaximumMonths,
            BigDecimal workStudyMaximumMonths,
            ZoneId zone) {

        /** What is missing or not positive, each naming its property under {@code path}. */
        List<String> problems(String path) {
            var problems = new ArrayList<String>();
            if (id == null || id.isBlank()) {
                problems.add(path + ".id is missing");
            }
            var name = id == null || id.isBlank() ? path : "programme " + id + " (" + path + ")";
            months(problems, name, path + ".required-months", requiredMonths);
            months(problems, name, path + ".internship-minimum-months", internshipMinimumMonths);
            months(problems, name, path + ".internship-maximum-months", internshipMaximumMonths);
            months(problems, name, path + ".work-study-maximum-months", workStudyMaximumMonths);
            return problems;
        }

        private static void months(List<String> problems, String name, String property, BigDecimal months) {
            if (months == null) {
                problems.add(name + ": " + property + " is missing");
            } else if (months.signum() <= 0) {
                problems.add(name + ": " + property + " must be a positive number of months, not " + months);
            }
        }

        Programme toProgramme() {
            return new Programme(
                    id,
                    requiredMonths,
                    internshipMinimumMonths,
                    internshipMaximumMonths,
                    workStudyMaximumMonths,
                    zone == null ? Programme.DEFAULT_ZONE : zone);
        }
    }
}
